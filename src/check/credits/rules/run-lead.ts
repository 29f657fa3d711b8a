import { type CreditSite, segment } from '../site.js';
import type { CreditRule, RuleMatch } from './rule.js';

/**
 * One introduction for a run of quotations ("These two lines are both spoken by Lizzie: “…” “…”"):
 * the introduction read as the first quotation's lead, by the lead readers index.ts hands over.
 */

/** "Both are spoken by Lizzie:", "Here are some of Eeyore's lines:", "These lines are Darcy's:". */
const PLURAL =
  /\b(?:both|these|those|the\s+following|all|two|three|four|several|some|a\s+few|lines|quotes|quotations|exchanges?)\b/i;

/** What the introduction of a run of quotations credits, read as the first one's lead. */
export function readRunLead(site: CreditSite, readers: readonly CreditRule[]): RuleMatch | null {
  const lead = site.runLead;
  if (!lead) return null;
  const asFirst: CreditSite = {
    ...site,
    lead,
    leadOpen: true,
    leadInline: false,
    trail: segment(site.text, 0, 0),
    following: null,
  };
  for (const r of readers) {
    const m = r.read(asFirst);
    if (m) return m;
  }
  return null;
}

export function runLeadRule(readers: readonly CreditRule[]): CreditRule {
  return {
    id: 'credit/run-lead',
    description:
      'one introduction for a run of quotations: These two lines are both spoken by Lizzie: “…” “…”',
    read: (site) => (site.runLead && PLURAL.test(site.runLead.text) ? readRunLead(site, readers) : null),
  };
}

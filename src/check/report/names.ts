import type { CheckReport, NameInReview, NamesSection } from '../types.js';
import { placeLabel, plural } from './wording.js';

/**
 * The people and places the review names (`report.names`, names.ts), as every format shows them:
 * a sentence of counts, then the names the book never mentions first (with their place in the
 * review), those it does, and those named outside the story (not judged). The JSON has each name in
 * full; the text, Markdown, HTML reports and the web page say the same in these words.
 */

export const NAMES_TITLE = 'Names in the review';

/** "Louisa (Louisa Musgrove)": the name as written, and the character it means where that differs. */
function nameAndCharacter(n: NameInReview): string {
  return n.character && n.character !== n.name ? `${n.name} (${n.character})` : n.name;
}

/** The names section, or null when the review names no one (or the check did not look). */
export function namesSection(report: CheckReport): NamesSection | null {
  const names = report.names ?? [];
  if (names.length === 0) return null;
  const unit = report.reviewLineUnit;
  const missing = names.filter((n) => n.judged && !n.inBook);
  const found = names.filter((n) => n.judged && n.inBook);
  const outside = names.filter((n) => !n.judged);
  const counted = plural(names.length, 'person or place', 'people and places');
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`${missing.length} the book never mentions`);
  if (outside.length > 0) parts.push(`${outside.length} named outside the story (not judged)`);
  const summary =
    parts.length === 0
      ? `${counted}, ${names.length === 1 ? 'in' : 'all in'} the book.`
      : `${counted}: ${parts.join(', ')}${found.length > 0 ? '; the rest in the book' : ''}.`;
  const groups: NamesSection['groups'] = [
    {
      id: 'not_in_book',
      label: 'Not in the book',
      names: missing.map((n) => `${n.name} (${placeLabel(unit, n.reviewLine)})`),
    },
    { id: 'in_book', label: 'In the book', names: found.map(nameAndCharacter) },
    {
      id: 'not_judged',
      label: 'Not judged (about the work or real people)',
      names: outside.map((n) => `${n.name} (${placeLabel(unit, n.reviewLine)})`),
    },
  ];
  return {
    title: NAMES_TITLE,
    count: names.length,
    summary,
    groups: groups.filter((g) => g.names.length > 0),
  };
}

/**
 * Rule families for calibration: rules whose raw confidence means the same kind of thing share one
 * calibration curve. A named speech tag's confidence is a constant of its form ("said Elizabeth"
 * 0.95); every other answer carries the speaker ranker's probability, which means different things
 * after a pronoun tag, an action beat or plain turn-taking. A speaker the sequence decoder chose over
 * the ranker's (`decode/sequence`) carries its posterior probability in the exchange: a family of its own.
 */
import { SURE_EXPLICIT_RULES } from '../ranker/sieve-rules.js';

export const CALIBRATION_FAMILIES = ['named-tag', 'other-tag', 'beat', 'turn', 'ranker', 'decode'] as const;
export type CalibrationFamily = (typeof CALIBRATION_FAMILIES)[number];

/** The family of a rule id (DialogueQuote.rule). */
export function calibrationFamily(rule: string): CalibrationFamily {
  if (rule === 'ranker') return 'ranker';
  if (rule.startsWith('decode/')) return 'decode';
  if (SURE_EXPLICIT_RULES.has(rule)) return 'named-tag';
  if (rule.startsWith('beat/')) return 'beat';
  if (rule.startsWith('turn/') || rule === 'last-resort' || rule === 'none') return 'turn';
  // Every other id is a tag rule (`tag-after/said-pronoun`, `sentence-before/name-began`, …).
  return 'other-tag';
}

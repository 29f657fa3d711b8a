/** What kind of evidence stands behind a ranker candidate, read from its features. */
import type { QuoteType } from '../types.js';
import { FEATURE_COUNT, FEATURE_NAMES, type QuoteCandidates } from './features.js';

const TAG_AFTER = FEATURE_NAMES.indexOf('tagAfterSubject');
const TAG_BEFORE = FEATURE_NAMES.indexOf('tagBeforeSubject');
const PRONOUN = FEATURE_NAMES.indexOf('pronounAgrees');

/** A speech tag naming candidate c (`explicit`), a pronoun tag agreeing with them (`anaphoric`), or neither. */
export function candidateType(qc: QuoteCandidates, c: number): QuoteType {
  const base = c * FEATURE_COUNT;
  return qc.features[base + TAG_AFTER] || qc.features[base + TAG_BEFORE]
    ? 'explicit'
    : qc.features[base + PRONOUN]
      ? 'anaphoric'
      : 'implicit';
}

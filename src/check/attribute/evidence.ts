import type { AttributionEvidence } from '../types.js';
import type { BookTag } from './book-tag.js';
import type { ModelLine } from './model-line.js';

/**
 * The evidence behind an attribution verdict, in the words a teacher reads in every report:
 * `the book says “said Elizabeth”`, `inferred from turn-taking: Jane (0.70)`. The rule id travels
 * with it (`tag/after-quote`, `model/implicit`); the confidence is the model's, shown, never an identity.
 */

export function tagEvidence(tag: BookTag): AttributionEvidence {
  return { source: 'book-tag', ruleId: tag.ruleId, summary: `the book says “${tag.text}”`, confidence: null };
}

export function modelEvidence(line: ModelLine, speaker: string, tag: BookTag | null): AttributionEvidence {
  const c = line.confidence.toFixed(2);
  let summary: string;
  switch (line.type) {
    case 'explicit':
      summary = `a speech tag, as the speaker model reads it (${c})`;
      break;
    case 'anaphoric':
      summary =
        tag && (tag.kind === 'pronoun' || tag.kind === 'description')
          ? `the book says “${tag.text}”, taken to mean ${speaker} (${c})`
          : `a pronoun or description in the speech tag, taken to mean ${speaker} (${c})`;
      break;
    case 'implicit':
      summary = `inferred from turn-taking (${c})`;
      break;
    default:
      summary = `the speaker model (${c})`;
  }
  return {
    source: 'model',
    ruleId: line.type ? `model/${line.type}` : 'model',
    summary,
    confidence: line.confidence,
  };
}

export const NARRATION: AttributionEvidence = {
  source: 'narration',
  ruleId: 'text/narration',
  summary: 'the passage is narration, not dialogue',
  confidence: null,
};

export const FIRST_PERSON_NARRATION: AttributionEvidence = {
  source: 'narration',
  ruleId: 'text/first-person-narration',
  summary: 'the passage is the narration of the first-person narrator',
  confidence: null,
};

export function noEvidence(summary: string): AttributionEvidence {
  return { source: 'none', ruleId: null, summary, confidence: null };
}

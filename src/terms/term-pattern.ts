/**
 * What a term the person typed matches: one stem per word, so "donation" finds "donations" and
 * "donated", and a phrase ("hail sham", "the Hall") matches those words in a row with any
 * punctuation between them. `exact` matches the typed forms only.
 */
import { VerbatimError } from '../errors.js';
import { tokenize } from '../text/tokenize.js';
import { stemOf } from './book-words.js';

export interface TermPattern {
  /** The term as typed, trimmed. */
  term: string;
  /** The words of the term, normalised as the book's words are. */
  words: string[];
  /** What each word is compared by: its stem, or the form itself when exact. */
  keys: string[];
  exact: boolean;
}

/** The most terms one request looks up: each costs a pass over the book's words. */
export const MAX_TERMS = 20;

export function parseTerms(terms: readonly string[], exact = false): TermPattern[] {
  const cleaned = terms.map((t) => t.trim()).filter((t) => t !== '');
  if (cleaned.length === 0) {
    throw new VerbatimError('usage', 'give at least one term to look up', {
      hint: 'e.g. verbatim terms <book> carer donation "hail sham"',
    });
  }
  if (cleaned.length > MAX_TERMS) {
    throw new VerbatimError('usage', `at most ${MAX_TERMS} terms at once (${cleaned.length} given)`);
  }
  return [...new Set(cleaned)].map((term) => parseTerm(term, exact));
}

export function parseTerm(term: string, exact = false): TermPattern {
  const words = tokenize(term)
    .filter((t) => t.shape === 'word')
    .map((t) => t.norm);
  if (words.length === 0) {
    throw new VerbatimError('usage', `"${term}" has no words to look up (letters are needed)`);
  }
  return { term, words, keys: exact ? words : words.map(stemOf), exact };
}

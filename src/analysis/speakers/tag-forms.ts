/**
 * What a speech tag is, apart from how it is read (tags.ts): the forms a tag takes, named (with the
 * sieve rule that found it they make an attribution's rule id), which reader finds which forms, and
 * the fields a tag carries to the stages after it.
 */
import type { Span } from '../../book/span.js';
import type { Gender } from '../../lexicon.js';
import type { QuoteType } from '../types.js';
import type { SpeakerOptions } from './options.js';
import type { Mention } from './types.js';

/** What a tag reader reads: the text, the mentions (sorted by start), the narrator and the options. */
export interface TagSource {
  text: string;
  mentions: readonly Mention[];
  narrator: string | null;
  options: SpeakerOptions;
  /** A character's gender, where the tag's pronoun must agree with a name (absent: none is checked). */
  genderOf?: (id: string) => Gender;
}

/** The forms a speech tag takes; with the sieve rule that found it, the attribution's rule id. */
export type TagForm =
  /** "Elizabeth said", the name within `nearNameWords` of the verb. */
  | 'name-said'
  /** "Mrs. Bennet, smiling at her husband, presently said": the name further back. */
  | 'name-said-far'
  /** "Fanny, feeling it due to herself, returned to Mr. Crawford, and said": the clause's subject, not the object. */
  | 'name-clause-subject'
  /**
   * "Elizabeth saw what he was doing, and … said": a pronoun well before the verb after the clause's
   * name (or after ", and Amy …", that coordinate clause's name of the pronoun's gender).
   */
  | 'name-opens-clause'
  /** "she turned to Lucy and said": the name is the object; the pronoun speaks. */
  | 'pronoun-over-object'
  /** "she said", the pronoun within `nearPronounWords` of the verb. */
  | 'pronoun-said'
  | 'pronoun-said-far'
  /** "I said" in a first-person narration. */
  | 'narrator-said'
  /** "his wife said". */
  | 'kin-said'
  /** "her companion added", "his friend asked": the one the possessor is talking with. */
  | 'companion-said'
  /** "the old man said". */
  | 'description-said'
  /** "said Elizabeth", "rejoined the now mollified General". */
  | 'said-name'
  | 'said-pronoun'
  | 'said-narrator'
  | 'said-kin'
  /** "said his companion", "replied her friend". */
  | 'said-companion'
  /** "said the other": whoever of the exchange did not speak the turn before. */
  | 'said-the-other'
  /** "cried the old gentleman". */
  | 'said-description'
  /** "was my reply". */
  | 'owned-by-narrator'
  /** "was her reply". */
  | 'owned-by-pronoun'
  /** "Elizabeth's reply was", "was Mary's reasoning". */
  | 'possessive-speech'
  /** "…when thus accosted by Miss Bingley,". */
  | 'passive'
  /** "Mrs. Hurst began again.": a short sentence of its own. */
  | 'name-began'
  /** "She went on.", "At length he spoke again.". */
  | 'pronoun-began'
  /** "ROSALIND: Yes!": a play's speaker label before the line. */
  | 'label';

/** The forms subjectBefore finds: a subject before the speech verb. */
export const SUBJECT_FORMS: readonly TagForm[] = [
  'pronoun-over-object',
  'name-clause-subject',
  'name-said',
  'name-said-far',
  'name-opens-clause',
  'pronoun-said',
  'pronoun-said-far',
  'narrator-said',
  'kin-said',
  'companion-said',
];
/** The forms tagAfter finds. */
export const TAG_AFTER_FORMS: readonly TagForm[] = [
  'owned-by-narrator',
  'owned-by-pronoun',
  'possessive-speech',
  ...SUBJECT_FORMS,
  'description-said',
  'said-name',
  'said-pronoun',
  'said-narrator',
  'said-kin',
  'said-companion',
  'said-the-other',
  'said-description',
];
/** The forms tagBefore finds. */
export const TAG_BEFORE_FORMS: readonly TagForm[] = [
  'possessive-speech',
  'passive',
  ...SUBJECT_FORMS,
  'said-name',
];
/** The form sentenceTagBefore finds. */
export const SENTENCE_FORMS: readonly TagForm[] = ['name-began'];

export interface Tag {
  form: TagForm;
  speaker: string | null;
  type: QuoteType;
  confidence: number;
  /** The tag's subject was a pronoun that still needs a referent. */
  pronoun?: Gender;
  /** "said his wife": a description, not resolvable by name. */
  description?: boolean;
  /** "said the other": whoever of the exchange did not speak the turn before. */
  otherParty?: boolean;
  /** "said her mother": a relation to someone named nearby, resolved through the family name. */
  kin?: { possessor: Gender; noun: string };
  /** "said his companion": the other party of the possessor's conversation; the possessive's gender. */
  companionOf?: Gender;
  /** Character named after "to" in the tag ("said Elizabeth to Jane"). */
  addressee?: string;
  /** The clause the tag was read from (half-open offsets into the text): the evidence a reader is shown. */
  span?: Span;
}

/**
 * What the ranker reads of the sieve's answer: which kind of rule decided, by the rule's id
 * (speakers/sieve.ts, RULE_IDS), never by its confidence, so changing a rule's confidence changes no
 * feature behind anyone's back. Each group below is what the committed weights were trained with
 * (they were once read off confidence bands; the band is noted with each group); a rule added to the
 * sieve joins a group only by being listed here.
 */
import { TAG_RULES } from '../speakers/index.js';

/** Tag rules whose tag is read after a quoted part (tagAfter), and those read before the speech (tagBefore). */
const AFTER_RULES = ['tag-between', 'tag-after'];
const BEFORE_RULES = ['tag-opening', 'tag-before', 'tag-previous-paragraph'];

const ids = (rules: readonly string[], forms: readonly string[]): string[] =>
  rules.flatMap((r) => forms.map((f) => `${r}/${f}`));

/** Tag forms that name the speaker themselves (a name, "I", "was my reply"): no referent to resolve. */
const DIRECT_FORMS = new Set([
  'name-said',
  'name-said-far',
  'name-clause-subject',
  'name-opens-clause',
  'narrator-said',
  'said-name',
  'said-narrator',
  'owned-by-narrator',
  'possessive-speech',
  'passive',
  'name-began',
]);
/** Tag forms of type `explicit` (a speech verb with a name). */
const EXPLICIT_FORMS = new Set([
  'name-said',
  'name-said-far',
  'name-clause-subject',
  'name-opens-clause',
  'said-name',
  'possessive-speech',
  'passive',
  'name-began',
]);
/** The ids of every tag rule with a form that `keep` accepts. */
const tagRuleIds = (keep: (form: string) => boolean): string[] =>
  TAG_RULES.flatMap((r) => r.forms.filter(keep).map((f) => `${r.id}/${f}`));

/**
 * `sieveSure`: the sieve's surest answers (trained as confidence ≥ 0.9): a name or "I" as the subject
 * of the speech verb after a quoted part, or a name right before the verb in a tag before the speech.
 */
export const SURE_RULES: ReadonlySet<string> = new Set([
  ...ids(AFTER_RULES, ['name-said', 'said-name', 'name-clause-subject', 'narrator-said', 'said-narrator']),
  ...ids(BEFORE_RULES, ['name-said']),
  // (added after training: a play's speaker label, which no training novel has)
  'script/label',
]);

/** `sieveGuess`: the sieve's guesses (trained as confidence < 0.35): whoever was named last. */
export const GUESS_RULES: ReadonlySet<string> = new Set(['turn/recent-named', 'last-resort']);

/**
 * The `sieveTurnTaking` situation: an answer from loose turn order (trained as implicit and confidence
 * < 0.5): the beat in the paragraph before, skipping a turn, the other party, the last named, the last resort.
 */
export const LOOSE_TURN_RULES: ReadonlySet<string> = new Set([
  'beat/paragraph-before',
  'turn/skip-back',
  'turn/skip-ahead',
  'turn/other-back',
  'turn/other-ahead',
  'turn/recent-named',
  'last-resort',
]);

/**
 * A turn the sieve found by its speech tag, for the `lastTagged*` features (trained as not implicit and
 * confidence ≥ 0.75): a tag that names the speaker, or a near "he said" / "said he" after a quoted part
 * (a far pronoun, a relation, a description or a pronoun before the speech is resolved too loosely).
 */
export const TAGGED_RULES: ReadonlySet<string> = new Set([
  ...tagRuleIds((form) => DIRECT_FORMS.has(form)),
  ...ids(AFTER_RULES, ['pronoun-said', 'said-pronoun']),
]);

/**
 * Explicit sieve answers the model overrules only above `overrideExplicit` (trained as explicit and
 * confidence ≥ 0.8): every named speech tag but the short sentence of its own ("Mrs. Hurst began again.").
 */
export const SURE_EXPLICIT_RULES: ReadonlySet<string> = new Set(
  tagRuleIds((form) => EXPLICIT_FORMS.has(form) && form !== 'name-began'),
);

/**
 * Sieve answers from a near he / she tag ("Suddenly he said:", "said she"): whatever the ranker
 * prefers, the speaker is of the pronoun's gender, the gender of the one the sieve resolved it to. Not
 * a far pronoun ("he" well before the verb), which belongs to another clause more often. Measured
 * (eval:speakers): 18,047 without the hold, 18,050 with it, 18,051 with far pronouns too: a safeguard
 * against a line given to a woman after "he said", not a measurable gain.
 */
export const PRONOUN_TAG_RULES: ReadonlySet<string> = new Set(
  tagRuleIds((form) => form === 'pronoun-said' || form === 'said-pronoun'),
);

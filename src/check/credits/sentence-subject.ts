import {
  abbreviatedTitleAlternation,
  endsInPersonNoun,
  FAMILY_NOUNS,
  GENDERED_NOUNS,
  RELATION_NOUNS,
  SUBORDINATING_CONJUNCTIONS,
} from '../../lexicon.js';
import { LETTERS, LOWERS, UPPERS } from '../../text/letters.js';
import { isDescription } from './name-pattern.js';

/**
 * Where a sentence of the writer's has its subject, as the pronoun resolver (pronouns.ts) reads it:
 * the words that may open a sentence before it (a time word, a clause of when, a participle's
 * clause), a person described rather than named ("The old sailor turns…", "The old man's insults
 * escalate"), and where sentences start and end. Text only: who the people are is pronouns.ts's.
 */

/**
 * A time word or phrase a writer opens a sentence with before its subject or its clause of when:
 * "Then the doctor turns…", "Years later, when his nephew comes…", "In the end Mrs. Pruett…".
 */
export const TIME_OPENER =
  '(?:Then|Later|Now|Finally|Next|Soon|Afterwards|Eventually|Meanwhile|Here|(?:Years|Months|Weeks|Days|Much|Still|Moments)\\s+later|At\\s+last|In\\s+the\\s+end),?\\s+';

/**
 * A description opening a sentence, before its verb: "The monster tells…", "Her father replies…",
 * "The man in the red sweater is…" (probe round AE9: "He says only:" after it was read as the Buck
 * named later in the sentence), after a time word at most: "Then the doctor turns to the squire.";
 * with words set between commas before its verb: "The old fisherman, asked what became of the boy's
 * father, answers simply" (probe round AF92: "Later he boasts" went to David).
 */
export const DESCRIBED_SUBJECT = new RegExp(
  `^\\s*(?:${TIME_OPENER}(?=the|a|an|his|her|their))?((?:[Tt]he|A|An|a|an|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[${LOWERS}]+\\s+){0,2}?[${LOWERS}]+)(\\s+(?:in|with|from|at)\\s+(?:the\\s+|an?\\s+|his\\s+|her\\s+)?(?:[${LOWERS}]+\\s+){0,2}?[${LOWERS}]+)?(?:,\\s+([^,;:.!?“”"\\n]{1,60}),)?(?=\\s+(?:(?:soon|then|now|also|still|only|just|even|again|never|always|[${LOWERS}]+ly)\\s+)?[${LOWERS}]+s\\b)`,
  'u',
);

/**
 * Whom a DESCRIBED_SUBJECT match names: the name set between commas after the description ("The poor
 * widow, Mrs Mortimer, sees…": probe round AF270, "she says" read as "The poor widow" and the credit
 * left unchecked), else the description with the words that place the person ("The man in the red
 * sweater").
 */
export function describedSubjectName(opening: RegExpExecArray): string {
  const apposed = opening[3]?.trim();
  if (apposed && /^(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}$/u.test(apposed)) return apposed;
  return `${opening[1]!}${opening[2] ?? ''}`;
}

/**
 * A description, of up to three words after its article: "The crippled old moneylender is thrown
 * into his chair. He gasps:" (probe round AF88: "he" went to a name in a heading two paragraphs up).
 */
export function describesSomeone(phrase: string): boolean {
  if (isDescription(phrase)) return true;
  const words = phrase.split(/\s+/);
  return words.length === 4 && isDescription([words[0], words[2], words[3]].join(' '));
}

/** A description and its possession opening a sentence: "The old man's insults escalate". */
export const DESCRIBED_OWNER = new RegExp(
  String.raw`^\s*((?:[Tt]he|A|An)\s+(?:[${LOWERS}]+\s+){0,2}?[${LOWERS}]+)['’]s\s+(?:[${LOWERS}]+\s+)?([${LOWERS}]+)\s+[${LOWERS}]+`,
  'u',
);
/** Nouns for people: what a possessive before them makes a person of its own ("the old man's son"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...GENDERED_NOUNS.keys(),
  ...FAMILY_NOUNS,
  ...RELATION_NOUNS,
]);

/**
 * A noun for a person, as a description's last word: the lexicon's ("the captain", "the stranger") or
 * one for someone by what they do ("the soldier", "the visitor", "the guardian"); not "the ice".
 */
export function namesAPerson(phrase: string): boolean {
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
  return endsInPersonNoun(phrase) || AGENT_NOUN.test(last);
}
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent|ess|ee|man|woman|boy|girl|child)$/;

/** An opening clause and its comma, before a pronoun: "When Margaret jokes about ironing all day, ". */
export const OPENING_CLAUSE_THEN_PRONOUN =
  /^\s*(?:When|Whenever|While|As|After|Before|Once|If|Although|Though|Because|Since|Until)\s[^,;:.!?“”"]*,\s*$/;

/** A sentence's opening clause of when, as a pronoun's lead ("When Mary asks about the garden"). */
export const WHEN_CLAUSE = new RegExp(
  `^(?:${[...SUBORDINATING_CONJUNCTIONS, 'whenever'].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\s[^,;:.!?“”"]{1,80}$`,
);

/**
 * Words that may open a sentence before its subject pronoun, as a reader skips them: "Then,",
 * "Then, stumbling off,", "Later that night,". A person named there ("When Darcy proposes, he…")
 * makes it no opener: the nearest person decides.
 */
export const OPENER = /^[^,;:.!?“”"]{1,40},(?:\s*[^,;:.!?“”"]{1,40},)?$/;

/**
 * A word that may open a sentence right before its subject pronoun, with no comma: "When she
 * claims…", "Then he adds…", "And she goes on…", "A moment later she adds" (probe round AF24). The
 * pronoun still carries on the subject of the sentence before ("Catherine's confession to Nelly is
 * the heart of it. When she claims…" is Catherine, though Nelly was named last; "Much later he says
 * to Mary" is Caleb's, not Fred's, probe round AF89).
 */
export const CONJUNCTION_LEAD = new RegExp(
  String.raw`^(?:When|Whenever|As|While|After|Before|Because|Although|Though|If|Once|Since|Until|And|But|Then|So|Yet|Later|Finally|Now|Here|Still|(?:A\s+(?:moment|minute|second|little|few\s+[${LOWERS}]+)|Moments|Minutes|Seconds|Hours|Days|Weeks|Months|Years|Soon|Much|Long|Shortly|Not\s+long|Some\s+time)\s+(?:later|after(?:wards)?)|At\s+(?:last|once|first)|In\s+the\s+end)$`,
  'u',
);

/** A sentence's opening participle clause ("Confiding in Nelly, "): names in it are not its subject. */
const OPENING_PARTICIPLE = new RegExp(
  String.raw`^\s*[*_>"“]*[${UPPERS}][${LOWERS}]+ing\b[^,;:.!?“”"]{0,60},`,
  'u',
);

/**
 * A sentence's opening subordinate clause, after a time word at most: "Later, when Dorothea accepts
 * Mr. Casaubon, " (a title's full stop ends nothing). Not "As Helen tells Jane, …": the writer's
 * own credit, whose subject is the sentence's.
 */
const OPENING_SUBORDINATE = new RegExp(
  `^\\s*[*_>"“]*(?:${TIME_OPENER})?(?:${[...SUBORDINATING_CONJUNCTIONS]
    .filter((w) => w !== 'as')
    .join('|')})\\s(?:[^,;:.!?“”"]|(?<=\\b(?:Mr|Mrs|Ms|Dr|St))\\.){1,80},\\s*`,
  'iu',
);

/** Where the main clause of the sentence starting at `from` starts: after an opening subordinate clause. */
export function afterSubordinateOpener(text: string, from: number): number {
  const m = OPENING_SUBORDINATE.exec(text.slice(from, from + 120));
  return m ? from + m[0].length : from;
}

/** Where the subject of the sentence starting at `from` may stand: after an opening participle clause. */
export function afterParticipleOpener(text: string, from: number): number {
  const m = OPENING_PARTICIPLE.exec(text.slice(from, from + 80));
  return m ? from + m[0].length : from;
}

/** Where the sentence holding `at` starts (not before `from`). */
export function ownSentenceStart(text: string, from: number, at: number): number {
  let start = from;
  for (const m of text.slice(from, at).matchAll(SENTENCE_END)) start = from + m.index + m[0].length;
  return start;
}
/** A sentence's end: not a title's full stop ("Mr. Darcy"). */
const SENTENCE_END = new RegExp(`(?<!\\b(?:${abbreviatedTitleAlternation()}))[.!?]["”’')]*\\s+`, 'g');

/**
 * A sentence that opens on a participle's clause and reaches its subject: "Refusing Mr. Jaggers's
 * money, ", "Later, reading Antoinette's letter over his shoulder, " (probe round AE14), "Asked by
 * Cynthia what the matter is, " (a past participle and its agent: probe round AF96), "Told the
 * Admiral is gouty, " (a past participle of telling and what is told: the subject is the one told,
 * probe round AF141) (the sentence is already bounded: a title's full stop is no end).
 */
export const PARTICIPLE_OPENER = new RegExp(
  `^[\\s*_>"“]*(?:${TIME_OPENER})?(?:[${LETTERS}][${LOWERS}]+ing\\b|[${LETTERS}][${LOWERS}]+ed\\s+by\\b|(?:[Tt]old|[Gg]iven|[Ss]hown|[Tt]aken|[Ss]een|[Cc]aught)\\s+by\\b|(?:Told|Asked|Reminded|Warned|Informed|Assured|Promised|Advised|Urged|Pressed|Questioned|Challenged)\\s)[^!?;:“”"]*,\\s*$`,
  'u',
);

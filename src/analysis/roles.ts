import { findSpanIndex, type Span } from '../book/span.js';
import { GENDERED_NOUNS, PLAIN_TAG_VERBS, RANK_TITLES } from '../lexicon.js';

/**
 * Unnamed speakers known by their role: "said the waiter", "the solicitor replied".
 * A common noun that the narration uses as the subject of a speech tag several times is a character
 * of its own (the waiter of that scene, the nanny of that house). Generic nouns (man, lady, mother)
 * are left to the pronoun rules: they name different people on different pages.
 */
export interface RoleSpeaker {
  /** The noun as the book writes it after its article: "waiter", "nanny". */
  noun: string;
  /** Every occurrence of the noun in narration. */
  mentions: Span[];
  /** Fuller descriptions the narration repeats: "genial passenger" for the passenger. */
  described: string[];
  /** A rank ("the king", "the duke"): a character only where no named person holds it (cast.ts). */
  rank?: boolean;
}

/** Words before a role noun that pick out another person, not describe this one. */
const NOT_DESCRIPTIONS = new Set(
  'other another same first second third last next two three four some any every each no this that'.split(
    ' ',
  ),
);

/**
 * "the genial passenger", written at least twice in narration: a fuller name for the role. Only when
 * it is the one such description: "the senior detective" and "the junior detective" are two men.
 */
function descriptionsOf(text: string, noun: string, quoteParts: readonly Span[]): string[] {
  const counts = new Map<string, number>();
  const re = new RegExp(String.raw`\b[Tt]he ([a-z]+) ${noun}\b`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (NOT_DESCRIPTIONS.has(m[1]!) || findSpanIndex(quoteParts, m.index) >= 0) continue;
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  const repeated = [...counts].filter(([, n]) => n >= 2);
  return repeated.length === 1 ? [`${repeated[0]![0]} ${noun}`] : [];
}

/**
 * A role speaker's tag verbs: every plain tag verb (a role's tags are plain ones), and "says" for
 * a book told in the present ("says the duke", Huckleberry Finn).
 */
const TAG_VERBS = [...PLAIN_TAG_VERBS, 'says'].join('|');

/**
 * Ranks a book may call one person by alone, lower case: Huckleberry Finn's "the king" and "the
 * duke" are two frauds with no other name. Generic like the gendered nouns they are among ("said the
 * general" is General Tilney), so only with RANK_MIN_TAGS tags and no named holder (cast.ts).
 */
const RANKS: ReadonlySet<string> = new Set(
  [...RANK_TITLES].map((t) => t.toLowerCase()).filter((t) => !['lady', 'lord', 'sir', 'dame'].includes(t)),
);
/** Speech tags a rank needs to be a character. */
const RANK_MIN_TAGS = 5;

const GENERIC = new Set([
  ...GENDERED_NOUNS.keys(),
  ...'other others same one voice voices first second third former latter rest company party all both each everybody somebody nobody someone anyone people crowd person child baby stranger visitor friend friends young old little poor'.split(
    ' ',
  ),
  ...'he she it they we you i his her their its my our your this that these those who which what'.split(' '),
  ...'and or but then so as yet nor not never always also only just still even now again once'.split(' '),
  // "the officer who had said": auxiliaries and articles before a tag verb are no role ("the had",
  // "the the" were characters of The Moonstone and Tom Jones).
  ...'had has have was were is are been being did does do would could should might must may will shall can the an'.split(
    ' ',
  ),
  // …and things said, not people saying them ("the thing said", "the truth told").
  ...'thing way matter fact truth question answer word idea point case time day night'.split(' '),
]);

// (Tried: roles with no article, "said nanny" where the book also writes "Nanny": it also took
// "said him", "said back" for speakers; -41 lines, mostly A Passage to India. Left out.)
/** At least this many speech tags before a role noun counts as a character. */
const MIN_TAGS = 3;
/** …and twice, for the lines it is tagged with. (Once: Explicit +0.1 pt but overall −0.1 pt, measured.) */
const LOW_TAGS = 2;

export function findRoleSpeakers(text: string, quoteParts: readonly Span[]): RoleSpeaker[] {
  const counts = new Map<string, number>();
  const tagged = new Map<string, Span[]>();
  const add = (noun: string, at: number) => {
    if (
      (GENERIC.has(noun) && !RANKS.has(noun)) ||
      noun.length < 3 ||
      /(?:s|ly)$/.test(noun) ||
      findSpanIndex(quoteParts, at) >= 0
    )
      return;
    counts.set(noun, (counts.get(noun) ?? 0) + 1);
    const here = text.indexOf(noun, at);
    if (here >= 0) tagged.set(noun, [...(tagged.get(noun) ?? []), { start: here, end: here + noun.length }]);
  };
  // "said the (old) waiter,"
  const after = new RegExp(
    String.raw`\b(?:${TAG_VERBS})\s+the\s+((?:[a-z]+\s+){0,2})([a-z]+)(?=\s*[,.;:!?\u2014"\u201d]|\s+(?:to|with|as|in|at|and|who|from|after|before|when|while)\b)`,
    'g',
  );
  for (let m = after.exec(text); m; m = after.exec(text)) add(m[2]!, m.index + m[0].length - m[2]!.length);
  // "the waiter said"
  const before = new RegExp(String.raw`\bthe\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s+(?:${TAG_VERBS})\b`, 'g');
  for (let m = before.exec(text); m; m = before.exec(text)) add(m[1]!, m.index);
  const out: RoleSpeaker[] = [];
  for (const [noun, n] of counts) {
    if (RANKS.has(noun)) {
      if (n >= RANK_MIN_TAGS) out.push({ ...roleOf(text, noun, quoteParts), rank: true });
      continue;
    }
    // A role tagged once or twice ("said the clerk") speaks those lines; its other mentions are not
    // counted, since the same noun may name someone else on another page.
    if (n < MIN_TAGS) {
      if (n >= LOW_TAGS)
        out.push({
          noun,
          mentions: tagged.get(noun) ?? [],
          described: descriptionsOf(text, noun, quoteParts),
        });
      continue;
    }
    out.push(roleOf(text, noun, quoteParts));
  }
  return out;
}

/** A role tagged often enough: every mention of its noun in narration. */
function roleOf(text: string, noun: string, quoteParts: readonly Span[]): RoleSpeaker {
  const mentions: Span[] = [];
  const re = new RegExp(String.raw`\b${noun}\b`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (findSpanIndex(quoteParts, m.index) < 0) mentions.push({ start: m.index, end: m.index + noun.length });
  }
  return { noun, mentions, described: descriptionsOf(text, noun, quoteParts) };
}

import { findSpanIndex, type Span } from '../book/span.js';
import { GENDERED_NOUNS } from './lexicon.js';

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
}

const TAG_VERBS =
  'said|asked|replied|cried|answered|returned|exclaimed|continued|added|observed|remarked|whispered|muttered|murmured|shouted|called|inquired|enquired|repeated|interrupted|rejoined|growled|snapped|explained|declared|announced';

const GENERIC = new Set([
  ...GENDERED_NOUNS.keys(),
  ...'other others one voice voices first second third former latter rest company party all both each everybody somebody nobody someone anyone people crowd person child baby stranger visitor friend friends young old little poor'.split(
    ' ',
  ),
  ...'he she it they we you i his her their its my our your this that these those who which what'.split(' '),
  ...'and or but then so as yet nor not never always also only just still even now again once'.split(' '),
]);

/** At least this many speech tags before a role noun counts as a character. */
const MIN_TAGS = 3;
/** …and twice, for the lines it is tagged with. (Once: Explicit +0.1 pt but overall −0.1 pt, measured.) */
const LOW_TAGS = 2;

export function findRoleSpeakers(text: string, quoteParts: readonly Span[]): RoleSpeaker[] {
  const counts = new Map<string, number>();
  const tagged = new Map<string, Span[]>();
  const add = (noun: string, at: number) => {
    if (GENERIC.has(noun) || noun.length < 3 || /(?:s|ly)$/.test(noun) || findSpanIndex(quoteParts, at) >= 0)
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
    // A role tagged once or twice ("said the clerk") speaks those lines; its other mentions are not
    // counted, since the same noun may name someone else on another page.
    if (n < MIN_TAGS) {
      if (n >= LOW_TAGS) out.push({ noun, mentions: tagged.get(noun) ?? [] });
      continue;
    }
    const mentions: Span[] = [];
    const re = new RegExp(String.raw`\b${noun}\b`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (findSpanIndex(quoteParts, m.index) < 0)
        mentions.push({ start: m.index, end: m.index + noun.length });
    }
    out.push({ noun, mentions });
  }
  return out;
}

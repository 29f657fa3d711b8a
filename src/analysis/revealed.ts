/**
 * A character known by a description before the book names them: "the stranger" of the first
 * chapters who says "My name is Griffin", "the visitor, whose name was Mr. Collins". Once the text
 * reveals who the description is, its mentions in narration are that character's, so "said the
 * stranger" is Griffin's line and a review's "the stranger says" finds him.
 *
 * Only descriptions that stand for a person not yet known (REVEALABLE_DESCRIPTIONS) are linked: "the
 * man" or "the girl" names a different person on every page, and a reveal of one would be spread over
 * all of them. A description revealed as two different people is left alone.
 */
import { findSpanIndex, type Span } from '../book/span.js';
import { PLAIN_TAG_VERBS, REVEALABLE_DESCRIPTIONS } from '../lexicon.js';
import type { Mention } from './speakers/index.js';

/** One description linked to the character the text reveals it to be. */
export interface RevealedDescription {
  /** The description's noun as the book writes it after "the": "stranger". */
  noun: string;
  /** The character id it is revealed to be. */
  character: string;
  /** Rule that read the reveal: `reveal/self-named` ("My name is X," said the stranger) or `reveal/narration` (the stranger, whose name was X). */
  rule: 'reveal/self-named' | 'reveal/narration';
  /** Where the reveal is in the text (half-open UTF-16 offsets). */
  evidence: Span;
  /** The stretch of text in which the description is this person (see `referentStretch`). */
  stretch?: Span;
}

const NOUNS = [...REVEALABLE_DESCRIPTIONS].join('|');
const TAG_VERBS = PLAIN_TAG_VERBS.join('|');

/** "My name is", "I am", "call me": a speaker naming themself, just before the name. */
const SELF_NAMING = /(?:\bmy name is|\bmy name's|\bI am|\bI'm|\bI’m|\bcall me|\bthey call me)\s*$/i;

/** "…, whose name was", "…was none other than": narration saying who the description is. */
const NARRATION_REVEAL = new RegExp(
  String.raw`\b[Tt]he (${NOUNS}),?\s+(?:(?:was|is),? (?:indeed|in fact),|whose name (?:was|is)|who (?:was|proved to be|turned out to be)|(?:was|proved to be|turned out to be)(?: (?:none|no) other than)?|(?:introduced|announced) (?:himself|herself) as|gave (?:his|her) name as)\s+$`,
);

/** `"My name is Griffin," said the stranger` → the tag's noun after a quotation's end. */
const TAG_AFTER = new RegExp(
  String.raw`^[,.!?]?["”’']?,?\s+(?:(?:${TAG_VERBS})\s+the\s+(${NOUNS})\b|the\s+(${NOUNS})\s+(?:${TAG_VERBS})\b)`,
);

/** How far back from a name a reveal phrase may start. */
const LOOKBACK = 80;

export function findRevealedDescriptions(
  text: string,
  quoteParts: readonly Span[],
  mentions: readonly Mention[],
): RevealedDescription[] {
  const found: RevealedDescription[] = [];
  for (const m of mentions) {
    const before = text.slice(Math.max(0, m.start - LOOKBACK), m.start);
    // "the stranger was Griffin's friend": a possessive is someone else.
    if (/^['’]s\b/.test(text.slice(m.end, m.end + 3))) continue;
    if (m.inQuote) {
      if (!SELF_NAMING.test(before)) continue;
      const part = findSpanIndex(quoteParts, m.start);
      if (part < 0) continue;
      const tag = TAG_AFTER.exec(text.slice(quoteParts[part]!.end, quoteParts[part]!.end + 60));
      const noun = tag?.[1] ?? tag?.[2];
      if (noun)
        found.push({
          noun,
          character: m.character,
          rule: 'reveal/self-named',
          evidence: { start: quoteParts[part]!.start, end: m.end },
        });
    } else {
      const reveal = NARRATION_REVEAL.exec(before);
      if (reveal)
        found.push({
          noun: reveal[1]!,
          character: m.character,
          rule: 'reveal/narration',
          evidence: { start: m.start - before.length + reveal.index, end: m.end },
        });
    }
  }
  // One referent runs from the "a stranger" that introduces it to the next "a stranger": each reveal
  // speaks for its own stretch, and a stretch revealed as two people is not linked.
  const byStretch = new Map<string, RevealedDescription[]>();
  for (const r of found) {
    const stretch = referentStretch(text, r.noun, r.evidence.start, quoteParts);
    r.stretch = stretch;
    const key = `${r.noun}@${stretch.start}`;
    byStretch.set(key, [...(byStretch.get(key) ?? []), r]);
  }
  return [...byStretch.values()]
    .filter((rs) => new Set(rs.map((r) => r.character)).size === 1)
    .map((rs) => rs[0]!);
}

/**
 * The stretch of text in which "the <noun>" is the one person revealed at `at`: from the last
 * indefinite introduction of the noun ("a stranger came…") before it, or the start of the book, to
 * the next one after it, or the end. "The newcomer was Tess" in one chapter and a new newcomer forty
 * chapters on are two people.
 */
function referentStretch(text: string, noun: string, at: number, quoteParts: readonly Span[]): Span {
  let start = 0;
  let end = text.length;
  const re = new RegExp(String.raw`\b[Aa]n?\s+(?:[a-z]+\s+){0,2}?${noun}\b`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (findSpanIndex(quoteParts, m.index) >= 0) continue;
    if (m.index <= at) start = m.index;
    else {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/** Every "the <noun>" in narration (not inside a quotation) within `within`: the description's mentions, on the noun. */
export function descriptionMentions(
  text: string,
  noun: string,
  quoteParts: readonly Span[],
  within: Span = { start: 0, end: text.length },
): Span[] {
  const out: Span[] = [];
  const re = new RegExp(String.raw`\b[Tt]he\s+(${noun})\b`, 'g');
  re.lastIndex = within.start;
  for (let m = re.exec(text); m && m.index < within.end; m = re.exec(text)) {
    const start = m.index + m[0].length - noun.length;
    if (findSpanIndex(quoteParts, start) < 0) out.push({ start, end: start + noun.length });
  }
  return out;
}

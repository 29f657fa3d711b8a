import type { Span } from '../../book/span.js';
import { GENDERED_NOUNS, HONORIFICS, NOT_NAMES, OWNED_SPEECH_NOUNS } from '../../lexicon.js';
import { LOWERS } from '../../text/letters.js';

/**
 * What a speech tag of the book says about who speaks (book-tag.ts finds the tags): the tag as data
 * (BookTag), the name, description or pronoun it holds, and its kind.
 */

export type BookTagKind = 'named' | 'description' | 'pronoun' | 'first-person';

export interface BookTag {
  /**
   * `named`: a name ("said Elizabeth"); `description`: "said the old man", "said her mother";
   * `pronoun`: "said he" (says nothing about who by itself); `first-person`: "said I", the narrator.
   */
  kind: BookTagKind;
  /** The tag as printed (line breaks as spaces), e.g. `said Elizabeth`, `Tommy said`. */
  text: string;
  /** The name or description as printed ("Elizabeth", "the Hatter", "her mother"); the pronoun for `pronoun`. */
  who: string;
  /** "said Tommy to Ruth": the person spoken to, as printed, or null. */
  to: string | null;
  /**
   * `tag/after-quote` (right after the line's closing mark), `tag/before-quote` (leading into it),
   * `tag/between-parts` (between two parts of one speech), `tag/same-paragraph` (the one speaker
   * tagged in the line's paragraph), `tag/previous-paragraph` ("Mr. Darcy replied with great
   * intrepidity," ending the paragraph before), `tag/continued-speech` (a speech over several
   * paragraphs, tagged in its first).
   */
  ruleId: string;
  /** Where the tag is in the book. */
  span: Span;
}

/**
 * The gender a tag that names nobody still gives: "said he", "cried her mother", "said the old
 * man". Null when it gives none ("said the other", "they said").
 */
export function tagGender(who: string): 'male' | 'female' | null {
  const w = who.trim().toLowerCase();
  if (w === 'he') return 'male';
  if (w === 'she') return 'female';
  const head = w.split(/\s+/).pop() ?? '';
  const g = GENDERED_NOUNS.get(head);
  return g === 'male' || g === 'female' ? g : null;
}

/** Capitalised words that open a sentence or a tag but are no one's name. */
const NOT_A_NAME =
  /^(?:He|She|They|It|I|We|You|The|This|That|Then|And|But|Yes|No|Oh|Well|So|Now|There|Here|What|When|Why|How|Who|As|If|Or|Nor|Yet|Still|At|In|On|Mr|Mrs|Miss)$/;

function classify(who: string): BookTagKind | null {
  const w = who.trim();
  if (/^I$/.test(w)) return 'first-person';
  // "said Elizabeth's mother": someone described through Elizabeth, not Elizabeth
  if (/[’']s(?:\s|$)/.test(w)) return 'description';
  if (/^(?:he|she|they|we)$/i.test(w)) return 'pronoun';
  if (/^(?:the|an?|her|his|their|my|our|this)\s/.test(w)) {
    // "the Hatter" names a character as the book does; "the old man", "her mother" describe one,
    // "a voice" someone unnamed ("“Try to be civil, Marlow,” growled a voice": not the narrator).
    return /^the\s+\p{Lu}/u.test(w) ? 'named' : 'description';
  }
  const first = w.split(/\s+/)[0]!.replace(/\.$/, '');
  if (NOT_A_NAME.test(first) && w.split(/\s+/).length === 1) return null;
  if (/^(?:He|She|They|It|You|The|This|That|Then|And|But|Yes|No|Oh|Well|So)$/.test(first)) return null;
  return 'named';
}

/** "Presently Beaver", "Then Tommy": sentence words caught before the name; an adverb after a description. */
export function trimWho(who: string): string {
  const words = who.split(/\s+/);
  const sentenceWord = (w: string) => {
    const l = w.toLowerCase().replace(/\.$/, '');
    return /^\p{Lu}/u.test(w) && !HONORIFICS.has(l) && (NOT_NAMES.has(l) || /ly$/.test(w));
  };
  while (words.length > 1 && sentenceWord(words[0]!)) words.shift();
  // "cried his wife impatiently": the adverb after a description is not part of it.
  while (
    words.length > 2 &&
    /^(?:the|his|her|their|my|our)$/i.test(words[0]!) &&
    /^\p{Ll}+ly$/u.test(words.at(-1)!)
  )
    words.pop();
  return words.join(' ');
}

/**
 * "said the Rabbit's voice", "came Emma's answer", "said Diccon's voice behind me": the possessor
 * speaks (OWNED_SPEECH_NOUNS), whether the noun ends the phrase or a word of place follows it.
 */
const OWN_VOICE = new RegExp(String.raw`^(.+?)[’']s\s+(?:([${LOWERS}]+)\s+)?([${LOWERS}]+)$`, 'u');
export function ownVoice(who: string): string | null {
  const m = OWN_VOICE.exec(who);
  if (!m) return null;
  return OWNED_SPEECH_NOUNS.has(m[3]!) || (m[2] && OWNED_SPEECH_NOUNS.has(m[2])) ? m[1]! : null;
}

export function makeTag(
  m: RegExpExecArray,
  offset: number,
  ruleId: string,
  whoGroup = 1,
  /** The text the pattern ran on as the book prints it, when it ran on openingsInLowerCase's. */
  printed?: string,
): BookTag | null {
  const found = m[whoGroup] ? trimWho(m[whoGroup].trim()) : undefined;
  // "“…,” was Ignosi's calm⏎answer, “…”": read name first, "answer" is taken for the verb; with the
  // word after the speaker, a noun of saying, the possessor speaks (King Solomon's Mines, probe round
  // AF232: a right credit to Ignosi contradicted by "Ignosi's calm").
  const afterWho = m[whoGroup] ? m[0].slice(m[0].indexOf(m[whoGroup]) + m[whoGroup].length) : '';
  const next = /^\s+(\p{Ll}+)/u.exec(afterWho)?.[1];
  const who = found ? (ownVoice(found) ?? (next ? ownVoice(`${found} ${next}`) : null) ?? found) : undefined;
  if (!who) return null;
  const kind = classify(who);
  if (!kind) return null;
  const raw = m[0];
  const lead = raw.length - raw.trimStart().length;
  const text = raw
    .trim()
    .replace(/^[\u201d"\u2019'\u2014\u2013,\s-]+/, '')
    .replace(/[\s,:\u2014\u201c"\u2018']+$/, '');
  const inSlice = m.index + lead + raw.trim().indexOf(text);
  const at = offset + inSlice;
  // as a reader sees it: the book's line breaks inside the tag are spaces
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const to = m[whoGroup + 1]?.trim();
  return {
    kind,
    text: flat(printed === undefined ? text : printed.slice(inSlice, inSlice + text.length)),
    who: flat(who),
    to: to ? flat(to) : null,
    ruleId,
    span: { start: at, end: at + text.length },
  };
}

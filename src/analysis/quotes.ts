import type { Span } from '../book/span.js';
import { abbreviatedTitleAlternation, PLAIN_TAG_VERBS, SPEECH_VERBS } from '../lexicon.js';
import type { QuoteStyle } from './types.js';

/** A quotation as found in the text, before anyone is credited with it. */
export interface RawQuotation {
  /** Spans inside the quote marks, in text order. */
  parts: Span[];
  /** Index of the paragraph the quotation starts in, and the one it ends in. */
  firstParagraph: number;
  lastParagraph: number;
  /** A line printed as a play's ("ROSALIND: Yes!"): its speaker's label (script-lines.ts). */
  label?: Span;
}

const DOUBLE_MARKS = '"\u201c\u201d';
const SINGLE_MARKS = "'\u2018\u2019";
const DASH_OPENERS = /^(?:\u2014|\u2015|\u2013|--)\s*/;

/** Words written with a leading apostrophe ('tis, 'em): that apostrophe does not open a quotation. */
const ELISIONS = new Set([
  'tis',
  'twas',
  'twere',
  'twill',
  'twould',
  'em',
  'im',
  'er',
  'ere',
  'ave',
  'ow',
  'cause',
  'bout',
  'un',
  'n',
  's',
  'nt',
  'e',
  'ee',
  'appen',
  'ope',
  'ome',
  'alf',
  'twixt',
  'gainst',
  'mid',
  'midst',
  'neath',
  'til',
  'till',
  'round',
  'fore',
  'ye',
  'o',
  'll',
  've',
  'd',
  're',
  'm',
  't',
]);

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\u00a0';
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

const LEFT_FLANK = '([{\u2014\u2013-_\u2015';
const RIGHT_FLANK = ',.;:!?)]}\u2014\u2013-_\u2015';

/**
 * Decide the book's quotation style from counts: which mark opens paragraphs of dialogue. A book
 * uses one convention throughout; guessing per paragraph would confuse apostrophes with quotes.
 */
export function detectQuoteStyle(text: string, paragraphs: readonly Span[]): QuoteStyle {
  let double = 0;
  let single = 0;
  let dash = 0;
  for (const p of paragraphs) {
    const head = text.slice(p.start, Math.min(p.end, p.start + 12)).trimStart();
    const c = head[0];
    if (c === '"' || c === '\u201c') double++;
    else if ((c === "'" || c === '\u2018') && isLetter(head[1])) {
      const word = /^[\p{L}]+/u.exec(head.slice(1))?.[0]?.toLowerCase() ?? '';
      if (!ELISIONS.has(word)) single++;
    } else if (DASH_OPENERS.test(head)) dash++;
  }
  if (double === 0 && single === 0 && dash === 0) {
    // No paragraph opens with a quote: fall back to raw counts over the text.
    const dq = countOf(text, DOUBLE_MARKS);
    const sq = countOf(text, '\u2018');
    return sq > dq ? 'single' : 'double';
  }
  if (dash > double * 2 && dash > single * 2) return 'dash';
  return single > double ? 'single' : 'double';
}

function countOf(text: string, chars: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i]!)) n++;
  return n;
}

type MarkRole = 'open' | 'close' | 'weak-close' | 'toggle' | 'none';
/** What a quote mark at `i` does in the paragraph [ps, pe) (classifyDouble, classifySingle). */
type ClassifyMark = (text: string, i: number, ps: number, pe: number) => MarkRole;

function classifyDouble(text: string, i: number, pStart: number, pEnd: number): MarkRole {
  const c = text[i];
  if (c === '\u201c') return 'open';
  if (c === '\u201d') return 'close';
  const prev = i > pStart ? text[i - 1] : undefined;
  const next = i + 1 < pEnd ? text[i + 1] : undefined;
  const left = isSpace(prev) || LEFT_FLANK.includes(prev!);
  const right = isSpace(next) || RIGHT_FLANK.includes(next!);
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return 'toggle';
}

function classifySingle(text: string, i: number, pStart: number, pEnd: number): MarkRole {
  const c = text[i];
  const prev = i > pStart ? text[i - 1] : undefined;
  const next = i + 1 < pEnd ? text[i + 1] : undefined;
  if (isLetter(prev) && isLetter(next)) return 'none'; // don't, o'clock
  const left = isSpace(prev) || LEFT_FLANK.includes(prev!) || prev === '"' || prev === '\u201c';
  if (c === '\u2018' || (left && !isSpace(next))) {
    if (isLetter(next)) {
      const word = /^[\p{L}]+/u.exec(text.slice(i + 1, i + 12))?.[0]?.toLowerCase() ?? '';
      // ("'O! that is no recommendation at all,' replied her aunt": the capital O of a cry opens the
      // words; the elided "o'" of "top 'o the morning" is in lower case. The Mysteries of Udolpho,
      // probe round AF294: the line was lost and the next given to the one who answers it.)
      const cry = word === 'o' && text[i + 1] === 'O';
      if (ELISIONS.has(word) && c !== '\u2018' && !cry) return 'none';
    }
    return left || c === '\u2018' ? 'open' : 'none';
  }
  if (isSpace(prev)) return 'none';
  // A closing mark after a letter may be a plural possessive (the Bennets' house) or an elision (goin').
  return isLetter(prev) ? 'weak-close' : 'close';
}

/**
 * Every quotation of direct speech, as spans inside the marks. Handles quotations interrupted by
 * narration, speeches running over several paragraphs (no closing mark, next paragraph reopens),
 * apostrophes in single-quoted books, and dash-introduced dialogue.
 */
export function findQuotations(text: string, paragraphs: readonly Span[], style: QuoteStyle): RawQuotation[] {
  if (style === 'dash') return findDashQuotations(text, paragraphs);
  const marks = style === 'double' ? DOUBLE_MARKS : SINGLE_MARKS;
  const classify = style === 'double' ? classifyDouble : classifySingle;
  // The three marks as character codes: the scan below reads every character of the book.
  const [m0, m1, m2] = [0, 1, 2].map((k) => marks.charCodeAt(k));
  const out: RawQuotation[] = [];
  const setOff = setOffParagraphs(text, paragraphs);
  let current: RawQuotation | null = null; // quotation that continues into the next paragraph
  let finishesUnopened = false; // …and this paragraph finishes it without reopening (nextParagraphCarriesOn)
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const { start: ps, end: pe } = paragraphs[pi]!;
    if (setOff[pi]) {
      current = null;
      finishesUnopened = false;
      continue;
    }
    // Mark events in this paragraph.
    const events: { pos: number; role: MarkRole }[] = [];
    for (let i = ps; i < pe; i++) {
      const c = text.charCodeAt(i);
      if (c === m0 || c === m1 || c === m2) {
        const role = classify(text, i, ps, pe);
        if (role !== 'none') events.push({ pos: i, role });
      }
    }
    const paraParts: Span[] = [];
    let openAt = finishesUnopened ? ps : -1;
    const closePart = (end: number): void => {
      // A quotation nested inside the speech ('Tut!' within "…") stays part of it. (Cutting reported
      // sentences out was tried: PDNC does it in some novels and not others; no gain overall.)
      const piece = trimSpan(text, openAt, end);
      if (piece.end > piece.start) paraParts.push(piece);
      openAt = -1;
    };
    for (let k = 0; k < events.length; k++) {
      const { pos, role } = events[k]!;
      const isOpen = openAt >= 0;
      if (role === 'open' || (role === 'toggle' && !isOpen)) {
        if (isOpen) closePart(pos); // a missing closing mark: end the previous quotation here
        openAt = pos + 1;
      } else if (isOpen && (role === 'close' || role === 'toggle')) {
        closePart(pos);
      } else if (isOpen && role === 'weak-close') {
        // Skip a weak close if a real closing mark follows before the next opening one.
        let strongerLater = false;
        for (let j = k + 1; j < events.length; j++) {
          const r = events[j]!.role;
          if (r === 'open') break;
          if (r === 'close' || r === 'toggle') {
            strongerLater = true;
            break;
          }
        }
        if (!strongerLater) closePart(pos);
      }
    }
    let continues = false;
    finishesUnopened = false;
    if (openAt >= 0) {
      closePart(pe);
      const next = nextParagraphCarriesOn(text, paragraphs[pi + 1], classify, marks);
      continues = next !== null;
      finishesUnopened = next === 'finishes';
    }
    // Group this paragraph's parts into quotations.
    for (let k = 0; k < paraParts.length; k++) {
      const part = paraParts[k]!;
      if (current && k === 0 && current.lastParagraph === pi - 1 && startsAtParagraphHead(text, ps, part)) {
        current.parts.push(part);
        current.lastParagraph = pi;
        continue;
      }
      const prevQuote = out[out.length - 1];
      if (k > 0 && prevQuote && prevQuote.lastParagraph === pi && continuesSentence(text, prevQuote, part)) {
        prevQuote.parts.push(part);
        continue;
      }
      const q: RawQuotation = { parts: [part], firstParagraph: pi, lastParagraph: pi };
      if (isEmbeddedPhrase(text, q, ps) || isInscription(text, part)) continue;
      out.push(q);
    }
    current = continues ? (out[out.length - 1] ?? null) : null;
  }
  return out;
}

/**
 * A short quoted phrase inside a narrative sentence is a title or a scare quote, not speech:
 * `the "new people" whom New York…`. Kept as speech: anything opening a paragraph or following
 * punctuation (`he said, "…"`, `…: "…"`), and anything longer than a few words.
 */
export function isEmbeddedPhrase(text: string, q: RawQuotation, paraStart: number): boolean {
  if (q.parts.length > 1) return false;
  const part = q.parts[0]!;
  const spoken = text.slice(part.start, part.end);
  const words = spoken.split(/\s+/).filter(Boolean).length;
  if (words > 6) return false;
  // `"Nice" women, however wronged…`: no closing punctuation inside the marks and the sentence runs
  // on in lower case (not a speech tag): a word being quoted, not said.
  const after = /^\s*([\p{L}]+)(?:\s+([\p{L}]+))?/u.exec(text.slice(part.end + 1, part.end + 40));
  if (after && !/[.!?,;:\u2014-]$/.test(spoken) && /^\p{Ll}/u.test(after[1]!)) {
    const w1 = after[1]!.toLowerCase();
    const w2 = after[2]?.toLowerCase() ?? '';
    if (!SPEECH_VERBS.has(w1) && !SPEECH_VERBS.has(w2)) return true;
  }
  // `cackled out "Silence!"`, `calling "Whose is it?"`: a cry or a question is said, not cited.
  if (/^\p{Lu}/u.test(spoken) && /[!?]$/.test(spoken)) return false;
  const before = text.slice(Math.max(paraStart, part.start - 25), part.start - 1);
  if (!/[\p{Ll}]\s*$/u.test(before)) return false;
  const prevWord = /([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (SPEECH_VERBS.has(prevWord)) return false;
  return true;
}

/** Words printed in capitals ("DRINK ME", "ELLIOT OF KELLYNCH HALL") are an inscription, not speech. */
function isInscription(text: string, part: Span): boolean {
  const body = text.slice(part.start, part.end);
  // `"CECIL?" exclaimed Lucy`, `"AS--I--WAS--SAYING," said Eeyore`: shouted speech keeps its marks.
  if (/[,?!]$/.test(body)) return false;
  return /\p{Lu}{2}/u.test(body) && !/\p{Ll}/u.test(body);
}

/** Leading spaces on the first line of a paragraph (the span itself starts after them). */
function indentOf(text: string, start: number): number {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r' ? start - i : 0;
}

/**
 * Paragraphs set off by indentation in a book whose paragraphs are otherwise flush: letters, verse,
 * inscriptions. Quoted there is a document being read, not speech. In a book that indents every
 * paragraph the indentation means nothing and no paragraph is set off.
 */
function setOffParagraphs(text: string, paragraphs: readonly Span[]): boolean[] {
  const indented = paragraphs.map((p) => indentOf(text, p.start) >= 3);
  const share = indented.filter(Boolean).length / Math.max(1, paragraphs.length);
  return share < 0.2 ? indented : paragraphs.map(() => false);
}

function startsAtParagraphHead(text: string, ps: number, part: Span): boolean {
  return text.slice(ps, part.start - 1).trim() === '';
}

/**
 * How the paragraph after one that ends inside a speech carries it on: it reopens it (its first mark
 * opens: a speech over several paragraphs), or it finishes it without reopening (its one quote mark
 * closes it, at its end: a song or poem quoted inside a speech is printed so — A Room with a View:
 * `"'From far, from eve and morning, … here am I'` and then the speaker's own words, `… I don't
 * believe in this world sorrow."`), or neither (null).
 */
function nextParagraphCarriesOn(
  text: string,
  next: Span | undefined,
  classify: ClassifyMark,
  marks: string,
): 'reopens' | 'finishes' | null {
  if (!next) return null;
  let first = next.start;
  while (first < next.end && isSpace(text[first])) first++;
  if (first < next.end && marks.includes(text[first]!)) {
    const role = classify(text, first, next.start, next.end);
    if (role === 'open' || role === 'toggle') return 'reopens';
  }
  let only = -1;
  for (let i = next.start; i < next.end; i++) {
    if (!marks.includes(text[i]!) || classify(text, i, next.start, next.end) === 'none') continue;
    if (only >= 0) return null;
    only = i;
  }
  if (only < 0) return null;
  const role = classify(text, only, next.start, next.end);
  return (role === 'close' || role === 'toggle') && text.slice(only + 1, next.end).trim() === ''
    ? 'finishes'
    : null;
}

/**
 * Two quoted parts of one paragraph are one quotation when the narration between them does not
 * end the sentence: `"Yes," said he, "I know."`. A full stop in between starts a new quotation.
 */
/** A plain tag verb opening the narration between two parts (the nine plainest tag verbs are enough here). */
const TAG_OPENS_GAP = new RegExp(String.raw`^\s*(?:${PLAIN_TAG_VERBS.slice(0, 9).join('|')})\b`, 'i');
/** A sentence ending and a new one starting; a title's stop (Mr.) ends no sentence. */
const NEW_SENTENCE = new RegExp(String.raw`(?<!\b(?:${abbreviatedTitleAlternation()}))[.!?]\s+\p{Lu}`, 'u');

function continuesSentence(text: string, prev: RawQuotation, part: Span): boolean {
  const last = prev.parts[prev.parts.length - 1]!;
  const spoken = text.slice(last.start, last.end).trimEnd();
  const gap = text.slice(last.end + 1, part.start - 1);
  if (gap.length > 200) return false;
  if (/[.!?]$/.test(spoken) && !TAG_OPENS_GAP.test(gap)) return false;
  // A new narrative sentence between the parts ("…," said Lady B. After a pause Sir T. added, "…")
  // introduces someone else's speech. Title abbreviations (Mr.) do not end a sentence.
  if (NEW_SENTENCE.test(gap)) return false;
  // "…," said the Rabbit's voice; and Alice called out, "…": a second speaker's tag in the gap.
  // The comma may close the first part ("…trouble," and Mrs. Moore thought, "…"), an article or an
  // adjective may come before the name ("; and the White Rabbit … called out"), and a semicolon may
  // stand alone ("…"; Das thought, "…").
  // So may a clause of its own with another subject ("Alice replied, so eagerly that the Gryphon
  // said, …", "Mrs. Welland murmured, while the young man … replied:").
  const second =
    /[;,]\s*(?:and|but|while)\s+(?:(?:the|old|young|little|poor)\s+)?(\p{Lu}[\s\S]*)$/u.exec(
      (/[,;]$/.test(spoken) ? ',' : '') + gap,
    ) ??
    /^\s*;\s*(\p{Lu}[\s\S]*)$/u.exec(gap) ??
    /[;,]\s*(?:while|whereupon|to\s+which|so\s+\p{Ll}+\s+that)\s+(?:the|a|an)\s+(?:\p{Ll}+\s+){0,2}?(\p{L}+[\s\S]*)$/u.exec(
      gap,
    );
  if (second && second[1]!.split(/[^\p{L}']+/u).some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return false;
  if (subjectSpeaksNext(spoken, gap)) return false;
  // '"No!" said Charles Musgrove, and "No, no!" cried Louisa': a part the gap's "and" leads into,
  // with a named tag of its own right after it, is another speaker's.
  if (
    /[,;]\s*(?:and|but)\s*$/.test(gap) &&
    namedTagName(TAG_AFTER.exec(text.slice(part.end + 1, part.end + 60))) !== null
  )
    return false;
  // 'when Mrs. Sparsit said, "You want your breakfast, sir," Mr. Bounderby replied, "If I waited…"':
  // a first part (the quotation's only one so far) with a named tag of its own before it, and
  // another name tagging the gap.
  const between = prev.parts.length === 1 ? namedTagName(GAP_TAG.exec(gap)) : null;
  const before =
    between &&
    namedTagName(OWN_TAG_BEFORE.exec(text.slice(Math.max(0, last.start - 1 - 120), last.start - 1)));
  if (between && before && before !== between) return false;
  return !/[.!?]\s*$/.test(gap.trimEnd()) || /[,:;\u2014-]\s*$/.test(gap);
}

const NAME = String.raw`(?:\p{Lu}\p{Ll}*\.?\s+)?\p{Lu}\p{Ll}+`;
/** A tag opening a stretch of narration: "Mr. Bounderby replied", "cried Louisa", "cried the Queen". */
const TAG_AT_START = String.raw`^[\s,]*(?:(${NAME})\s+(\p{Ll}+)|(\p{Ll}+)\s+(?:the\s+)?(${NAME}))`;
/** "Mrs. Sparsit said with forced lightness of heart," ending the narration before a quotation. */
const OWN_TAG_BEFORE = new RegExp(String.raw`(${NAME})\s+(\p{Ll}+)\b[^"\u201c\u201d.!?]{0,60}[,:]\s*$`, 'u');
/** "Mr. Bounderby replied," or "replied Mr. Bounderby," as the whole gap between two parts. */
const GAP_TAG = new RegExp(String.raw`${TAG_AT_START}[^"\u201c\u201d.!?]{0,40}[,:]\s*$`, 'u');
/** Right after a part's closing mark ("cried Louisa"). */
const TAG_AFTER = new RegExp(TAG_AT_START, 'u');
/** The last word of the name in a tag these patterns match, when its verb is one of speech. */
function namedTagName(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const [name, verb] = m[1] !== undefined ? [m[1], m[2]!] : [m[4]!, m[3]!];
  return SPEECH_VERBS.has(verb) ? name.split(/\s+/).at(-1)! : null;
}

/**
 * '"…," he argued; and she had answered, with her clearest look: "…"', '"…," Miss Jackson opined;
 * and her hostess drily rejoined: "…"', '"…telegraph for Ellen Olenska--" and May's clear voice
 * rejoin: "…"': a pronoun, a possessive's noun or a name's noun whose verb of speech, within three
 * words, leads into the second part (the gap ends on a comma, colon or dash). A pronoun is another
 * speaker only after the first part's own tag ("he argued; and she", "Miss Jackson opined; and her
 * hostess"): '"…now"--and he put his leg to his mouth and said in a loud whisper, "…"' goes on with
 * the one speaking. Not an indirect question ('and he asked her … if she were interested "in our
 * work."'), whose gap runs on into the words.
 */
const SUBJECT_SPEAKS_NEXT =
  /(?:[;,]|\u2014|\u2013|--)\s*(?:and|but|while)\s+(?:(he|she|they|(?:his|her|their)\s+\p{Ll}+)|\p{Lu}\p{Ll}+['\u2019]s\s+(?:\p{Ll}+\s+)?\p{Ll}+)((?:\s+\p{Ll}+){1,3})\b[^"\u201c\u201d]*[,:\u2014]\s*$/u;

function subjectSpeaksNext(spoken: string, gap: string): boolean {
  const lead = /(?:[,;]|\u2014|\u2013|--)$/.test(spoken) ? ',' : '';
  const m = SUBJECT_SPEAKS_NEXT.exec(lead + gap);
  if (!m) return false;
  const verbs = m[2]!.trim().split(/\s+/);
  if (!verbs.some((w) => SPEECH_VERBS.has(w))) return false;
  if (!m[1]) return true;
  return /\p{L}/u.test((lead + gap).slice(0, m.index));
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return { start: s, end: e };
}

function findDashQuotations(text: string, paragraphs: readonly Span[]): RawQuotation[] {
  const out: RawQuotation[] = [];
  const dash = /\s*(?:\u2014|\u2015|\u2013|--)\s*/g;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const { start: ps, end: pe } = paragraphs[pi]!;
    const body = text.slice(ps, pe);
    const lead = /^\s*(?:\u2014|\u2015|\u2013|--)\s*/.exec(body);
    if (!lead) continue;
    // Segments alternate: speech, narration, speech, … separated by dashes.
    const parts: Span[] = [];
    let segStart = ps + lead[0].length;
    let speech = true;
    dash.lastIndex = lead[0].length;
    for (let m = dash.exec(body); m; m = dash.exec(body)) {
      if (speech) {
        const s = trimSpan(text, segStart, ps + m.index);
        if (s.end > s.start) parts.push(s);
      }
      speech = !speech;
      segStart = ps + m.index + m[0].length;
    }
    if (speech) {
      const s = trimSpan(text, segStart, pe);
      if (s.end > s.start) parts.push(s);
    }
    const spoken = parts.flatMap((p) => splitAtSpeechTag(text, p)).filter((p) => p.end > p.start);
    if (spoken.length > 0) out.push({ parts: spoken, firstParagraph: pi, lastParagraph: pi });
  }
  return out;
}

const TAG_SUBJECT = new Set(['he', 'she', 'i', 'they', 'we']);

/**
 * Dash dialogue often runs the tag on without a second dash: "— Are you coming? asked Stephen."
 * The speech ends at the punctuation before a speech verb ("asked Stephen", "he said").
 */
function splitAtSpeechTag(text: string, part: Span): Span[] {
  const speech = endAtSpeechTag(text, part);
  if (speech.end === part.end) return [part];
  // "— Not yet, said Emma. I have to finish this letter." — the speech resumes after the tag's sentence.
  const rest = /[.!?;:]\s+(?=\p{Lu})/u.exec(text.slice(speech.end, part.end));
  if (!rest) return [speech];
  return [speech, trimSpan(text, speech.end + rest.index + rest[0].length, part.end)];
}

function endAtSpeechTag(text: string, part: Span): Span {
  const body = text.slice(part.start, part.end);
  // After the punctuation: a verb, a pronoun and a verb, or a name of up to three capitalised words
  // and a verb ("— Because she never let them in, Mr Deasy said solemnly.": Ulysses, where a name of
  // two words was read as speech and the tag with it).
  const re = /[,?!.]\s+([\p{L}]+)((?:\s+\p{Lu}[\p{L}'’]*\.?){0,2})(?:\s+([\p{L}]+))?/gu;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const w1 = m[1]!.toLowerCase();
    const w2 = m[3]?.toLowerCase() ?? '';
    const more = m[2]!.trim();
    const capitalisedName = /^\p{Lu}/u.test(m[1]!) && !TAG_SUBJECT.has(w1);
    if (
      SPEECH_VERBS.has(w1) ||
      (more === '' && TAG_SUBJECT.has(w1) && SPEECH_VERBS.has(w2) && w1 !== 'i') ||
      (capitalisedName && SPEECH_VERBS.has(w2))
    ) {
      return { start: part.start, end: part.start + m.index + 1 };
    }
    re.lastIndex = m.index + 1;
  }
  return part;
}

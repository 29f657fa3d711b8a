import { scriptLineOf } from '../../analysis/script-lines.js';
import type { Span } from '../../book/span.js';
import { hasReplyVerb, OWNED_SPEECH_NOUNS } from '../../lexicon.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import {
  type BookParagraphs,
  continuesSpeech,
  insideInnerQuote,
  insideOpenSpeech,
  mainParagraph,
  overlapped,
  paragraphAround,
  partsIn,
  type Segment,
  segmentsOf,
} from './book-paragraph.js';
import { WHO } from './book-tag-parts.js';
import {
  AFTER_NAME_FIRST,
  AFTER_OWNED_WORDS,
  AFTER_VERB_FIRST,
  ANOTHER_SUBJECT,
  BEFORE_CLAUSE,
  BEFORE_NAME_FIRST,
  BEFORE_OWNED_WORDS,
  BEFORE_VERB_FIRST,
  LEAD_IN,
  LEADS_ON,
  LED_IN_BY_SPEECH,
  leadsIntoNext,
  OBSERVES_SOMETHING,
  OWNED_WORDS_IN,
  SAID_JUST_BEFORE,
  SENTENCE_END,
} from './book-tag-patterns.js';
import { asidesBlanked, openingsInLowerCase, withoutLeadInDash } from './book-tag-text.js';
import { type BookTag, makeTag, ownVoice, trimWho } from './book-tag-who.js';

// (the tag as data, and what it says about who speaks: book-tag-who.ts)
export { type BookTag, type BookTagKind, tagGender } from './book-tag-who.js';

/**
 * The book's own speech tag for a located line: "…,” said Ruth", "Tommy said: “…", "“A,” said
 * Tommy, “B”" (a tag between the parts of one speech), "said the Hatter", "said he". What a reader goes
 * by, so it outranks the speaker model's inference (attribute/index.ts). Read for THIS line only: a
 * tag that introduces the next line ("“A.” Ruth said, “B.”") is B's, not A's.
 *
 * The line's quoted parts come from the speaker model's quotations when there is one (they know the
 * book's quote marks and apostrophes), else from the quote marks of the paragraph.
 */

export interface SpeechAt {
  /** The located words are inside quote marks (dialogue, or a quotation in the narration). */
  inQuotes: boolean;
  tag: BookTag | null;
  /** …inside a quotation within the speech (a story told inside the story): not the speaker's words. */
  nested?: true;
}

/** The tag right after a part: verb first always; name first only after , ! ? or a dash. */
function tagAfter(text: string, seg: Segment, limit: number): BookTag | null {
  const after = text.slice(seg.end, Math.min(limit, seg.end + 160));
  const v = AFTER_VERB_FIRST.exec(after);
  if (v) return makeTag(v, seg.end, 'tag/after-quote');
  const owned = AFTER_OWNED_WORDS.exec(after);
  if (owned && ownVoice(trimWho(owned[1]!.trim()))) return makeTag(owned, seg.end, 'tag/after-quote');
  const lastChar = text
    .slice(Math.max(seg.start, seg.end - 2), seg.end)
    .trim()
    .slice(-1);
  if (/[,!?\u2014\u2013-]/.test(lastChar)) {
    const n = AFTER_NAME_FIRST.exec(after);
    const rest = n ? after.slice(n.index + n[0].length) : '';
    if (n && (lastChar === ',' || !LEADS_ON.test(rest)) && !OBSERVES_SOMETHING.test(n[0] + rest))
      return makeTag(n, seg.end, 'tag/after-quote');
  }
  return null;
}

/** The tag leading into a part, at the end of the narration before it. */
function tagBefore(text: string, from: number, seg: Segment, ruleId: string): BookTag | null {
  const printed = text.slice(Math.max(from, seg.start - 160), seg.start);
  const before = asidesBlanked(openingsInLowerCase(printed));
  const owned = BEFORE_OWNED_WORDS.exec(before);
  const m =
    BEFORE_NAME_FIRST.exec(before) ??
    BEFORE_VERB_FIRST.exec(before) ??
    (owned && ownVoice(trimWho(owned[1]!.trim())) ? owned : null);
  return m ? makeTag(m, Math.max(from, seg.start - 160), ruleId, 1, printed) : clauseBefore(text, from, seg);
}

/**
 * "Catherine blushed for her friend, and said, “": the sentence leading into the quotation, from its
 * start (the paragraph's, or the end of a sentence or quotation) to the quote mark; its subject is the
 * speaker. A sentence that does not start in view (more than 160 characters) is not read.
 */
function clauseBefore(text: string, from: number, seg: Segment): BookTag | null {
  const start = Math.max(from, seg.start - 160);
  const before = text.slice(start, seg.start);
  const ends = [...before.matchAll(SENTENCE_END)];
  const last = ends[ends.length - 1];
  const at = last ? last.index! + last[0].length : start === from ? 0 : -1;
  if (at < 0) return null;
  return clauseSubjectTag(before.slice(at), start + at, 'tag/before-quote-clause');
}

/**
 * The tag BEFORE_CLAUSE reads in one sentence (`clause`, at `offset`): its subject, when the subject
 * opens the sentence (not "When Kitty heard it … her mother … said") and is no possessive or adverb.
 */
function clauseSubjectTag(clause: string, offset: number, ruleId: string, printed?: string): BookTag | null {
  // (as the book prints it: a description its subject, "The sad butler drew back and said", would
  // take the verb into the description's three words)
  const m = BEFORE_CLAUSE.mayMatch(clause) ? BEFORE_CLAUSE().exec(clause) : null;
  const who = m?.[1]?.trim();
  if (
    !m ||
    !who ||
    trimWho(who) !== who ||
    /^(?:Her|His|Their|My|Our|Its|\p{Lu}\p{L}*(?:ly|ing))$/u.test(who)
  )
    return null;
  return makeTag(m, offset, ruleId, 1, printed);
}

/**
 * Between two parts of one speech: narration that is nothing but the tag ("“A,” said Tommy, “B.”",
 * "“A,” said Tommy. “B.”") speaks for both parts.
 */
function tagBetween(text: string, prev: Segment, seg: Segment): BookTag | null {
  const between = text.slice(prev.end, seg.start);
  if (between.split(/\s+/).filter(Boolean).length > 12) return null;
  const t = tagAfter(text, prev, seg.start);
  if (!t) return null;
  const rest = text.slice(t.span.end, seg.start);
  // after the tag only an adverbial and punctuation ("laughing", "after a pause") before the next part
  if (!leadsIntoNext(rest)) return null;
  // (not someone else's words introduced: "“…,” was Mary's reasoning; and Elizabeth's reply was, “…”")
  if (OWNED_WORDS_IN.test(rest)) return null;
  // "“…,” began Meg, but Jo cut in with a decided, “…”": a clause with a subject of its own, named,
  // is another speaker's turn (Little Women, probe round AF247: a right credit to Jo contradicted).
  const subject = ANOTHER_SUBJECT.exec(rest)?.[1];
  if (subject && t.kind === 'named' && !t.who.split(/\s+/).includes(subject)) return null;
  // "“…,” was Mr Shepherd's rejoinder, and “Oh! certainly,” was his daughter's": a noun of saying
  // names the words before it only, not a speech both parts share (Persuasion, eval:pdnc-credits: a
  // right credit contradicted).
  if (/^(?:was|came)\s/.test(t.text)) return null;
  return { ...t, ruleId: 'tag/between-parts' };
}

function tagOfSegment(text: string, segs: readonly Segment[], k: number, para: Span): BookTag | null {
  const seg = segs[k]!;
  if (k === 0) {
    const script = scriptLabelTag(text, seg, para);
    if (script) return script;
  }
  const next = segs[k + 1];
  const prev = segs[k - 1];
  const after = tagAfter(text, seg, next ? next.start : para.end);
  const before = tagBefore(text, prev ? prev.end : para.start, seg, 'tag/before-quote');
  // A tag after the part that leads into the next part is the next one's when this part has a tag
  // of its own right before it ("when Mrs. Sparsit said, “A,” Mr. Bounderby replied, “B”"), or a
  // speech verb just before it that no tag reading catches ("upon her saying “No,” he added, “…”":
  // then this part's tag is not read).
  if (after && next && leadsIntoNext(text.slice(after.span.end, next.start))) {
    if (before && /^[\s,:\u2014\u201c"\u2018']*$/u.test(text.slice(before.span.end, seg.start)))
      return before;
    if (SAID_JUST_BEFORE.test(text.slice(Math.max(prev ? prev.end : para.start, seg.start - 80), seg.start)))
      return null;
  }
  // "nor could she refrain from crying out, with great horror, “My good sir! what's to be done?” Mr
  // Allworthy answered, she must take care of the child": a line a speech verb leads into, then a
  // verb of replying after it, is answered there, not tagged (Tom Jones, probe round AF264: Mrs
  // Deborah's right credit contradicted by "Mr Allworthy answered").
  if (
    after &&
    hasReplyVerb(after.text) &&
    LED_IN_BY_SPEECH.test(text.slice(Math.max(para.start, seg.start - 120), seg.start))
  )
    return before;
  return after ?? before ?? (prev ? tagBetween(text, prev, seg) : null);
}

/** "ROSALIND: (Outside) Yes!": the label of a line the book prints as a play, when the part is its words. */
function scriptLabelTag(text: string, seg: Segment, para: Span): BookTag | null {
  const line = scriptLineOf(text.slice(para.start, para.end));
  if (!line?.name || para.start + line.speech.start !== seg.start) return null;
  const span = { start: para.start + line.label.start, end: para.start + line.label.end };
  return {
    kind: 'named',
    text: `${text.slice(span.start, span.end)}:`,
    who: line.name,
    to: null,
    ruleId: 'tag/script-label',
    span,
  };
}

export interface SpeechTagOptions {
  /** The speaker model's quotation parts (sorted), when there is a model. */
  modelParts?: readonly Span[] | null;
  /** The parts of the model's quotation at an offset (one speaker's speech), when there is a model. */
  speechOf?: ((at: number) => readonly Span[] | null) | null;
  /** The book's paragraphs as it was built, when the caller has the book (book-paragraph.ts). */
  paragraphs?: BookParagraphs;
}

const isNamed = (t: BookTag | null): t is BookTag =>
  t !== null && (t.kind === 'named' || t.kind === 'first-person');

/**
 * A named tag on another part of the same speech (the model's quotation: one speaker's words, split
 * by narration or running over paragraphs): "‘Why, there they are!’ said the King … ‘Nothing can be
 * clearer than THAT.’" The model splits a quotation where the narration tags a second speaker.
 */
function tagOfSameSpeech(text: string, loc: Span, options: SpeechTagOptions): BookTag | null {
  const parts = options.speechOf?.(loc.start);
  if (!parts) return null;
  for (const p of parts.slice(0, 6)) {
    if (p.end > loc.start && p.start < loc.end) continue;
    const para = paragraphAround(text, p.start, options.paragraphs);
    const segs = segmentsOf(text, para, partsIn(options.modelParts, para));
    const k = segs.findIndex((s) => s.start < p.end && s.end > p.start);
    if (k < 0) continue;
    const t = tagOfSegment(text, segs, k, para);
    if (isNamed(t)) return { ...t, ruleId: 'tag/same-speech' };
  }
  return null;
}

/**
 * A paragraph of narration that ends leading into the next one's speech: "Mr. Darcy replied with
 * great intrepidity," (the tag of the speech that opens the next paragraph).
 */
export function leadInTag(text: string, para: Span): BookTag | null {
  const printed = withoutLeadInDash(text.slice(para.start, para.end));
  const paraText = asidesBlanked(openingsInLowerCase(printed));
  if (!LEAD_IN.mayMatch(paraText)) return voiceLeadTag(text, para);
  const leadIn = LEAD_IN();
  leadIn.lastIndex = 0;
  let lead = leadIn.exec(paraText);
  if (!lead || /[\u201c\u201d"]/.test(paraText.slice(lead.index)))
    return voiceLeadTag(text, para) ?? clauseLeadIn(text, para);
  // "I asked her if she were feeling ill, and she answered frankly:": the last clause that leads in
  // is the speaker's, not the first one the pattern meets.
  for (;;) {
    leadIn.lastIndex = lead.index + 1;
    const next = leadIn.exec(paraText);
    // Only a clause of its own ("…, and she answered"), not the rest of the same name ("Mr. | Dalloway").
    if (!next || !/[,;]|\band\b/.test(paraText.slice(lead.index, next.index))) break;
    lead = next;
  }
  return makeTag(lead, para.start, 'tag/previous-paragraph', 1, printed);
}

/**
 * "At this Stephen forgot the silent vows he had been making and burst out:" ending the paragraph
 * before the line: the subject of its last sentence, whose last verb leads into the speech, as
 * BEFORE_CLAUSE reads it before a quote mark (A Portrait of the Artist, probe round AF235: no tag
 * read, and a wrong credit to Boland supported by turn-taking at 0.35).
 */
const SENTENCE_OPENING =
  /^(?:(?:At\s+(?:this|that|last|length|once)|Then|Now|Here|Suddenly|Presently|Finally)\b,?\s+)?/u;
function clauseLeadIn(text: string, para: Span): BookTag | null {
  const paraText = withoutLeadInDash(text.slice(para.start, para.end)).replace(/\s+$/, '');
  if (!/[,:]$/.test(paraText) || /[\u201c\u201d"]/.test(paraText)) return null;
  const ends = [...paraText.matchAll(/[.!?]\s+(?=\p{Lu})/gu)];
  const last = ends[ends.length - 1];
  let at = last ? last.index! + last[0].length : 0;
  at += SENTENCE_OPENING.exec(paraText.slice(at))![0].length;
  // ("A local constable … said:" describes someone, names no "A"; the same length, so offsets hold)
  const sentence = paraText.slice(at).replace(/^An?(?=\s+[a-z])/, (a) => a.toLowerCase());
  return clauseSubjectTag(sentence, para.start + at, 'tag/previous-paragraph', paraText.slice(at));
}

/**
 * "As I drew nearer I heard Stent's voice:" ending the paragraph before the line: the voice's owner
 * speaks (probe round AF124: The War of the Worlds' "Keep back!" went to Ogilvy by turn-taking, and a
 * wrong credit to him was supported).
 */
const VOICE_LEAD = lazyRegExp(
  () => new RegExp(`\\b(?:heard|hear|hears|came|rose|rang\\s+out)\\s+${WHO}\\s*[,:]\\s*$`, 'u'),
  // (its ending: a possessive and a noun of speech, as ownVoice reads it)
  new RegExp(`[’']s\\s+(?:${[...OWNED_SPEECH_NOUNS].join('|')})\\s*[,:]\\s*$`, 'u'),
);
function voiceLeadTag(text: string, para: Span): BookTag | null {
  const paraText = text.slice(para.start, para.end);
  if (!VOICE_LEAD.mayMatch(paraText)) return null;
  const m = VOICE_LEAD().exec(paraText);
  if (!m || /[\u201c\u201d"]/.test(paraText.slice(m.index))) return null;
  const tag = makeTag(m, para.start, 'tag/previous-paragraph');
  return tag && tag.kind === 'named' && tag.who !== m[1]?.trim() ? tag : null;
}

/** The speech in one paragraph: its quoted parts, in order, and the book's tag for each (null: none). */
export interface ParagraphSpeech {
  parts: Span[];
  tags: (BookTag | null)[];
  /** Nothing but quote marks and spaces before the first part: the paragraph opens on speech. */
  opensOnQuote: boolean;
}

export function paragraphSpeech(text: string, para: Span, options: SpeechTagOptions = {}): ParagraphSpeech {
  const parts = segmentsOf(text, para, partsIn(options.modelParts, para));
  const tags = parts.map((_, k) => tagOfSegment(text, parts, k, para));
  const first = parts[0];
  const opensOnQuote =
    first !== undefined && text.slice(para.start, first.start).replace(/[\s\u201c"\u2018']/g, '') === '';
  return { parts, tags, opensOnQuote };
}

/** "Mr. Darcy replied with great intrepidity," ending the paragraph before, or a speech it began. */
function tagFromParagraphsBefore(
  text: string,
  para: Span,
  segs: readonly Segment[],
  options: SpeechTagOptions,
): BookTag | null {
  for (let hop = 0; hop < 5 && para.start > 2; hop++) {
    const prevPara = paragraphAround(text, Math.max(0, para.start - 3), options.paragraphs);
    const opensOnQuote =
      segs[0] && text.slice(para.start, segs[0].start).replace(/[\s\u201c"\u2018']/g, '') === '';
    if (hop === 0 && opensOnQuote) {
      const t = leadInTag(text, prevPara);
      if (t) return t;
    }
    if (!continuesSpeech(text, para, prevPara, segs)) break;
    const prevSegs = segmentsOf(text, prevPara, partsIn(options.modelParts, prevPara));
    for (let k = 0; k < prevSegs.length; k++) {
      const t = tagOfSegment(text, prevSegs, k, prevPara);
      if (t) return { ...t, ruleId: 'tag/continued-speech' };
    }
    para = prevPara;
    segs = prevSegs;
  }
  return null;
}

/**
 * Whether the located words are quoted speech, and the book's tag for them: a named tag of one of the
 * parts they cover; else the tag of the part they cover most (a pronoun: "said he"); else a named tag
 * elsewhere in the same speech; else the paragraph before leading into it.
 */
export function speechAt(text: string, loc: Span, options: SpeechTagOptions = {}): SpeechAt {
  const para = mainParagraph(text, loc, options.paragraphs);
  const segs = segmentsOf(text, para, partsIn(options.modelParts, para));
  const covered = overlapped(segs, loc);
  const first = covered[0];
  const span = Math.min(loc.end, para.end) - loc.start;
  // (or the words run from one part of a speech to the next over the tag between them, which the
  // writer left out: "“Drat that boy, what a questioner he is.”" over "interposed my sister, …")
  const within = (at: number) => segs.some((g) => g.start <= at && at <= g.end);
  const overTheTag = covered.length >= 2 && within(loc.start) && within(loc.end);
  if (
    !first ||
    (first.overlap * 2 < Math.min(span, segs[first.k]!.end - segs[first.k]!.start) && !overTheTag)
  )
    return { inQuotes: false, tag: null };
  if (
    insideInnerQuote(text, segs[first.k]!.start, loc.start, segs[first.k]!.end) ||
    insideOpenSpeech(text, para.start, segs[first.k]!.start)
  )
    return { inQuotes: true, tag: null, nested: true };
  const own = covered.map((o) => tagOfSegment(text, segs, o.k, para));
  const tag =
    own.find(isNamed) ??
    own[0] ??
    // (the words run over the tag between two parts, and the part they cover most has no tag of its
    // own: the tag between them is the line's, "“You young dog,” said the man, licking his lips, “what
    // fat cheeks you ha' got.”" quoted whole; Great Expectations, probe round AF279: no tag read, and
    // turn-taking's guess supported a wrong credit to Joe)
    (overTheTag ? own.find((t) => t !== null) : undefined) ??
    tagOfSameSpeech(text, loc, options) ??
    // (Tried: the one speaker tagged elsewhere in the paragraph. Right only 0.63 of the time on PDNC
    // (npm run eval:tags): modern novels put two speakers in one paragraph.)
    (first.k === 0 ? tagFromParagraphsBefore(text, para, segs, options) : null);
  return { inQuotes: true, tag };
}

/**
 * Generated reviews for the check evaluation. Real quotations come from PDNC's edition of a novel
 * (human-annotated quotations and speakers); they are planted into short reviews written in several
 * styles (curly double quotes, British single quotes, straight quotes, Markdown block quotes, HTML),
 * with some quotations altered, elided, bracketed or started mid-sentence, beside fabricated lines
 * (sentences of other novels), lines credited to critics, and scare-quoted terms. Every planted
 * quotation remembers what the checker should say about it.
 */
import type { Span } from '../../src/book/span.js';
import type { QuoteKind, Verdict } from '../../src/check/types.js';
import { bestByContext, occurrences, type PlainWords, plainWords } from './truth.js';

export type CaseType =
  | 'verbatim'
  | 'split'
  | 'altered'
  | 'dropped'
  | 'elided'
  | 'bracket'
  | 'midsentence'
  | 'ocr'
  | 'fabricated'
  | 'external'
  | 'term'
  | 'term_absent'
  | 'title';

export interface Planted {
  id: string;
  caseType: CaseType;
  /** The quotation as written in the review (inside the marks). */
  written: string;
  expectedKind: QuoteKind;
  expectedVerdict: Verdict;
  /** Where the words are in the checked (LitBank) edition, when known. */
  truth: Span | null;
  /** The PDNC quotation's words are not found as such in the other edition. */
  editionDiffers: boolean;
  claimed: string | null;
  /** true: the claimed name is the PDNC speaker; false: another character; null: no claim. */
  claimCorrect: boolean | null;
  pdncSpeaker: string | null;
  /** Offset of the written quotation in the review text (set when the review is assembled). */
  reviewOffset: number;
}

export type ReviewStyle = 'curly' | 'british' | 'straight' | 'block' | 'html';

/** Small deterministic PRNG (mulberry32): the evaluation must give the same figures every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

export function shuffle<T>(r: () => number, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

export const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
export const HAS_QUOTE_MARKS = /["“”‘«»]|(?:^|\s)'|'(?:\s|$)/;

/** Words substituted into a quotation to alter it: common, and far from most words they replace. */
export const SUBSTITUTES = [
  'window',
  'river',
  'silver',
  'honest',
  'garden',
  'morning',
  'letter',
  'quickly',
  'terrible',
  'money',
  'answer',
  'happy',
  'orange',
  'winter',
  'cottage',
  'strange',
];

export const STOP = new Set(
  'a an and the of to in on at by for with from as is was be been it its he she i you we they his her my me him them our your not no but or if so that this which who what when then there than were had have has do did said would could should will shall may might must very much more most'.split(
    ' ',
  ),
);

export interface NovelInput {
  name: string;
  pdncText: string;
  pdncQuotes: { parts: Span[]; speaker: string }[];
  characters: { name: string; category: string }[];
  litbankText: string;
  /** Sentences from other novels, for fabricated quotations. */
  foreignSentences: string[];
}

/** Where a PDNC quotation is in the LitBank edition (null when its words differ there). */
export function locateTruth(
  novel: NovelInput,
  lit: PlainWords,
  pdncPlain: (s: string) => string[],
  parts: readonly Span[],
): Span | null {
  const first = pdncPlain(novel.pdncText.slice(parts[0]!.start, parts[0]!.end));
  const context = pdncPlain(novel.pdncText.slice(Math.max(0, parts[0]!.start - 300), parts[0]!.start));
  const p0 = bestByContext(lit, occurrences(lit, first), context);
  if (p0 === null || first.length === 0) return null;
  let endWord = p0 + first.length - 1;
  for (const part of parts.slice(1)) {
    const words = pdncPlain(novel.pdncText.slice(part.start, part.end));
    const next = occurrences(lit, words).find((p) => p > endWord && p - endWord < 80);
    if (next === undefined) return null;
    endWord = next + words.length - 1;
  }
  return { start: lit.starts[p0]!, end: lit.ends[endWord]! };
}

export function plantNovel(novel: NovelInput, seed: number, perCase: Record<CaseType, number>): Planted[] {
  const r = rng(seed);
  const lit = plainWords(novel.litbankText);
  const pdncPlain = (s: string) => plainWords(s).words;
  const planted: Planted[] = [];
  let n = 0;
  const id = () => `${novel.name}#${n++}`;
  const majors = novel.characters.filter((c) => c.category === 'major' || c.category === 'intermediate');
  const usable = novel.pdncQuotes.filter((q) => {
    const text = flat(q.parts.map((p) => novel.pdncText.slice(p.start, p.end)).join(' '));
    const words = text.split(' ').length;
    return words >= 6 && words <= 60 && !HAS_QUOTE_MARKS.test(text) && q.speaker && q.speaker !== 'nan';
  });
  shuffle(r, usable);
  const next = 0;
  const take = (filter: (q: (typeof usable)[number]) => boolean = () => true) => {
    for (let k = next; k < usable.length; k++) {
      const q = usable[k]!;
      if (filter(q)) {
        usable.splice(k, 1);
        return q;
      }
    }
    return null;
  };
  const claimFor = (speaker: string): { claimed: string | null; claimCorrect: boolean | null } => {
    const roll = r();
    if (roll < 0.45) return { claimed: speaker, claimCorrect: true };
    if (roll < 0.65) {
      const speakerWords = new Set(speaker.toLowerCase().split(/\W+/));
      const others = majors.filter(
        (c) =>
          c.name !== speaker &&
          !c.name
            .toLowerCase()
            .split(/\W+/)
            .some((w) => speakerWords.has(w)),
      );
      if (others.length > 0) return { claimed: pick(r, others).name, claimCorrect: false };
    }
    return { claimed: null, claimCorrect: null };
  };
  const real = (
    caseType: CaseType,
    make: (words: string[], text: string) => string | null,
    twoParts = false,
  ) => {
    // Altered/dropped/bracketed quotations are made from one-part quotations, so the only change is ours.
    const onePart = caseType === 'altered' || caseType === 'dropped' || caseType === 'bracket';
    const q = take((g) => (twoParts ? g.parts.length === 2 : onePart ? g.parts.length === 1 : true));
    if (!q) return;
    const partTexts = q.parts.map((p) => flat(novel.pdncText.slice(p.start, p.end)));
    // The parts of a quotation interrupted by narration are joined with an ellipsis, as a careful writer does.
    const text = partTexts.join(' … ');
    const truth = locateTruth(novel, lit, pdncPlain, q.parts);
    let written: string | null;
    if (caseType === 'split') {
      if (!/[,;!?—-]$/.test(partTexts[0]!) || partTexts[1]!.split(' ').length < 2) return;
      written = `${partTexts[0]}\u0000${partTexts[1]}`; // the review writer puts narration at \0
    } else written = make(text.split(' '), text);
    if (!written) return;
    // A bracketed substitution ("[the man]" for "he") puts the writer's words for the book's:
    // altered (the corpus labels' convention); "[sic]" changes nothing.
    const substituted = caseType === 'bracket' && !written.includes('[sic]');
    const expectedVerdict: Verdict =
      caseType === 'altered' || caseType === 'dropped' || substituted ? 'altered' : 'verbatim';
    planted.push({
      id: id(),
      caseType,
      written,
      expectedKind: 'passage',
      expectedVerdict,
      truth,
      editionDiffers: truth === null,
      ...claimFor(q.speaker),
      pdncSpeaker: q.speaker,
      reviewOffset: -1,
    });
  };
  for (let i = 0; i < perCase.verbatim; i++) real('verbatim', (_w, t) => t);
  for (let i = 0; i < perCase.split; i++) real('split', () => null, true);
  for (let i = 0; i < perCase.altered; i++) {
    real('altered', (words) => {
      const candidates = words
        .map((w, k) => ({ w, k }))
        .filter(({ w }) => {
          const p = w.toLowerCase().replace(/[^a-z]/g, '');
          return p.length >= 4 && !STOP.has(p);
        });
      if (candidates.length === 0 || words.length < 6) return null;
      const { w, k } = pick(r, candidates);
      const lower = w.toLowerCase();
      const sub = pick(
        r,
        SUBSTITUTES.filter((s) => !lower.includes(s.slice(0, 3))),
      );
      const trail = /[^\p{L}\p{N}]+$/u.exec(w)?.[0] ?? '';
      const lead = /^[^\p{L}\p{N}]+/u.exec(w)?.[0] ?? '';
      const out = [...words];
      out[k] =
        lead + (/^\p{Lu}/u.test(w.slice(lead.length)) ? sub[0]!.toUpperCase() + sub.slice(1) : sub) + trail;
      return out.join(' ');
    });
  }
  for (let i = 0; i < perCase.dropped; i++) {
    real('dropped', (words) => {
      if (words.length < 10) return null;
      const k = 2 + Math.floor(r() * (words.length - 5));
      return [...words.slice(0, k), ...words.slice(k + 2)].join(' ');
    });
  }
  for (let i = 0; i < perCase.elided; i++) {
    real('elided', (words) => {
      if (words.length < 12) return null;
      const from = 3 + Math.floor(r() * (words.length - 10));
      const len = 3 + Math.floor(r() * 3);
      const mark = pick(r, ['...', '…', '. . .', '[…]', '[...]']);
      return [...words.slice(0, from), mark, ...words.slice(from + len)].join(' ');
    });
  }
  for (let i = 0; i < perCase.bracket; i++) {
    real('bracket', (words) => {
      const k = words.findIndex((w, idx) => idx > 0 && /^(?:he|she|it|they|him|her)$/i.test(w));
      if (k < 0) return null;
      const out = [...words];
      const choice = pick(r, ['[the man]', '[Lady Russell]', '[their friend]', 'sic']);
      out[k] = choice === 'sic' ? `${words[k]} [sic]` : choice;
      return out.join(' ');
    });
  }
  for (let i = 0; i < perCase.midsentence; i++) {
    real('midsentence', (words) => {
      if (words.length < 8) return null;
      const rest = words.slice(2);
      const first = rest[0]!;
      rest[0] =
        r() < 0.5 ? first[0]!.toUpperCase() + first.slice(1) : first[0]!.toLowerCase() + first.slice(1);
      return rest.join(' ');
    });
  }
  // OCR slips: one letter of a long word misread (rn→m, l→1, e→c, h→b), as scanned editions have.
  for (let i = 0; i < perCase.ocr; i++) {
    real('ocr', (words) => {
      const long = words
        .map((w, k) => ({ w, k }))
        .filter(({ w }) => /^[a-z]{7,}$/.test(w.replace(/[^a-z]/g, '')) && /[lehm]|rn/.test(w));
      if (long.length === 0) return null;
      const { w, k } = pick(r, long);
      const slip = w.includes('rn')
        ? w.replace('rn', 'm')
        : w.replace(/[lehm]/, (c) => ({ l: '1', e: 'c', h: 'b', m: 'rn' })[c] ?? c);
      const out = [...words];
      out[k] = slip;
      return out.join(' ');
    });
  }
  // Fabricated: sentences of other novels that this novel does not contain.
  const foreign = shuffle(r, [...novel.foreignSentences]);
  const takeForeign = () => {
    while (foreign.length > 0) {
      const s = foreign.pop()!;
      if (occurrences(lit, pdncPlain(s)).length === 0) return s;
    }
    return null;
  };
  for (let i = 0; i < perCase.fabricated; i++) {
    const s = takeForeign();
    if (!s) break;
    const claim = r() < 0.4 && majors.length > 0 ? pick(r, majors).name : null;
    planted.push({
      id: id(),
      caseType: 'fabricated',
      written: s,
      expectedKind: 'passage',
      expectedVerdict: 'not_found',
      truth: null,
      editionDiffers: false,
      claimed: claim,
      claimCorrect: null,
      pdncSpeaker: null,
      reviewOffset: -1,
    });
  }
  for (let i = 0; i < perCase.external; i++) {
    const s = takeForeign();
    if (!s) break;
    planted.push({
      id: id(),
      caseType: 'external',
      written: s,
      expectedKind: 'external',
      expectedVerdict: 'not_checked',
      truth: null,
      editionDiffers: false,
      claimed: null,
      claimCorrect: null,
      pdncSpeaker: null,
      reviewOffset: -1,
    });
  }
  // Terms: a word the book uses a few times; and a coined word it never uses.
  const counts = new Map<string, number>();
  for (const w of lit.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const termPool = [...counts.entries()].filter(
    ([w, c]) => c >= 2 && c <= 40 && w.length >= 7 && /^[a-z]+$/.test(w),
  );
  for (let i = 0; i < perCase.term && termPool.length > 0; i++) {
    const [w] = pick(r, termPool);
    planted.push({
      id: id(),
      caseType: 'term',
      written: w,
      expectedKind: 'term',
      expectedVerdict: 'verbatim',
      truth: null,
      editionDiffers: false,
      claimed: null,
      claimCorrect: null,
      pdncSpeaker: null,
      reviewOffset: -1,
    });
  }
  const coined = ['hyperlocal', 'doomscrolling', 'gaslighting', 'selfie culture', 'glimmerous', 'upcycled'];
  for (let i = 0; i < perCase.term_absent; i++) {
    planted.push({
      id: id(),
      caseType: 'term_absent',
      written: pick(r, coined),
      expectedKind: 'term',
      expectedVerdict: 'not_found',
      truth: null,
      editionDiffers: false,
      claimed: null,
      claimCorrect: null,
      pdncSpeaker: null,
      reviewOffset: -1,
    });
  }
  const titles = ['A Long Walk Home', 'The Letter', 'Second Thoughts at Midnight', 'The Garden Party'];
  for (let i = 0; i < perCase.title; i++) {
    planted.push({
      id: id(),
      caseType: 'title',
      written: pick(r, titles),
      expectedKind: 'title',
      expectedVerdict: 'not_checked',
      truth: null,
      editionDiffers: false,
      claimed: null,
      claimCorrect: null,
      pdncSpeaker: null,
      reviewOffset: -1,
    });
  }
  return shuffle(r, planted);
}

const FILLER = [
  'The scene shows how the characters misread one another.',
  "The Bennets' house is never quiet, and it's the '90s of manners in every room.",
  'Nothing here is accidental; the rhythm of the prose does half the work.',
  "Readers of the 'tis-and-'twas school will find the dialogue brisk.",
  'What follows is a study in embarrassment and pride.',
  "The family's friends' opinions matter more than anyone admits.",
  'It is worth pausing over the timing of this moment.',
];

const CRITICS = [
  (q: string) => `As the critic Harold Bloom wrote in The New York Times, “${q}”`,
  (q: string) => `One reviewer in The Spectator complained that “${q}”`,
  (q: string) => `“${q}” (Tanner 1972).`,
  (q: string) => `In an interview, the novelist Zadie Smith said: “${q}”`,
];

interface Marks {
  open: string;
  close: string;
}

const MARKS: Record<Exclude<ReviewStyle, 'block' | 'html'>, Marks> = {
  curly: { open: '“', close: '”' },
  british: { open: '‘', close: '’' },
  straight: { open: '"', close: '"' },
};

/**
 * Assemble one review around planted quotations. Returns the review text; sets each planted
 * quotation's `reviewOffset` to where its written words start.
 */
export function writeReview(planted: Planted[], style: ReviewStyle, r: () => number): string {
  const marks = style === 'british' ? MARKS.british : style === 'straight' ? MARKS.straight : MARKS.curly;
  const paragraphs: { text: string; offsets: { p: Planted; at: number }[]; block: boolean }[] = [];
  for (const p of planted) {
    let text = '';
    const offsets: { p: Planted; at: number }[] = [];
    const q = (s: string) => {
      offsets.push({ p, at: text.length + marks.open.length });
      return `${marks.open}${s}${marks.close}`;
    };
    const filler = pick(r, FILLER);
    const blockable = style === 'block' || (style === 'html' && r() < 0.5);
    if (p.caseType === 'external') {
      const make = pick(r, CRITICS);
      const sentence = make('\u0001');
      const at = sentence.indexOf('\u0001');
      text = `${filler} ${sentence.slice(0, at)}`;
      offsets.push({ p, at: text.length });
      text += p.written + sentence.slice(at + 1);
      paragraphs.push({ text, offsets, block: false });
      continue;
    }
    if (p.caseType === 'term' || p.caseType === 'term_absent') {
      text = `${filler} The narrator's ${q(p.written)} is a telling choice.`;
      paragraphs.push({ text, offsets, block: false });
      continue;
    }
    if (p.caseType === 'title') {
      text = `${filler} The chapter titled ${q(p.written)} changes the tone.`;
      paragraphs.push({ text, offsets, block: false });
      continue;
    }
    if (p.caseType === 'split') {
      const [a, b] = p.written.split('\u0000') as [string, string];
      const who = p.claimed ?? 'someone';
      text = `${filler} `;
      text += q(a);
      text += p.claimed ? ` ${who} says, ` : ' she goes on, ';
      text += q(b);
      text += '.';
      paragraphs.push({ text, offsets, block: false });
      continue;
    }
    if (blockable && p.written.split(' ').length >= 8) {
      const intro = p.claimed ? `${p.claimed} says:` : 'Consider this passage:';
      paragraphs.push({ text: `${filler} ${intro}`, offsets: [], block: false });
      paragraphs.push({ text: p.written, offsets: [{ p, at: 0 }], block: true });
      continue;
    }
    const form = Math.floor(r() * 3);
    if (p.claimed && form === 0) text = `${filler} ${p.claimed} says: ${q(p.written)}`;
    else if (p.claimed && form === 1) text = `${filler} As ${p.claimed} puts it, ${q(p.written)}`;
    else if (p.claimed) {
      const w = p.written.replace(/[.;:]$/, ',');
      text = `${filler} ${q(/[,!?]$/.test(w) ? w : `${w},`)} ${p.claimed} says.`;
    } else if (form === 0) text = `${filler} Consider the line ${q(p.written)}`;
    else text = `${filler} The novel turns on it: ${q(p.written)}`;
    paragraphs.push({ text, offsets, block: false });
  }
  // Join; HTML wraps and escapes, Markdown/plain uses blank lines and "> " for blocks.
  let out = style === 'html' ? '<!doctype html><html><body><h1>A review</h1>\n' : '# A review\n\n';
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const para of paragraphs) {
    if (style === 'html') {
      // Offsets in HTML are found after conversion (by text search); keep them relative.
      const open = para.block ? '<blockquote><p>' : '<p>';
      const close = para.block ? '</p></blockquote>' : '</p>';
      out += `${open}${esc(para.text)}${close}\n`;
      for (const o of para.offsets) o.p.reviewOffset = -2; // located after conversion
    } else {
      const prefix = para.block ? '> ' : '';
      for (const o of para.offsets) o.p.reviewOffset = out.length + prefix.length + o.at;
      out += `${prefix}${para.text}\n\n`;
    }
  }
  if (style === 'html') out += '</body></html>\n';
  return out;
}

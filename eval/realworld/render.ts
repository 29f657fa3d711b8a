/**
 * Page reconstructions for `npm run eval:realworld`. The corpus keeps, for each real quotation, only
 * the words, the credit as the page wrote it and free-text descriptions of how it was credited
 * (`credit_form`) and set off (`set_off`); the pages themselves are not kept. This module maps those
 * descriptions into families and writes one page per URL in that style, Markdown or HTML, choosing
 * among several phrasings per family with a seeded PRNG so that no figure depends on one template.
 */
import type { Book } from '../../src/book/types.js';
import { pick, rng } from '../check/plant.js';
import { plainWords } from '../check/truth.js';
import type { GoldCharacter, GoldQuote } from '../pdnc.js';

export interface RwRow {
  id: string;
  novel: string;
  url: string;
  quote: string;
  claimed_speaker: string | null;
  credit_form: string;
  set_off: string;
  truth_verdict: 'verbatim' | 'altered' | 'not_found';
  truth_location: [number, number] | null;
  true_speaker: string | null;
  truth_attribution: 'supported' | 'contradicted' | 'n/a' | 'unsure';
  note: string;
}

export interface NovelCtx {
  title: string;
  author: string;
  authorShort: string;
  text: string;
  book: Book;
  quotes: GoldQuote[];
  characters: GoldCharacter[];
  /** Python code-point offset → UTF-16 offset in `text`. */
  toU: (cp: number) => number;
}

export type CreditFamily =
  | 'heading / page title'
  | 'name or dash after'
  | 'related-characters tag'
  | 'parenthesis'
  | 'screenplay prefix'
  | 'inline tag'
  | 'prose before'
  | 'prose after'
  | 'author credit'
  | 'title/chapter line after'
  | 'none';

export type CreditKind = 'name' | 'initial' | 'description' | 'pronoun' | 'narrator' | 'author' | 'none';

export type SetOffFamily =
  | 'marks in prose'
  | 'no marks in prose'
  | 'own paragraph, marks'
  | 'own paragraph, no marks'
  | 'block quote, marks'
  | 'block quote, no marks'
  | 'list item, marks'
  | 'list item, no marks'
  | 'dialogue lines'
  | 'run-in list'
  | 'label Quote:'
  | 'heading with marks';

export function creditFamily(row: RwRow): CreditFamily {
  const f = row.credit_form;
  if (/author/.test(f) && !/page topic/.test(f)) return 'author credit';
  if (/^(?:heading|section heading|page title|page heading|page topic|none \(page heading)/.test(f))
    return 'heading / page title';
  if (/^(?:dash line after|name on line after|name run-in after)/.test(f)) return 'name or dash after';
  if (/related-characters|^tag after/.test(f)) return 'related-characters tag';
  if (/^parenthetical/.test(f)) return 'parenthesis';
  if (/^(?:screenplay|bracketed name prefix)/.test(f)) return 'screenplay prefix';
  if (/inline tag/.test(f)) return 'inline tag';
  if (/^(?:prose after|gloss after)/.test(f)) return 'prose after';
  if (/^prose/.test(f)) return 'prose before';
  if (/^(?:chapter|title) credit after/.test(f)) return 'title/chapter line after';
  return 'none';
}

const PRONOUN = /^(?:he|she|i|they|him|her)$/i;

export const normName = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function isAuthorName(name: string, nov: NovelCtx): boolean {
  const n = normName(name);
  return n === normName(nov.author) || n === normName(nov.authorShort);
}

export function creditKind(row: RwRow, nov: NovelCtx): CreditKind {
  const c = row.claimed_speaker;
  if (!c) return creditFamily(row) === 'author credit' ? 'author' : 'none';
  if (PRONOUN.test(c)) return 'pronoun';
  if (/narrator/i.test(c)) return 'narrator';
  if (isAuthorName(c, nov)) return 'author';
  if (/^[A-Z]{1,3}$/.test(c)) return 'initial';
  const aliases = new Set(nov.characters.flatMap((ch) => [ch.name, ...ch.aliases]).map(normName));
  if (/^(?:a|an|the) \p{Ll}/u.test(c) && !aliases.has(normName(c))) return 'description';
  return 'name';
}

/** The person a pronoun credit stands for: from the note ("pronoun credit (Eeyore)"), else the true speaker. */
export function pronounReferent(row: RwRow): string | null {
  if (/^i$/i.test(row.claimed_speaker ?? '')) return row.true_speaker;
  const m =
    /pronoun credit \(([^)]+?)(?: in context)?\)/.exec(row.note) ??
    /from (\p{Lu}\p{L}+)'s letter/u.exec(row.note);
  return m?.[1] ?? row.true_speaker;
}

function hasMarks(row: RwRow, r: () => number, seen: Map<string, boolean>): boolean {
  const setOff = row.set_off;
  if (/no marks/.test(setOff)) return false;
  if (/quote marks|nested marks/.test(setOff)) return true;
  if (creditFamily(row) === 'inline tag') return true;
  // "block quote", "list item": the page's marks are not recorded; one choice per page
  let m = seen.get(setOff);
  if (m === undefined) {
    m = r() < 0.5;
    seen.set(setOff, m);
  }
  return m;
}

export function setOffFamily(row: RwRow, marks: boolean): SetOffFamily {
  const s = row.set_off;
  const fam = creditFamily(row);
  if (/^label/.test(s)) return 'label Quote:';
  if (/numbered heading/.test(s)) return 'heading with marks';
  if (/run-in list|^run-in, no marks/.test(s)) return 'run-in list';
  if (/run-in sentence/.test(s)) return 'no marks in prose';
  if (/block quote/.test(s)) return marks ? 'block quote, marks' : 'block quote, no marks';
  if (/list item|bulleted item/.test(s)) return marks ? 'list item, marks' : 'list item, no marks';
  if (/dialogue|play script/.test(s) || fam === 'screenplay prefix') return 'dialogue lines';
  if (/own paragraph|speech segments|epigraph|letter block/.test(s))
    return marks ? 'own paragraph, marks' : 'own paragraph, no marks';
  if (/in prose|^run-in/.test(s)) return 'marks in prose';
  // plain "quote marks": in a sentence when the credit is written in prose, else on its own
  return fam === 'inline tag' || fam === 'prose before' || fam === 'none'
    ? 'marks in prose'
    : 'own paragraph, marks';
}

// ---------------------------------------------------------------------------------------------
// Blocks and serialisation

export type Block =
  | { t: 'h'; level: number; text: string }
  | { t: 'p'; lines: string[] }
  | { t: 'bq'; paras: string[] }
  | { t: 'list'; ordered: boolean; items: string[] }
  | { t: 'table'; header: string[]; rows: string[][] };

/** Marks emphasis (italics) in block text: `${EM}title${EM}`. */
export const EM = '\u0002';

export function escHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function inlineMd(s: string): string {
  return s.replace(new RegExp(`${EM}([^${EM}]*)${EM}`, 'g'), '*$1*');
}

function inlineHtml(s: string): string {
  return escHtml(s).replace(new RegExp(`${EM}([^${EM}]*)${EM}`, 'g'), '<em>$1</em>');
}

export function serialise(b: Block, html: boolean, bullet = '- '): string {
  if (b.t === 'table') {
    if (html)
      return `<table>\n<tr>${b.header.map((h) => `<th>${inlineHtml(h)}</th>`).join('')}</tr>\n${b.rows
        .map((row) => `<tr>${row.map((c) => `<td>${inlineHtml(c)}</td>`).join('')}</tr>`)
        .join('\n')}\n</table>`;
    const cell = (c: string) => inlineMd(c).replace(/\|/g, '\\|');
    return [
      `| ${b.header.map(cell).join(' | ')} |`,
      `|${b.header.map(() => '---').join('|')}|`,
      ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    ].join('\n');
  }
  if (html) {
    if (b.t === 'h') return `<h${b.level}>${inlineHtml(b.text)}</h${b.level}>`;
    if (b.t === 'p') return `<p>${b.lines.map(inlineHtml).join('<br>\n')}</p>`;
    if (b.t === 'bq')
      return `<blockquote>\n${b.paras.map((p) => `<p>${inlineHtml(p).replace(/\n/g, '<br>\n')}</p>`).join('\n')}\n</blockquote>`;
    const tag = b.ordered ? 'ol' : 'ul';
    return `<${tag}>\n${b.items.map((i) => `<li>${inlineHtml(i).replace(/\n/g, '<br>\n')}</li>`).join('\n')}\n</${tag}>`;
  }
  if (b.t === 'h') return `${'#'.repeat(b.level)} ${inlineMd(b.text)}`;
  if (b.t === 'p') return b.lines.map(inlineMd).join('\n');
  if (b.t === 'bq')
    return b.paras
      .map((p) =>
        inlineMd(p)
          .split('\n')
          .map((l) => `> ${l}`)
          .join('\n'),
      )
      .join('\n>\n');
  return b.items
    .map((it, i) => `${b.ordered ? `${i + 1}. ` : bullet}${inlineMd(it).replace(/\n/g, '\n   ')}`)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Pieces of text

interface Marks {
  open: string;
  close: string;
  innerOpen: string;
  innerClose: string;
}

const MARK_STYLES: Marks[] = [
  { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
  { open: '"', close: '"', innerOpen: "'", innerClose: "'" },
  { open: '‘', close: '’', innerOpen: '“', innerClose: '”' },
];

/** How a mis-encoded page shows curly marks (UTF-8 read as Windows-1252). */
function mojibake(s: string): string {
  return s
    .replace(/“/g, 'â€œ')
    .replace(/”/g, 'â€\u009d')
    .replace(/’/g, 'â€™')
    .replace(/‘/g, 'â€˜')
    .replace(/―/g, 'â€•');
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const FILLERS = [
  'This is one of the lines readers remember.',
  'The moment is worth pausing over.',
  'Few passages in the book are quoted as often.',
  'It is a small scene, but it carries a great deal.',
  'The tone here is hard to pin down.',
  'I keep coming back to this part of the book.',
  'The wit is all in the timing.',
];

const SITUATIONS = [
  'the conversation turns to marriage',
  'the two are left alone for a moment',
  'the news of the visit arrives',
  'the party is breaking up',
  'an old quarrel comes up again',
];

const THEMES = ['Love and Marriage', 'Class', 'Pride', 'Appearances', 'Friendship', 'Growing Up'];

/** A name for a character as a reader writes it: the main name or one of the book's aliases. */
function readerName(c: GoldCharacter, r: () => number): string {
  const plain = c.aliases.filter((a) => a.length > 2 && !/^(?:the|a|an) /i.test(a));
  const name = r() < 0.5 || plain.length === 0 ? c.name : pick(r, plain);
  return name.replace(/^The /, 'the ');
}

const TITLE_WORDS = new Set([
  'the',
  'a',
  'an',
  'mr',
  'mrs',
  'miss',
  'ms',
  'dr',
  'sir',
  'lady',
  'lord',
  'capt',
  'captain',
  'mademoiselle',
  'madame',
]);
const RANK: Record<string, number> = { major: 0, intermediate: 1, minor: 2 };

/** The book's character a name stands for: by any alias, else by the name's words without titles. */
function characterNamed(nov: NovelCtx, name: string | null): GoldCharacter | null {
  if (!name) return null;
  const n = normName(name);
  const exact = nov.characters.find(
    (c) => normName(c.name) === n || c.aliases.some((a) => normName(a) === n),
  );
  if (exact) return exact;
  const core = n.split(' ').filter((w) => !TITLE_WORDS.has(w));
  if (core.length === 0) return null;
  const fits = nov.characters.filter((c) =>
    [c.name, ...c.aliases].some((a) => {
      const ws = new Set(normName(a).split(' '));
      return core.every((w) => ws.has(w));
    }),
  );
  fits.sort((a, b) => (RANK[a.category] ?? 3) - (RANK[b.category] ?? 3));
  return fits[0] ?? null;
}

/** The PDNC quotations under a row's truth location. */
function goldAt(row: RwRow, nov: NovelCtx): GoldQuote[] {
  if (!row.truth_location) return [];
  const s = nov.toU(row.truth_location[0]);
  const e = nov.toU(row.truth_location[1]);
  return nov.quotes.filter((q) => q.parts.some((p) => p.end > s && p.start < e));
}

/** Who the quotation is addressed to, per PDNC; else another major character. */
function addresseeOf(row: RwRow, nov: NovelCtx, r: () => number): string {
  const speaker = characterNamed(nov, row.claimed_speaker ?? row.true_speaker);
  for (const q of goldAt(row, nov)) {
    for (const a of q.addressees) {
      const c = characterNamed(nov, a);
      if (c && c !== speaker) return readerName(c, r);
    }
  }
  const majors = nov.characters.filter((c) => c.category === 'major' && c !== speaker);
  return majors.length > 0 ? readerName(pick(r, majors), r) : 'the others';
}

function otherCharacter(nov: NovelCtx, not: (string | null)[], r: () => number): string {
  const skip = new Set(not.filter((x): x is string => !!x).map((x) => characterNamed(nov, x)));
  const pool = nov.characters.filter(
    (c) => (c.category === 'major' || c.category === 'intermediate') && !skip.has(c),
  );
  return pool.length > 0 ? readerName(pick(r, pool), r) : 'the others';
}

/** Chapter number (1-based) and paragraph within it of a row's truth location. */
function chapterRef(row: RwRow, nov: NovelCtx, r: () => number): { ch: number; para: number } {
  const chapters = nov.book.structure.chapters;
  if (!row.truth_location || chapters.length === 0)
    return { ch: 1 + Math.floor(r() * Math.max(1, chapters.length)), para: 1 + Math.floor(r() * 30) };
  const at = nov.toU(row.truth_location[0]);
  let ci = chapters.findIndex((c) => c.start <= at && at < c.end);
  if (ci < 0) ci = 0;
  const paras = nov.book.structure.paragraphs.filter((p) => p.start >= chapters[ci]!.start && p.start <= at);
  return { ch: ci + 1, para: Math.max(1, paras.length) };
}

/**
 * Where a quotation that the page split around the book's speech tag was split: the corpus keeps the
 * parts joined by a space, so the split is found from PDNC's quotation parts at the truth location.
 */
function splitPoints(row: RwRow, quote: string, nov: NovelCtx): { at: number; narration: string }[] {
  if (!/split around narration/.test(row.note) || !row.truth_location) return [];
  const s = nov.toU(row.truth_location[0]);
  const e = nov.toU(row.truth_location[1]);
  const parts = goldAt(row, nov)
    .flatMap((q) => q.parts)
    .filter((p) => p.end > s && p.start < e)
    .sort((a, b) => a.start - b.start);
  const qw = plainWords(quote);
  const out: { at: number; narration: string }[] = [];
  let count = 0;
  for (let i = 0; i + 1 < parts.length; i++) {
    const part = parts[i]!;
    const piece = plainWords(nov.text.slice(Math.max(s, part.start), Math.min(e, part.end))).words;
    count += piece.length;
    const gapStart = part.end;
    const gapEnd = parts[i + 1]!.start;
    if (gapEnd <= gapStart || gapStart < s || gapEnd > e) continue;
    const lastWord = piece[piece.length - 1];
    // the row may differ slightly from the book: look for the part's last word near the expected place
    let k = -1;
    for (const d of [0, -1, 1, -2, 2, -3, 3]) {
      if (qw.words[count - 1 + d] === lastWord) {
        k = count + d;
        break;
      }
    }
    if (k <= 0 || k >= qw.words.length) continue;
    let at = qw.ends[k - 1]!;
    while (at < quote.length && !/\s/.test(quote[at]!)) at++;
    const narration = nov.text
      .slice(gapStart, gapEnd)
      .replace(/\s+/g, ' ')
      .replace(/^[\s"'“”‘’,;:.—–-]+|[\s"'“”‘’,;:.—–-]+$/g, '');
    if (narration) out.push({ at, narration });
  }
  return out;
}

/** A long narration between the parts is cut to its first clause ("replied Mr. Collins, looking…" → "replied Mr. Collins"). */
function shortNarration(n: string): string {
  const words = n.split(' ');
  if (words.length <= 12) return n;
  const cut = /^[^,;:.!?—]+/.exec(n)?.[0] ?? words.slice(0, 8).join(' ');
  return cut.trim();
}

// ---------------------------------------------------------------------------------------------
// One row

export interface Rendered {
  row: RwRow;
  creditFamily: CreditFamily;
  creditKind: CreditKind;
  setOffFamily: SetOffFamily;
  /** The name the page gave for a pronoun credit, earlier on the page. */
  referent: string | null;
  /** The addressee the page named, when it named one. */
  addressee: string | null;
  /** Whether the quotation was written split around a speech tag. */
  split: boolean;
  snippet: string;
}

interface Unit {
  before: Block[];
  /** The quotation with any credit on its own line/paragraph: what goes into the container. */
  body: string;
  container: 'p' | 'bq' | 'li' | 'dlg' | 'runin' | 'h';
  after: Block[];
}

function fill(tpl: string, x: string, y: string): string {
  return tpl.replace(/\bX\b/g, x).replace(/\bY\b/g, y);
}

/** The speech verbs a lead ends with ("Alice asks, “…”"); otherwise the lead ends with a colon. */
const LEAD_VERB =
  /(?:says?|said|asks?|asked|responds?|replies|replied|declares?|tells \S+(?: \S+)?|to \S+(?: \S+)?|cried|shouted(?: in reply)?|answers(?: thus)?|proclaims|laughingly|writes(?: home)?)$/;

function lead(tpl: string): string {
  return LEAD_VERB.test(tpl) ? `${tpl}, ` : `${tpl}: `;
}

export interface PageOptions {
  html: boolean;
  seed: number;
}

export interface Page {
  url: string;
  novel: string;
  text: string;
  format: 'md' | 'html';
  rendered: Rendered[];
}

export function renderPage(rows: RwRow[], nov: NovelCtx, opts: PageOptions): Page {
  const r = rng(opts.seed);
  const marksStyle = r() < 0.6 ? MARK_STYLES[0]! : r() < 0.75 ? MARK_STYLES[1]! : MARK_STYLES[2]!;
  const bullet = pick(r, ['- ', '* ']);
  const dialogueAsParagraphs = r() < 0.5;
  const blocks: Block[] = [];
  const rowBlocks: { first: number; last: number }[] = [];
  const rendered: Rendered[] = [];
  const T = `${EM}${nov.title}${EM}`;
  const A = r() < 0.5 ? nov.author : nov.authorShort;

  // Page title: a character's quote page, or a page about the novel.
  const titleRow = rows.find((x) =>
    /^(?:page title|page heading|page topic|none \(page heading)/.test(x.credit_form),
  );
  let pageName: string | null = null;
  let h1: string;
  if (titleRow) {
    pageName =
      titleRow.claimed_speaker ??
      (() => {
        const c = characterNamed(nov, titleRow.true_speaker);
        return c ? readerName(c, r) : 'the hero';
      })();
    const f = titleRow.credit_form;
    if (/page title: X to Y/.test(f))
      h1 = `The perfect love letter: ${pageName} to ${addresseeOf(titleRow, nov, r)}`;
    else if (/page topic/.test(f)) h1 = pick(r, [`${pageName}: a character profile`, `Meet ${pageName}`]);
    else if (/none \(page heading/.test(f)) h1 = `${pageName}: quotes by and about the character`;
    else
      h1 = pick(r, [
        `${pageName} Quotes`,
        `Quotes by ${pageName}`,
        `Every line of dialogue by ${pageName}`,
        `Quotations from ${pageName}`,
        `The best of ${pageName}`,
      ]);
  } else {
    h1 = pick(r, [
      `${nov.title} Quotes`,
      `Top ten quotes: ${nov.title}`,
      `What I'm reading: ${nov.title}`,
      `${nov.title}, quotes explained`,
      `Notes on ${nov.title}`,
    ]);
  }
  blocks.push({ t: 'h', level: 1, text: h1 });
  blocks.push({
    t: 'p',
    lines: [
      pick(r, [
        `${A}'s ${T} is full of lines worth remembering; here are some of them, with a word on each.`,
        `I finally read ${T} by ${nov.author} this month, and I marked more passages than I expected.`,
        `${T} (by ${A}) rewards slow reading. These are the passages our class kept returning to.`,
        `Few novels are quoted as often as ${A}'s ${T}. Below, the lines and who says them.`,
        `In ${T}, ${A} gives every character a voice of their own.`,
      ]),
    ],
  });
  if (titleRow && /gloss naming|page topic/.test(titleRow.credit_form) && pageName) {
    blocks.push({ t: 'p', lines: [`Nobody in the book talks quite like ${pageName}.`] });
  }

  let lastHeading: string | null = null;
  const marksSeen = new Map<string, boolean>();
  for (const row of rows) {
    const fam = creditFamily(row);
    const kind = creditKind(row, nov);
    const marks = hasMarks(row, r, marksSeen);
    const so = setOffFamily(row, marks);
    const mojib = /mis-encoded/.test(row.set_off);
    const X = row.claimed_speaker ?? '';
    let addressee: string | null = null;
    const Y = () => {
      addressee ??= addresseeOf(row, nov, r);
      return addressee;
    };
    const ref = chapterRef(row, nov, r);
    // a name as the page would print it ("Winnie-the-pooh" → "Winnie-the-Pooh")
    const referent =
      kind === 'pronoun'
        ? (pronounReferent(row)?.replace(
            /(^|[\s-])(\p{Ll})(\p{L}*)$/u,
            (_m, s: string, a: string, b: string) => s + a.toUpperCase() + b,
          ) ?? null)
        : null;

    // the quotation text, with inner marks turned to the inner style
    let words = row.quote.replace(/\s+/g, ' ').trim();
    if (marks) words = words.replace(/"([^"]*)"/g, `${marksStyle.innerOpen}$1${marksStyle.innerClose}`);
    const q = (s: string) => (marks ? `${marksStyle.open}${s}${marksStyle.close}` : s);
    const withComma = (s: string) => (/[,!?—–-]$/.test(s) ? s : `${s.replace(/[.;:]$/, '')},`);

    // split around the tag?
    const splits = splitPoints(row, words, nov);
    const inlineTpl =
      /^prose: (.+?) \(inline tag\)$/.exec(row.credit_form)?.[1] ??
      /\+ inline (.+)$/.exec(row.credit_form)?.[1]?.replace(/^tag$/, 'said X') ??
      null;
    const tagOf = (tpl: string) => fill(tpl, X, /\bY\b/.test(tpl) ? Y() : '');
    let body: string;
    const unit: Unit = { before: [], body: '', container: 'p', after: [] };
    // a page quoting the book's passage keeps the book's tag; one crediting in its own prose does not
    const splitWritten =
      splits.length > 0 &&
      (fam === 'inline tag' ||
        (marks && fam !== 'prose before' && fam !== 'prose after' && fam !== 'screenplay prefix'));
    if (splitWritten) {
      // “a,” said X, “b”: the first gap gets the page's tag (or the book's), others the book's narration
      let from = 0;
      body = '';
      splits.forEach((sp, i) => {
        const a = words.slice(from, sp.at).trim();
        const tag = i === 0 && inlineTpl ? tagOf(inlineTpl) : shortNarration(sp.narration);
        const next = words.slice(sp.at).trim();
        body += `${q(withComma(a))} ${tag}${/^\p{Ll}/u.test(next) ? ',' : '.'} `;
        from = sp.at;
      });
      body += q(words.slice(from).trim());
    } else if (fam === 'inline tag' && inlineTpl) {
      const tag = tagOf(inlineTpl);
      const nameFirst = !/^(?:said|cried|asked|observed|says)\b/.test(inlineTpl);
      if (nameFirst && r() < 0.5) body = `${cap(tag)}, ${q(words)}`;
      else body = `${q(withComma(words))} ${tag}.`;
    } else body = q(words);

    // Credits written around the quotation
    const credited = X !== '' && kind !== 'none';
    const dashLine = (name: string) =>
      pick(r, [
        `— ${name}`,
        `- ${name}`,
        `– ${name}, ${nov.title}`,
        `―${name}`,
        `— ${name} (Chapter ${ref.ch})`,
      ]);
    switch (fam) {
      case 'heading / page title': {
        if (/^(?:heading above|section heading above)/.test(row.credit_form)) {
          const heading = pick(r, [
            X,
            `${X} (${ref.ch}.${ref.para})`,
            `${X}, Chapter ${ref.ch}`,
            `Quote by ${X}`,
          ]);
          if (X !== lastHeading) {
            if (r() < 0.25 && !opts.html) unit.before.push({ t: 'p', lines: [`**${heading}**`] });
            else unit.before.push({ t: 'h', level: r() < 0.5 ? 2 : 3, text: heading });
          }
          lastHeading = X;
        }
        if (/\+ author credit/.test(row.credit_form))
          unit.after.push({ t: 'p', lines: [`― ${nov.author}, ${T}`] });
        if (/gloss naming/.test(row.credit_form))
          unit.after.push({
            t: 'p',
            lines: [
              pick(r, [`Pure ${X}.`, `Nobody but ${X} could say it.`, `Classic ${X}, in chapter ${ref.ch}.`]),
            ],
          });
        break;
      }
      case 'name or dash after': {
        let line: string;
        if (/^dash line after/.test(row.credit_form)) line = dashLine(X);
        else if (/^name run-in after/.test(row.credit_form)) {
          body += pick(r, [` — ${X}`, ` ~${X}`, ` – ${X}`]);
          break;
        } else line = pick(r, [X, `${X}, in ${T}`, `${X} (Chapter ${ref.ch})`, `— ${X}`]);
        if (so === 'run-in list')
          body += ` ${line.startsWith('—') || line.startsWith('-') ? line : `— ${line}`}`;
        else if (so === 'list item, marks' || so === 'list item, no marks' || r() < 0.5) body += `\n${line}`;
        else unit.after.push({ t: 'p', lines: [line] });
        break;
      }
      case 'related-characters tag': {
        const lines: string[] = [];
        if (/X \(speaker\), Y \(speaker\)/.test(row.credit_form))
          lines.push(`Related Characters: ${X} (speaker), ${Y()} (speaker)`);
        else if (credited)
          lines.push(
            pick(r, [
              `Related Characters: ${X} (speaker)`,
              `Related Characters: ${X} (speaker), ${Y()}`,
              `Related Characters: ${Y()}, ${X} (speaker)`,
            ]),
          );
        else {
          const a = characterNamed(nov, row.true_speaker);
          lines.push(
            `Related Characters: ${a ? readerName(a, r) : otherCharacter(nov, [], r)}, ${otherCharacter(nov, [row.true_speaker], r)}`,
          );
        }
        if (r() < 0.5) lines.push(`Related Themes: ${pick(r, THEMES)}`);
        if (r() < 0.5) lines.push(`Page Number: ${10 + Math.floor(r() * 300)}`);
        unit.after.push({ t: 'p', lines });
        unit.after.push({ t: 'p', lines: [`Explanation and Analysis: ${pick(r, FILLERS)}`] });
        break;
      }
      case 'parenthesis': {
        if (credited) body += pick(r, [` (${X})`, ` (${X} to ${Y()})`, ` (${X}, ch. ${ref.ch})`]);
        else {
          const a = characterNamed(nov, row.true_speaker);
          const one = a ? readerName(a, r) : otherCharacter(nov, [], r);
          const two = Y();
          body +=
            r() < 0.5
              ? ` (${one} and ${two}, chapter ${ref.ch})`
              : ` (${two} and ${one}, on ${pick(r, ['novels', 'reading', 'the weather'])})`;
        }
        break;
      }
      case 'screenplay prefix': {
        let who = X;
        if (/play script/.test(row.set_off) && r() < 0.6) who = X.toUpperCase();
        if (/bracketed/.test(row.credit_form)) body = `[${who}:] ${body}`;
        else body = `${who}${/play script/.test(row.set_off) && r() < 0.5 ? '.' : ':'} ${body}`;
        if (/interview/.test(row.credit_form))
          body = `Q: ${pick(r, ['What is your advice for a bad day?', 'Any words of wisdom?', 'What matters most?'])}\n${body}`;
        break;
      }
      case 'inline tag':
        break; // written into the body above
      case 'prose before': {
        const own = /^prose(?: before)?: (.+)$/.exec(row.credit_form)?.[1] ?? '';
        let leadText: string;
        const ownUsable = own && /\bX\b/.test(own) && !/\.\.\.|…/.test(own) && r() < 0.5;
        if (kind === 'pronoun')
          leadText =
            own && /\bX\b/.test(own) && !/\.\.\.|…/.test(own) ? lead(fill(own, X, Y())) : `${X} says, `;
        else if (!credited)
          leadText =
            own && !/\bX\b/.test(own) ? lead(own.replace(/ \.\.\..*$/, '')) : 'As one character puts it, ';
        else if (ownUsable) leadText = lead(fill(own, X, /\bY\b/.test(own) ? Y() : ''));
        else if (/letter/.test(row.credit_form))
          leadText = pick(r, [
            `${X}'s letter to ${Y()}: `,
            `The love letter that ${X} wrote to ${Y()}: `,
            `In ${X}'s letter: `,
          ]);
        else if (/\bY\b/.test(own))
          leadText = pick(r, [
            `${X} tells ${Y()}, `,
            `${X} says to ${Y()}, `,
            `Speaking to ${Y()}, ${X} says, `,
          ]);
        else
          leadText = pick(r, [
            `${X} says, `,
            `As ${X} puts it, `,
            `In ${X}'s words, `,
            `${X} says of ${otherCharacter(nov, [X], r)}, `,
            `These lines were uttered by ${X}: `,
            `Here is ${X}: `,
          ]);
        if (kind === 'narrator')
          leadText = pick(r, [
            'As the narrator says, ',
            'The narrator tells us that ',
            "In the narrator's words, ",
          ]);
        if (so === 'marks in prose' || so === 'no marks in prose') body = `${cap(leadText)}${body}`;
        else unit.before.push({ t: 'p', lines: [cap(leadText.trim().replace(/,$/, ':'))] });
        break;
      }
      case 'prose after': {
        const own = /^(?:prose after|gloss after): (.+)$/.exec(row.credit_form)?.[1] ?? '';
        let sentence: string;
        if (own && /\bX\b/.test(own) && !/\.\.\.|…/.test(own) && r() < 0.5)
          sentence = `${cap(fill(own, X, /\bY\b/.test(own) ? Y() : ''))}.`;
        else if (/\bY\b/.test(own))
          sentence = pick(r, [`This quote is spoken by ${X} to ${Y()}.`, `${X} says this to ${Y()}.`]);
        else
          sentence = pick(r, [
            `These lines were uttered by ${X} when ${pick(r, SITUATIONS)}.`,
            `This quote is spoken by ${X} in chapter ${ref.ch}.`,
            `${X} says this when ${pick(r, SITUATIONS)}.`,
            `The speaker is ${X}.`,
            `Here ${X} explains what is at stake.`,
          ]);
        unit.after.push({ t: 'p', lines: [sentence] });
        break;
      }
      case 'author credit': {
        const who = kind === 'author' && X ? X : r() < 0.5 ? nov.author : nov.authorShort;
        if (so === 'marks in prose' || so === 'no marks in prose')
          body = `${pick(r, [`${who} writes, `, `As ${who} writes in ${T}, `, `${who} puts it this way: `])}${body}`;
        else if (/dash line after/.test(row.credit_form) || r() < 0.7)
          body += `\n${pick(r, [`― ${who}, ${T}`, `— ${who}`, `- ${who}, ${T}`])}`;
        else unit.before.push({ t: 'p', lines: [pick(r, [`${who} writes:`, `From ${who}:`])] });
        break;
      }
      case 'title/chapter line after':
        body += `\n${/chapter/.test(row.credit_form) ? `— ${T}, Chapter ${ref.ch}` : `― ${T}`}`;
        break;
      case 'none':
        break;
    }

    // A pronoun credit: the page named the person earlier, in this paragraph or the one before.
    let namedBefore: string | null = null;
    if (kind === 'pronoun' && referent && !/^i$/i.test(X)) {
      namedBefore = pick(r, [
        `Take ${referent}, for instance.`,
        `Consider ${referent} here.`,
        `This is ${referent} at a turning point.`,
        `${referent} comes into the scene at this point.`,
      ]);
    }

    // The container, by how the page set the quotation off
    switch (so) {
      case 'marks in prose':
      case 'no marks in prose': {
        const framed =
          fam === 'none' || fam === 'title/chapter line after'
            ? pick(r, [
                `The line ${body} says it all.`,
                `It is hard to forget ${body}`,
                `The chapter turns on ${body}`,
                `Here the novel gives us ${body}`,
              ])
            : body;
        const end = /[.!?…"”’)]$/.test(framed) ? '' : '.';
        unit.body = `${pick(r, FILLERS)} ${namedBefore && r() < 0.6 ? `${namedBefore} ` : ''}${framed}${end}`;
        if (namedBefore && !unit.body.includes(namedBefore))
          unit.before.push({ t: 'p', lines: [namedBefore] });
        unit.container = 'p';
        break;
      }
      case 'own paragraph, marks':
      case 'own paragraph, no marks':
        unit.body = /epigraph/.test(row.set_off) ? `${EM}${body}${EM}` : body;
        if (namedBefore) {
          if (r() < 0.5) unit.body = `${namedBefore} ${unit.body}`;
          else unit.before.push({ t: 'p', lines: [namedBefore] });
        }
        unit.container = 'p';
        break;
      case 'block quote, marks':
      case 'block quote, no marks':
        unit.body = body;
        if (namedBefore) unit.before.push({ t: 'p', lines: [namedBefore] });
        unit.container = 'bq';
        break;
      case 'list item, marks':
      case 'list item, no marks':
        unit.body = namedBefore ? `${namedBefore} ${body}` : body;
        unit.container = 'li';
        break;
      case 'dialogue lines':
        unit.body = body;
        if (namedBefore) unit.before.push({ t: 'p', lines: [namedBefore] });
        unit.container = 'dlg';
        break;
      case 'run-in list':
        unit.body = body;
        unit.container = 'runin';
        break;
      case 'label Quote:':
        unit.body = `${pick(r, ['Quote:', 'Quote —', 'QUOTE:'])} ${body}`;
        unit.after.push({ t: 'p', lines: [`Explanation: ${pick(r, FILLERS)}`] });
        unit.container = 'p';
        break;
      case 'heading with marks': {
        const [first, ...rest] = body.split('\n');
        unit.body = `${rendered.length + 1}. ${first}`;
        unit.container = 'h';
        if (rest.length > 0) unit.after.unshift({ t: 'p', lines: rest });
        break;
      }
    }
    if (mojib) unit.body = mojibake(unit.body);
    if (fam !== 'heading / page title' && fam !== 'none') lastHeading = null;

    // Place the unit: consecutive list items, dialogue lines and run-in quotations share a block.
    const firstBlock = blocks.length;
    blocks.push(...unit.before);
    const prev = blocks[blocks.length - 1];
    const prevRow = rendered[rendered.length - 1];
    const sameRun =
      prevRow && unit.before.length === 0 && prevRow.setOffFamily === so && rowBlocks.length > 0;
    const prevHadAfter = prevRow && rowBlocks[rowBlocks.length - 1]!.last !== blocks.length - 1;
    let at = -1;
    if (unit.container === 'li') {
      if (sameRun && !prevHadAfter && prev?.t === 'list') {
        prev.items.push(unit.body);
        at = blocks.length - 1;
      } else {
        blocks.push({ t: 'list', ordered: /numbered/.test(row.set_off), items: [unit.body] });
      }
    } else if (unit.container === 'dlg') {
      const lines = unit.body.split('\n');
      if (!dialogueAsParagraphs && sameRun && !prevHadAfter && prev?.t === 'p') {
        prev.lines.push(...lines);
        at = blocks.length - 1;
      } else blocks.push({ t: 'p', lines });
    } else if (unit.container === 'runin') {
      if (sameRun && !prevHadAfter && prev?.t === 'p') {
        // quotations run together: after a credit a space, else a dash between them
        const sep = prevRow.creditFamily === 'name or dash after' ? '' : ` ${pick(r, ['–', '—', '-'])}`;
        prev.lines[prev.lines.length - 1] += `${sep} ${unit.body}`;
        at = blocks.length - 1;
      } else blocks.push({ t: 'p', lines: [unit.body] });
    } else if (unit.container === 'bq') {
      blocks.push({ t: 'bq', paras: [unit.body] });
    } else if (unit.container === 'h') {
      blocks.push({ t: 'h', level: 2, text: unit.body });
    } else {
      blocks.push({ t: 'p', lines: unit.body.split('\n') });
    }
    blocks.push(...unit.after);
    if (r() < 0.3 && unit.after.length === 0 && (unit.container === 'p' || unit.container === 'bq'))
      blocks.push({ t: 'p', lines: [pick(r, FILLERS)] });
    rowBlocks.push({ first: at >= 0 ? at : firstBlock, last: blocks.length - 1 });
    rendered.push({
      row,
      creditFamily: fam,
      creditKind: kind,
      setOffFamily: so,
      referent,
      addressee,
      split: splitWritten,
      snippet: '',
    });
  }
  blocks.push({
    t: 'p',
    lines: [pick(r, ['Which is your favourite?', 'More soon.', 'Thanks for reading.'])],
  });

  const parts = blocks.map((b) => serialise(b, opts.html, bullet));
  rendered.forEach((x, i) => {
    const { first, last } = rowBlocks[i]!;
    x.snippet = parts.slice(Math.max(0, first - 1), last + 1).join('\n\n');
  });
  const body = parts.join(opts.html ? '\n' : '\n\n');
  const text = opts.html
    ? `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escHtml(h1)}</title></head><body>\n${body}\n</body></html>\n`
    : `${body}\n`;
  return { url: rows[0]!.url, novel: rows[0]!.novel, text, format: opts.html ? 'html' : 'md', rendered };
}

/**
 * Issue 9's forms for `npm run eval:check`: real PDNC quotations set off and credited the ways people
 * really write about novels — unmarked paragraphs, quote-list pages, list items, table cells, block
 * quotes without marks, a speaker's name as a heading above, `— Name` after (own line or inline),
 * `(Name)`, screenplay `Name: …` and `[Name:] …`, pronouns after the name, author credits, "X tells Y"
 * (the addressee is recorded), "X says of Y", "In X's words", "These lines were uttered by X",
 * `Related Characters: X (speaker)`, the book's own tag copied inside the quotation, multi-paragraph
 * quotations, very short lines, hyphenation variants and two quotations with different speakers on
 * one line. Phrasings are chosen by a seeded PRNG; every item remembers what the checker should say.
 */
import type { Span } from '../../src/book/span.js';
import type { Verdict } from '../../src/check/types.js';
import type { GoldCharacter, GoldQuote } from '../pdnc.js';
import { type Block, EM, serialise } from '../realworld/render.js';
import { flat, HAS_QUOTE_MARKS, locateTruth, type NovelInput, pick, rng, shuffle } from './plant.js';
import { bestByContext, occurrences, plainWords } from './truth.js';

const CONTRACTION_GAP = /\b(?:don|doesn|didn|isn|wasn|can) t\b/g;

/**
 * Some PDNC texts lost their apostrophes ("doesn t", "I m"); a reviewer copying a real edition writes
 * "doesn’t". The planted words get them back where a novel shows the gap often.
 */
function withApostrophes(t: string): string {
  return t
    .replace(/\b(\p{L}+n) t\b/gu, '$1’t')
    .replace(/\b(can|won) t\b/gi, '$1’t')
    .replace(/\bI (m|ve|ll|d)\b/g, 'I’$1')
    .replace(/\b(you|we|they|You|We|They) (re|ve|ll|d)\b/g, '$1’$2')
    .replace(/\b(he|she|it|that|there|what|who|He|She|It|That|There|What|Who) (s|ll|d)\b/g, '$1’$2');
}

export const FORMS = [
  'unmarked paragraph',
  'quote list page',
  'list item',
  'table cell',
  'block quote, unmarked',
  'heading above',
  'dash line after',
  'dash inline after',
  'parenthesis',
  'screenplay X:',
  'screenplay [X:]',
  'pronoun after the name',
  'author credit',
  'X tells Y (addressee)',
  'X says of Y',
  "in X's words / as X says",
  'uttered by X (after)',
  'related characters tag',
  "book's tag inside the quotation",
  'multi-paragraph quotation',
  'short line (2-4 words)',
  'hyphenation variant',
  'two speakers on one line',
  'fabricated, unmarked in a quote list',
] as const;
export type Form = (typeof FORMS)[number];

export interface FormsNovel extends NovelInput {
  title: string;
  author: string;
  authorShort: string;
  pdncQuotes: GoldQuote[];
  characters: GoldCharacter[];
}

export interface FormItem {
  id: string;
  form: Form;
  /** The quotation's words as the review gives them (parts joined by a space), for matching. */
  written: string;
  /** Pieces as rendered: parts of a split/multi-paragraph quotation, else one. */
  pieces: string[];
  /** The book's narration between the parts (book's tag inside), else null. */
  narration: string | null;
  expectedVerdict: Verdict;
  truth: Span | null;
  editionDiffers: boolean;
  /** The name the review credits, as written (for pronoun credits: the name given earlier). */
  claimed: string | null;
  claimCorrect: boolean | null;
  pdncSpeaker: string | null;
  /** Pronoun used for the credit ('pronoun after the name'). */
  pronoun: 'he' | 'she' | null;
  /** The addressee the review names ("X tells Y"), scored against the report's `addressee.claimed`. */
  addressee: string | null;
  /** The author named in an author credit: must not become the claimed speaker. */
  author: string | null;
  /** Who the quotation is about ("X says of Y"): not the speaker, not the addressee. */
  about: string | null;
  /** The review text around the item (set when the review is written). */
  snippet: string;
}

const TITLES = /^(?:mr|mrs|miss|ms|dr|sir|lady|lord|captain|colonel|madame|mademoiselle)\.?$/i;
const NAME_LIKE =
  /^(?:(?:Mr|Mrs|Miss|Ms|Dr|Sir|Lady|Lord|Captain|Colonel|Admiral|Madame|Mademoiselle|Mme|Mlle|Aunt|Uncle)\.? )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$/u;
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function plantForms(nov: FormsNovel, seed: number, perForm: number): FormItem[] {
  const r = rng(seed);
  const lit = plainWords(nov.litbankText);
  const pp = (s: string) => plainWords(s).words;
  const chars = new Map(nov.characters.map((c) => [c.name, c]));
  const aliasOwners = new Map<string, number>();
  for (const c of nov.characters)
    for (const a of new Set([c.name, ...c.aliases].map(norm)))
      aliasOwners.set(a, (aliasOwners.get(a) ?? 0) + 1);
  /** A name readers use for the character: the main name or an alias no other character has. */
  const nameFor = (c: GoldCharacter): string => {
    // a name, not a vocative or a description ("My Dear Miss Elizabeth", "the old man")
    const unique = c.aliases.filter(
      (a) =>
        a.length > 2 &&
        aliasOwners.get(norm(a)) === 1 &&
        NAME_LIKE.test(a) &&
        !/^(?:my|dear|poor|oh|the|a|an)\b/i.test(a) &&
        !TITLES.test(a),
    );
    return r() < 0.5 || unique.length === 0 ? c.name : pick(r, unique);
  };
  const majors = nov.characters.filter((c) => c.category === 'major' || c.category === 'intermediate');
  const wrongFor = (speaker: string): GoldCharacter | null => {
    const sw = new Set(norm(speaker).split(' '));
    const others = majors.filter(
      (c) =>
        c.name !== speaker &&
        !norm(c.name)
          .split(' ')
          .some((w) => sw.has(w)),
    );
    return others.length > 0 ? pick(r, others) : null;
  };
  const gaps = (nov.pdncText.match(CONTRACTION_GAP) ?? []).length >= 20;
  const fix = (t: string) => (gaps ? withApostrophes(t) : t);
  const textOf = (q: GoldQuote) =>
    fix(flat(q.parts.map((p) => nov.pdncText.slice(p.start, p.end)).join(' ')));
  /** Where the quotation is in the LitBank edition; for repaired words, searched with those words. */
  const truthOf = (q: GoldQuote): Span | null => {
    if (!gaps) return locateTruth(nov, lit, pp, q.parts);
    const words = pp(q.parts.map((p) => fix(nov.pdncText.slice(p.start, p.end))).join(' '));
    const at0 = q.parts[0]!.start;
    const context = pp(nov.pdncText.slice(Math.max(0, at0 - 300), at0));
    const p0 = bestByContext(lit, occurrences(lit, words), context);
    return p0 === null || words.length === 0
      ? null
      : { start: lit.starts[p0]!, end: lit.ends[p0 + words.length - 1]! };
  };
  const known = nov.pdncQuotes.filter((q) => chars.has(q.speaker));
  const ordered = [...known].sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);
  const pool = shuffle(
    r,
    known.filter((q) => {
      const t = textOf(q);
      const n = t.split(' ').length;
      return q.parts.length === 1 && n >= 6 && n <= 60 && !HAS_QUOTE_MARKS.test(t);
    }),
  );
  const used = new Set<GoldQuote>();
  const take = (ok: (q: GoldQuote) => boolean = () => true, from: GoldQuote[] = pool): GoldQuote | null => {
    const q = from.find((x) => !used.has(x) && ok(x));
    if (q) used.add(q);
    return q ?? null;
  };
  let n = 0;
  const out: FormItem[] = [];
  const item = (
    form: Form,
    q: GoldQuote | null,
    opts: Partial<FormItem> & { claimMode?: 'always' | 'maybe' | 'none' },
  ): FormItem | null => {
    if (!q) return null;
    const text = opts.written ?? textOf(q);
    const truth = truthOf(q);
    let claimed: string | null = null;
    let claimCorrect: boolean | null = null;
    const speaker = chars.get(q.speaker)!;
    const mode = opts.claimMode ?? 'always';
    const roll = r();
    if (mode !== 'none' && (mode === 'always' || roll < 0.75)) {
      const wrong = r() < 0.25 ? wrongFor(q.speaker) : null;
      claimed = nameFor(wrong ?? speaker);
      claimCorrect = !wrong;
    }
    const it: FormItem = {
      id: `${nov.name}#f${n++}`,
      form,
      written: text,
      pieces: [text],
      narration: null,
      expectedVerdict: 'verbatim',
      truth,
      editionDiffers: truth === null,
      claimed,
      claimCorrect,
      pdncSpeaker: q.speaker,
      pronoun: null,
      addressee: null,
      author: null,
      about: null,
      snippet: '',
      ...opts,
    };
    out.push(it);
    return it;
  };

  for (let i = 0; i < perForm; i++) {
    for (const form of [
      'unmarked paragraph',
      'list item',
      'block quote, unmarked',
      'heading above',
      'dash line after',
      'dash inline after',
      'parenthesis',
      'screenplay [X:]',
      'X says of Y',
      "in X's words / as X says",
      'uttered by X (after)',
      'related characters tag',
    ] as const) {
      const it = item(form, take(), {
        claimMode: form === 'unmarked paragraph' || form === 'list item' ? 'maybe' : 'always',
      });
      if (it && form === 'X says of Y') {
        const others = majors.filter(
          (c) => c.name !== it.pdncSpeaker && it.claimed && !norm(it.claimed).includes(norm(c.name)),
        );
        it.about = others.length > 0 ? nameFor(pick(r, others)) : 'the others';
      }
    }
    item('author credit', take(), { claimMode: 'none', author: r() < 0.5 ? nov.author : nov.authorShort });

    // a pronoun credit after the name: only characters with a known gender
    const pq = take((q) => /^[MF]$/.test(chars.get(q.speaker)?.gender ?? ''));
    if (pq) {
      const c = chars.get(pq.speaker)!;
      item('pronoun after the name', pq, { pronoun: c.gender === 'F' ? 'she' : 'he' });
      const it = out[out.length - 1]!;
      // the name given earlier is the speaker's (a wrong one must have the same gender)
      if (it.claimCorrect === false) {
        const same = majors.filter((m) => m.gender === c.gender && m.name !== c.name);
        if (same.length > 0) it.claimed = nameFor(pick(r, same));
        else {
          it.claimed = nameFor(c);
          it.claimCorrect = true;
        }
      }
    }

    // "X tells Y": the addressee PDNC records
    const aq = take((q) => q.addressees.some((a) => a !== q.speaker && chars.has(a)));
    if (aq) {
      const y = chars.get(aq.addressees.find((a) => a !== aq.speaker && chars.has(a))!)!;
      item('X tells Y (addressee)', aq, { addressee: nameFor(y) });
    }

    // quote-list page, table, screenplay lines: three quotations each
    const speakersWith3 = majors.filter(
      (c) => pool.filter((q) => !used.has(q) && q.speaker === c.name).length >= 3,
    );
    if (speakersWith3.length > 0) {
      const c = pick(r, speakersWith3);
      const name = nameFor(c);
      for (let k = 0; k < 3; k++) {
        const it = item(
          'quote list page',
          take((q) => q.speaker === c.name),
          { claimMode: 'none' },
        );
        if (it) {
          it.claimed = name;
          it.claimCorrect = true;
        }
      }
    }
    for (let k = 0; k < 3; k++) item('table cell', take(), { claimMode: 'maybe' });
    for (let k = 0; k < 3; k++) item('screenplay X:', take(), {});

    // the book's own tag inside: a two-part quotation whose narration names the speaker
    const tq = take(
      (q) => {
        if (q.parts.length !== 2) return false;
        const narr = nov.pdncText.slice(q.parts[0]!.end, q.parts[1]!.start);
        const c = chars.get(q.speaker)!;
        return (
          narr.split(/\s+/).length <= 12 &&
          !narr.includes('\n') &&
          [c.name, ...c.aliases].some((a) => a.length > 2 && narr.includes(a)) &&
          !HAS_QUOTE_MARKS.test(textOf(q).replace(/^['"“‘]|['"”’]$/g, ''))
        );
      },
      shuffle(r, [...known]),
    );
    if (tq) {
      const c = chars.get(tq.speaker)!;
      const narration = nov.pdncText
        .slice(tq.parts[0]!.end, tq.parts[1]!.start)
        .replace(/["“”‘’]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      const named = [c.name, ...c.aliases]
        .filter((a) => a.length > 2 && narration.includes(a))
        .sort((a, b) => b.length - a.length)[0]!;
      const pieces = tq.parts.map((p) => fix(flat(nov.pdncText.slice(p.start, p.end))));
      item("book's tag inside the quotation", tq, {
        claimMode: 'none',
        claimed: named,
        claimCorrect: true,
        pieces,
        narration,
        written: pieces.join(' '),
      });
    }

    // a speech over several paragraphs: only paragraph breaks and reopening marks between its parts
    const mq = take(
      (q) => {
        if (q.parts.length < 2) return false;
        const n = textOf(q).split(' ').length;
        if (n > 150) return false;
        for (let k = 1; k < q.parts.length; k++) {
          const gap = nov.pdncText.slice(q.parts[k - 1]!.end, q.parts[k]!.start);
          if (!/^[\s"“]*$/.test(gap) || !/\n/.test(gap)) return false;
        }
        return !HAS_QUOTE_MARKS.test(textOf(q));
      },
      shuffle(r, [...known]),
    );
    if (mq) {
      const pieces = mq.parts.map((p) => fix(flat(nov.pdncText.slice(p.start, p.end))));
      item('multi-paragraph quotation', mq, { pieces, written: pieces.join(' ') });
    }

    // very short lines said word for word ("Not at all.")
    const sq = take(
      (q) => {
        const t = textOf(q);
        const w = t.split(' ').length;
        return q.parts.length === 1 && w >= 2 && w <= 4 && /[.!?]$/.test(t) && !HAS_QUOTE_MARKS.test(t);
      },
      shuffle(r, [...known]),
    );
    item('short line (2-4 words)', sq, { claimMode: 'maybe' });

    // hyphenation variants: "to-morrow" written "tomorrow", "good-humoured" written "good humoured"
    const hq = take((q) => /\b\p{L}{2,}-\p{L}{2,}\b/u.test(textOf(q)));
    if (hq) {
      const t = textOf(hq);
      const variant = t.replace(/\b(\p{L}{2,})-(\p{L}{2,})\b/u, (_m, a: string, b: string) =>
        r() < 0.5 ? a + b : `${a} ${b}`,
      );
      item('hyphenation variant', hq, { claimMode: 'maybe', written: variant, pieces: [variant] });
    }

    // two quotations by different speakers, one after the other in the book, on one line
    const start = Math.floor(r() * ordered.length);
    for (let k = 0; k < ordered.length; k++) {
      const a = ordered[(start + k) % ordered.length]!;
      const b = ordered[(start + k + 1) % ordered.length];
      if (!b || used.has(a) || used.has(b) || a.speaker === b.speaker) continue;
      if (a.parts.length !== 1 || b.parts.length !== 1 || b.parts[0]!.start - a.parts[0]!.end > 300) continue;
      const ta = textOf(a);
      const tb = textOf(b);
      const na = ta.split(' ').length;
      const nb = tb.split(' ').length;
      if (na < 3 || nb < 3 || na > 30 || nb > 30 || HAS_QUOTE_MARKS.test(ta) || HAS_QUOTE_MARKS.test(tb))
        continue;
      used.add(a);
      used.add(b);
      item('two speakers on one line', a, {});
      item('two speakers on one line', b, {});
      break;
    }

    // fabricated lines in a quote list, without marks: must never be reported as found
    const foreign = novelForeign(nov, r, lit);
    if (foreign) {
      out.push({
        id: `${nov.name}#f${n++}`,
        form: 'fabricated, unmarked in a quote list',
        written: foreign,
        pieces: [foreign],
        narration: null,
        expectedVerdict: 'not_found',
        truth: null,
        editionDiffers: false,
        claimed: null,
        claimCorrect: null,
        pdncSpeaker: null,
        pronoun: null,
        addressee: null,
        author: null,
        about: null,
        snippet: '',
      });
    }
  }
  return out;
}

function novelForeign(nov: FormsNovel, r: () => number, lit: ReturnType<typeof plainWords>): string | null {
  for (let k = 0; k < 20 && nov.foreignSentences.length > 0; k++) {
    const s = pick(r, nov.foreignSentences);
    const w = plainWords(s).words;
    const joined = ` ${lit.joined} `;
    if (!joined.includes(` ${w.slice(0, 6).join(' ')} `)) return s;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Writing reviews

const FILLER = [
  'The scene is worth slowing down for.',
  'Readers tend to remember this moment.',
  'Nothing here is accidental; the rhythm does half the work.',
  'It is a small exchange, but it carries the chapter.',
  'The tone is hard to pin down, and that is the point.',
];
const SITUATIONS = [
  'the talk turns to marriage',
  'the two are left alone',
  'the visitors have gone',
  'the letter arrives',
];

interface Marks {
  open: string;
  close: string;
}
const MARKS: Marks[] = [
  { open: '“', close: '”' },
  { open: '"', close: '"' },
  { open: '‘', close: '’' },
];

export interface FormReview {
  text: string;
  format: 'md' | 'html';
  items: FormItem[];
}

type Unit = FormItem[];

/** Group items into units (three-item quote lists, tables and screenplay runs; pairs on one line). */
function units(items: FormItem[]): Unit[] {
  const out: Unit[] = [];
  const groups = new Map<string, FormItem[]>();
  for (const it of items) {
    if (
      it.form === 'quote list page' ||
      it.form === 'table cell' ||
      it.form === 'screenplay X:' ||
      it.form === 'two speakers on one line'
    ) {
      const g = groups.get(it.form) ?? [];
      g.push(it);
      groups.set(it.form, g);
      const size = it.form === 'two speakers on one line' ? 2 : 3;
      if (g.length === size) {
        out.push(g);
        groups.set(it.form, []);
      }
    } else out.push([it]);
  }
  for (const g of groups.values()) if (g.length > 0) out.push(g);
  return out;
}

export function writeFormReviews(
  items: FormItem[],
  nov: { title: string; author: string; authorShort: string; chapters: number },
  seed: number,
  perReview = 7,
): FormReview[] {
  const r = rng(seed);
  const all = shuffle(r, units(items));
  const reviews: FormReview[] = [];
  for (let i = 0; i < all.length; i += perReview) {
    const chunk = all.slice(i, i + perReview);
    const html = (i / perReview) % 2 === 1;
    const marks = r() < 0.6 ? MARKS[0]! : r() < 0.7 ? MARKS[1]! : MARKS[2]!;
    const q = (s: string, on = true) => (on ? `${marks.open}${s}${marks.close}` : s);
    const comma = (s: string) => (/[,!?—-]$/.test(s) ? s : `${s.replace(/[.;:]$/, '')},`);
    const T = `${EM}${nov.title}${EM}`;
    const blocks: Block[] = [
      {
        t: 'h',
        level: 1,
        text: pick(r, [`Reading ${nov.title}`, `${nov.title}: notes and quotes`, `On ${nov.title}`]),
      },
      {
        t: 'p',
        lines: [
          pick(r, [
            `${nov.author}'s ${T} is full of lines worth quoting.`,
            `In ${T}, ${nov.authorShort} lets the characters speak for themselves.`,
            `I reread ${T} by ${nov.author} this spring; these are the passages I marked.`,
          ]),
        ],
      },
    ];
    const spans: { it: FormItem; first: number }[] = [];
    for (const unit of chunk) {
      const first = blocks.length;
      const it = unit[0]!;
      const X = it.claimed ?? '';
      const ch = 1 + Math.floor(r() * nov.chapters);
      const text = it.pieces[0]!;
      switch (it.form) {
        case 'unmarked paragraph': {
          const v = r();
          if (X && v < 0.33) blocks.push({ t: 'p', lines: [`${X} says:`] }, { t: 'p', lines: [text] });
          else if (X && v < 0.66) blocks.push({ t: 'p', lines: [text, pick(r, [`— ${X}`, `- ${X}`])] });
          else if (X) blocks.push({ t: 'h', level: 3, text: X }, { t: 'p', lines: [text] });
          else
            blocks.push(
              { t: 'p', lines: [pick(r, ['The passage reads:', `From chapter ${ch}:`])] },
              { t: 'p', lines: [text] },
            );
          break;
        }
        case 'quote list page': {
          const on = r() < 0.5;
          blocks.push({
            t: 'h',
            level: 2,
            text: pick(r, [`Quotes from ${X}`, `${X} quotes`, `Quotes by ${X}`]),
          });
          blocks.push({ t: 'list', ordered: r() < 0.3, items: unit.map((u) => q(u.pieces[0]!, on)) });
          break;
        }
        case 'list item': {
          const on = r() < 0.5;
          const credit = X ? pick(r, [` — ${X}`, ` (${X})`]) : '';
          blocks.push({ t: 'p', lines: ['Some lines worth knowing:'] });
          blocks.push({ t: 'list', ordered: false, items: [`${q(text, on)}${credit}`] });
          break;
        }
        case 'table cell': {
          const withSpeaker = unit.some((u) => u.claimed);
          const on = r() < 0.3;
          if (!withSpeaker || r() < 0.2) for (const u of unit) u.claimed = null;
          const speakerCol = unit.some((u) => u.claimed);
          for (const u of unit) if (!speakerCol) u.claimCorrect = null;
          blocks.push({
            t: 'table',
            header: speakerCol ? ['Quote', 'Speaker', 'Chapter'] : ['Quote', 'Chapter'],
            rows: unit.map((u) =>
              speakerCol
                ? [q(u.pieces[0]!, on), u.claimed ?? '', String(1 + Math.floor(r() * nov.chapters))]
                : [q(u.pieces[0]!, on), String(1 + Math.floor(r() * nov.chapters))],
            ),
          });
          break;
        }
        case 'block quote, unmarked': {
          const v = r();
          if (v < 0.5)
            blocks.push(
              { t: 'p', lines: [pick(r, [`${X} says:`, `Here is ${X}:`])] },
              { t: 'bq', paras: [text] },
            );
          else blocks.push({ t: 'bq', paras: [`${text}\n— ${X}`] });
          break;
        }
        case 'heading above': {
          const head = pick(r, [X, `${X} (${ch}.${1 + Math.floor(r() * 40)})`, `${X}, Chapter ${ch}`]);
          if (!html && r() < 0.25) blocks.push({ t: 'p', lines: [`**${head}**`] });
          else blocks.push({ t: 'h', level: r() < 0.5 ? 2 : 3, text: head });
          blocks.push({ t: 'p', lines: [q(text, r() < 0.6)] });
          break;
        }
        case 'dash line after': {
          const line = pick(r, [`— ${X}`, `- ${X}`, `– ${X}, Chapter ${ch}`, `―${X}`]);
          const on = r() < 0.7;
          if (r() < 0.5) blocks.push({ t: 'p', lines: [q(text, on), line] });
          else blocks.push({ t: 'p', lines: [q(text, on)] }, { t: 'p', lines: [line] });
          break;
        }
        case 'dash inline after':
          blocks.push({ t: 'p', lines: [`${q(text)} ${pick(r, [`— ${X}`, `– ${X}`, `~${X}`, `-- ${X}`])}`] });
          break;
        case 'parenthesis':
          blocks.push({
            t: 'p',
            lines: [
              `${r() < 0.5 ? `${pick(r, FILLER)} ` : ''}${q(text)} ${pick(r, [`(${X})`, `(${X}, ch. ${ch})`])}`,
            ],
          });
          break;
        case 'screenplay X:': {
          const on = r() < 0.5;
          const lines = unit.map((u) => `${u.claimed}: ${q(u.pieces[0]!, on)}`);
          if (r() < 0.5) blocks.push({ t: 'p', lines });
          else for (const l of lines) blocks.push({ t: 'p', lines: [l] });
          break;
        }
        case 'screenplay [X:]':
          if (r() < 0.5) blocks.push({ t: 'bq', paras: [`[${X}:] ${text}`] });
          else blocks.push({ t: 'p', lines: [`[${X}:] ${q(text, r() < 0.5)}`] });
          break;
        case 'pronoun after the name': {
          const P = it.pronoun!;
          const naming = pick(r, [
            `${X} is at the centre of the next scene.`,
            `Consider ${X} here.`,
            `Then ${X} speaks up.`,
          ]);
          const said = pick(r, [
            `${P[0]!.toUpperCase()}${P.slice(1)} says, ${q(text)}`,
            `${q(comma(text))} ${P} says.`,
            `As ${P} puts it, ${q(text)}`,
          ]);
          if (r() < 0.5) blocks.push({ t: 'p', lines: [`${naming} ${pick(r, FILLER)} ${said}`] });
          else blocks.push({ t: 'p', lines: [naming] }, { t: 'p', lines: [said] });
          break;
        }
        case 'author credit': {
          const A = it.author!;
          const v = r();
          if (v < 0.4) blocks.push({ t: 'p', lines: [q(text), pick(r, [`― ${A}, ${T}`, `— ${A}`])] });
          else if (v < 0.7) blocks.push({ t: 'p', lines: [`${A} writes, ${q(text)}`] });
          else blocks.push({ t: 'p', lines: [`As ${A} puts it in ${T}, ${q(text)}`] });
          break;
        }
        case 'X tells Y (addressee)': {
          const Y = it.addressee!;
          blocks.push({
            t: 'p',
            lines: [
              pick(r, [
                `${X} tells ${Y}, ${q(text)}`,
                `${q(comma(text))} ${X} tells ${Y}.`,
                `${X} says to ${Y}: ${q(text)}`,
                `Speaking to ${Y}, ${X} says, ${q(text)}`,
              ]),
            ],
          });
          break;
        }
        case 'X says of Y': {
          const Z = it.about ?? 'the others';
          blocks.push({
            t: 'p',
            lines: [pick(r, [`${X} says of ${Z}, ${q(text)}`, `Of ${Z}, ${X} says: ${q(text)}`])],
          });
          break;
        }
        case "in X's words / as X says":
          blocks.push({
            t: 'p',
            lines: [
              `${pick(r, FILLER)} ${pick(r, [`In ${X}'s words, `, `As ${X} says, `, `As ${X} puts it, `])}${q(text)}`,
            ],
          });
          break;
        case 'uttered by X (after)':
          blocks.push(
            { t: 'p', lines: [q(text)] },
            {
              t: 'p',
              lines: [
                pick(r, [
                  `These lines were uttered by ${X} when ${pick(r, SITUATIONS)}.`,
                  `This quote is spoken by ${X} in chapter ${ch}.`,
                  `${X} says this when ${pick(r, SITUATIONS)}.`,
                ]),
              ],
            },
          );
          break;
        case 'related characters tag':
          if (r() < 0.5) blocks.push({ t: 'bq', paras: [q(text, r() < 0.5)] });
          else blocks.push({ t: 'p', lines: [q(text)] });
          blocks.push({
            t: 'p',
            lines: [
              `Related Characters: ${X} (speaker)`,
              `Related Themes: ${pick(r, ['Love', 'Class', 'Pride'])}`,
            ],
          });
          break;
        case "book's tag inside the quotation": {
          const [a, b] = it.pieces as [string, string];
          const passage = `${q(a)} ${it.narration} ${q(b)}`;
          const v = r();
          if (v < 0.4) blocks.push({ t: 'p', lines: [`${pick(r, FILLER)} The book has it: ${passage}`] });
          else if (v < 0.7) blocks.push({ t: 'bq', paras: [passage] });
          else blocks.push({ t: 'p', lines: [passage] });
          break;
        }
        case 'multi-paragraph quotation': {
          if (X) blocks.push({ t: 'p', lines: [pick(r, [`${X} says:`, `${X} goes on at length:`])] });
          it.pieces.forEach((p, k) => {
            const last = k === it.pieces.length - 1;
            blocks.push({ t: 'p', lines: [`${marks.open}${p}${last ? marks.close : ''}`] });
          });
          break;
        }
        case 'short line (2-4 words)': {
          const v = r();
          if (!X) blocks.push({ t: 'p', lines: [`${pick(r, FILLER)} The answer is only ${q(text)}`] });
          else if (v < 0.4) blocks.push({ t: 'p', lines: [`${X} says only, ${q(text)}`] });
          else if (v < 0.7) blocks.push({ t: 'p', lines: [`${q(comma(text))} ${X} replies.`] });
          else blocks.push({ t: 'list', ordered: false, items: [`${q(text)} — ${X}`] });
          break;
        }
        case 'hyphenation variant':
          blocks.push({
            t: 'p',
            lines: [X ? `${X} says, ${q(text)}` : `${pick(r, FILLER)} The line is ${q(text)}`],
          });
          break;
        case 'two speakers on one line': {
          const [a, b] = unit as [FormItem, FormItem | undefined];
          if (!b) {
            blocks.push({ t: 'p', lines: [`${a.claimed} says ${q(a.pieces[0]!)}`] });
            break;
          }
          const A = a.claimed;
          const B = b.claimed;
          const ta = q(a.pieces[0]!);
          const tb = q(b.pieces[0]!);
          blocks.push({
            t: 'p',
            lines: [
              pick(r, [
                `${A} says ${ta} and ${B} answers ${tb}`,
                `${ta} (${A}) — ${tb} (${B})`,
                `${A}: ${ta} ${B}: ${tb}`,
              ]),
            ],
          });
          break;
        }
        case 'fabricated, unmarked in a quote list':
          blocks.push(
            { t: 'h', level: 2, text: pick(r, ['More quotes', 'Favourite lines', 'Quotes to remember']) },
            { t: 'list', ordered: false, items: [text] },
          );
          break;
      }
      for (const u of unit) spans.push({ it: u, first });
      if (r() < 0.5) blocks.push({ t: 'p', lines: [pick(r, FILLER)] });
    }
    blocks.push({ t: 'p', lines: ['That is all for now.'] });
    const parts = blocks.map((b) => serialise(b, html, '- '));
    spans.forEach((s, k) => {
      const next = spans.slice(k + 1).find((x) => x.first > s.first)?.first ?? blocks.length;
      s.it.snippet = parts.slice(Math.max(0, s.first - 1), next).join('\n\n');
    });
    const body = parts.join(html ? '\n' : '\n\n');
    reviews.push({
      text: html ? `<!doctype html>\n<html><body>\n${body}\n</body></html>\n` : `${body}\n`,
      format: html ? 'html' : 'md',
      items: chunk.flat(),
    });
  }
  return reviews;
}

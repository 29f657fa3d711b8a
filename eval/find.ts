/**
 * `npm run eval:find`: `verbatim find` over a library of all 110 corpus novels (PDNC 18 + LitBank
 * 92). Quotations are drawn at random (seeded) from the novels: 200 genuine (a sentence's first 8–30
 * words, as written) and 100 altered as misquotes are (one or two words changed, or two dropped).
 * Right = the top-ranked book is the novel the quotation was drawn from, or its other edition where
 * the corpus has the novel twice (PDNC and LitBank: eval/pdnc.ts `PDNC_LITBANK_EDITIONS`). Also: the
 * place is the drawn one (overlaps it) when the top book is the source; per-query CPU time.
 * Results go to eval/results/find.md. `-- --seed N` draws other quotations (committed: seed 1).
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Book } from '../src/book/types.js';
import { wordsOf } from '../src/check/locate/words.js';
import { findPassage } from '../src/find/index.js';
import { pick, rng, STOP, SUBSTITUTES } from './check/plant.js';
import { corpusLibrary, corpusNovels } from './find/corpus-library.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');
const SEED = Number(process.argv[process.argv.indexOf('--seed') + 1]) || 1;
const GENUINE = 200;
const ALTERED = 100;

interface Drawn {
  novel: string;
  kind: 'genuine' | 'changed 1 word' | 'changed 2 words' | 'dropped 2 words';
  text: string;
  start: number;
  end: number;
}

/** A sentence's first 8–30 words, as the book has them. */
function drawPassage(r: () => number, book: Book): { text: string; start: number; end: number } | null {
  const sentences = book.structure.sentences;
  for (let tries = 0; tries < 50; tries++) {
    const s = pick(r, sentences);
    const words = wordsOf(book.text, s.start, s.end);
    if (words.length < 10) continue;
    const n = Math.min(words.length, 8 + Math.floor(r() * 23));
    const start = words[0]!.start;
    const end = words[n - 1]!.end;
    const text = book.text.slice(start, end).replace(/\s+/g, ' ');
    if (/\d/.test(text)) continue;
    return { text, start, end };
  }
  return null;
}

/** The passage as a writer misquotes it: one or two words changed, or two dropped. */
function alter(r: () => number, text: string, how: number): [Drawn['kind'], string] {
  const words = text.split(' ');
  if (how === 2) {
    const k = 2 + Math.floor(r() * (words.length - 5));
    return ['dropped 2 words', [...words.slice(0, k), ...words.slice(k + 2)].join(' ')];
  }
  const content = words
    .map((w, k) => ({ w, k }))
    .filter(({ w }) => {
      const p = w.toLowerCase().replace(/[^a-z]/g, '');
      return p.length >= 4 && !STOP.has(p);
    });
  const times = Math.min(how + 1, content.length);
  for (let t = 0; t < times; t++) {
    const { w, k } = content.splice(Math.floor(r() * content.length), 1)[0]!;
    const sub = pick(
      r,
      SUBSTITUTES.filter((s) => !w.toLowerCase().includes(s.slice(0, 3))),
    );
    words[k] = w.replace(/[A-Za-z]+/, sub);
  }
  return [times === 1 ? 'changed 1 word' : 'changed 2 words', words.join(' ')];
}

function cpuMs(f: () => void): number {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.log(`eval:find skipped: the corpus is not at ${corpus}`);
    return;
  }
  const novels = corpusNovels(corpus);
  const { library, idOf } = await corpusLibrary(novels, (s) => process.stderr.write(s));
  const twinOf = new Map(novels.map((n) => [n.name, n.twin]));
  const r = rng(SEED);
  const books = new Map<string, Book>();
  const bookOf = (name: string) => {
    let b = books.get(name);
    if (!b) {
      b = library.getBook(idOf.get(name)!)!;
      if (books.size > 8) books.clear();
      books.set(name, b);
    }
    return b;
  };
  const drawn: Drawn[] = [];
  while (drawn.length < GENUINE + ALTERED) {
    const n = pick(r, novels).name;
    const p = drawPassage(r, bookOf(n));
    if (!p) continue;
    if (drawn.length < GENUINE) drawn.push({ novel: n, kind: 'genuine', ...p });
    else {
      const [kind, text] = alter(r, p.text, (drawn.length - GENUINE) % 3);
      drawn.push({ novel: n, kind, text, start: p.start, end: p.end });
    }
  }
  books.clear();
  const rows: { d: Drawn; right: boolean; placed: boolean; top: string; verdict: string; ms: number }[] = [];
  for (const d of drawn) {
    let res!: ReturnType<typeof findPassage>;
    const ms = cpuMs(() => {
      res = findPassage(library, d.text);
    });
    const ok = new Set([
      idOf.get(d.novel)!,
      ...(twinOf.get(d.novel) ? [idOf.get(twinOf.get(d.novel)!)!] : []),
    ]);
    const top = res.matches[0];
    const right = top !== undefined && ok.has(top.bookId);
    const placed =
      right && top.bookId === idOf.get(d.novel) && top.location.start < d.end && d.start < top.location.end;
    const name = top ? (novels.find((n) => idOf.get(n.name) === top.bookId)?.name ?? top.bookId) : '(none)';
    rows.push({ d, right, placed, top: name, verdict: top?.verdict ?? res.status, ms });
  }
  library.close();
  writeFileSync(path.join(root, 'eval/results/find.md'), report(rows, novels.length));
  console.log(report(rows, novels.length));
}

type Row = { d: Drawn; right: boolean; placed: boolean; top: string; verdict: string; ms: number };

function report(rows: Row[], libraryBooks: number): string {
  const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(3)} (${a}/${b})`);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;
  const kinds = ['genuine', 'changed 1 word', 'changed 2 words', 'dropped 2 words'] as const;
  const lines = [
    '# eval:find',
    '',
    `\`npm run eval:find\` (seed ${SEED}): ${rows.length} quotations drawn at random from a library of all ${libraryBooks} corpus`,
    'novels (PDNC 18 + LitBank 92), searched with `findPassage` (the library API behind `verbatim find`).',
    'Right = the top-ranked book is the source novel or, for the 7 novels the corpus has in both PDNC and',
    'LitBank, its other edition (either counts). Placed = the top book is the source itself and the',
    'reported place overlaps the drawn one. Times are CPU per query, index built, in one process.',
    '',
    '| quotations | top-1 right | placed right | altered reported as altered |',
    '|---|---|---|---|',
  ];
  const genuine = rows.filter((x) => x.d.kind === 'genuine');
  const altered = rows.filter((x) => x.d.kind !== 'genuine');
  const line = (label: string, xs: Row[], alteredShown: boolean) => {
    const srcTop = xs.filter((x) => x.right && x.top === x.d.novel);
    lines.push(
      `| ${label} | ${pct(xs.filter((x) => x.right).length, xs.length)} | ${pct(xs.filter((x) => x.placed).length, srcTop.length)} | ${alteredShown ? pct(xs.filter((x) => x.right && x.verdict === 'altered').length, xs.filter((x) => x.right).length) : ''} |`,
    );
  };
  line(`genuine (${genuine.length})`, genuine, false);
  line(`altered (${altered.length})`, altered, true);
  for (const k of kinds.slice(1))
    line(
      `  ${k}`,
      rows.filter((x) => x.d.kind === k),
      true,
    );
  line(`all (${rows.length})`, rows, false);
  const ms = rows.map((x) => x.ms);
  lines.push(
    '',
    `CPU per query: median ${median(ms).toFixed(1)} ms, p95 ${p95(ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms.`,
    `Top book is the other edition (counted right): ${rows.filter((x) => x.right && x.top !== x.d.novel).length}.`,
    '',
    '## Misses',
    '',
  );
  for (const x of rows.filter((y) => !y.right)) {
    lines.push(`- ${x.d.novel} (${x.d.kind}): “${x.d.text}” → ${x.top} (${x.verdict})`);
  }
  if (rows.every((x) => x.right)) lines.push('(none)');
  return `${lines.join('\n')}\n`;
}

await main();

/**
 * `npm run eval:pages`: the whole-page cases (test/fixtures/check/cases/page-*) scored against the
 * reading a careful person gives each page (expected.json, written by hand): quotations found,
 * their extent, spurious quotations, verdicts, credits and attribution verdicts, per page and in all.
 * The same scoring is the fixture test's (test/check/page-reading.ts); this prints the table.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPage, emptyScore, type PageReading, type PageScore } from '../test/check/page-reading.js';
import { bookFor, casesDir } from './fixture-books.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const verbose = process.argv.includes('--gaps');

const total: PageScore = emptyScore();
const rows: string[] = [];
const pad = (s: string | number, n: number) => String(s).padEnd(n);
rows.push(
  `${pad('page', 20)}${pad('found', 8)}${pad('extent', 8)}${pad('spurious', 10)}${pad('verdict', 9)}${pad('credit', 8)}attribution`,
);
for (const name of readdirSync(casesDir).sort()) {
  const dir = path.join(casesDir, name);
  const expectedFile = path.join(dir, 'expected.json');
  if (!existsSync(expectedFile)) continue;
  const reading = JSON.parse(readFileSync(expectedFile, 'utf8')) as PageReading;
  if (reading.reading !== 'reader') continue;
  const options = JSON.parse(readFileSync(path.join(dir, 'options.json'), 'utf8')) as {
    book: string;
    analysis: boolean;
  };
  const { book, analysis } = await bookFor(options.book);
  const { score: s, gaps } = await checkPage(
    dir,
    readdirSync(dir),
    reading,
    book,
    options.analysis ? analysis : null,
  );
  for (const k of Object.keys(total) as (keyof PageScore)[]) total[k] += s[k];
  const of = (n: number) => `${n}/${s.expected}`;
  rows.push(
    `${pad(name, 20)}${pad(of(s.found), 8)}${pad(of(s.extentRight), 8)}${pad(s.spurious, 10)}${pad(of(s.verdictsRight), 9)}${pad(of(s.creditsRight), 8)}${of(s.attributionsRight)}`,
  );
  if (verbose) for (const g of gaps) rows.push(`    ${g}`);
}
const of = (n: number) => `${n}/${total.expected}`;
rows.push(
  `${pad('all pages', 20)}${pad(of(total.found), 8)}${pad(of(total.extentRight), 8)}${pad(total.spurious, 10)}${pad(of(total.verdictsRight), 9)}${pad(of(total.creditsRight), 8)}${of(total.attributionsRight)}`,
);
console.log(rows.join('\n'));
if (!verbose) {
  const out = path.resolve(here, 'results/pages.md');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(
    out,
    [
      '# Whole pages against a reader’s reading',
      '',
      'Reproduce: `npm run eval:pages` (`-- --gaps` lists each departure). Each page in test/fixtures/check/cases/page-* is written for the project in the style of a kind of real page (LitCharts- and SparkNotes-style guides, a Goodreads-style quote list, a Shmoop-style character page, a book-club blog with comments, an MLA essay, an AI summary, a stage script, a revision table, a newspaper review saved whole, a Markdown review, a DOCX handout, a listicle, a character list, a social thread) about a self-written novel (test/fixtures/check/novel-clock.txt); its expected.json is what a careful reader says about it, written by hand. Columns: quotations found, found with the right extent, spurious (reported, but no quotation), verdict right, credit read right (the right person, the author, the narrator, or nobody), attribution verdict right.',
      '',
      '```',
      rows.join('\n'),
      '```',
      '',
    ].join('\n'),
  );
}

/**
 * `npm run eval:names`: the names stage of `check` (src/check/names.ts) on the whole pages of
 * eval:pages (test/fixtures/check/cases/page-*: study guides, quote lists, a blog with comments, an
 * essay, an AI summary, a newspaper review saved whole, …; written for the project, no corpus
 * needed). Every name a page gives outside its quotations is listed with the stage's answer; the
 * names said to be "not in the book" are the false alarms to read, beside the names the pages were
 * written to invent (`INVENTED`: an AI summary's made-up people). Results: eval/results/names.md.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkReview, readReview } from '../src/check/index.js';
import { bookFor, casesDir } from './fixture-books.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Names the fixture pages invent on purpose (their expected.json says so): an alarm on them is right.
 * page-ai-summary: "names a vicar the book does not have".
 */
const INVENTED = new Set<string>(['Reverend Ashcombe']);

const lines: string[] = [];
let judged = 0;
let alarms = 0;
let outside = 0;
const alarmList: string[] = [];
for (const name of readdirSync(casesDir).sort()) {
  if (!name.startsWith('page-')) continue;
  const dir = path.join(casesDir, name);
  const reviewFile = readdirSync(dir).find((f) => f.startsWith('review.'));
  if (!reviewFile || !existsSync(path.join(dir, 'options.json'))) continue;
  const options = JSON.parse(readFileSync(path.join(dir, 'options.json'), 'utf8')) as {
    book: string;
    analysis: boolean;
  };
  const { book, analysis } = await bookFor(options.book);
  const review = await readReview(path.join(dir, reviewFile));
  const report = checkReview(review.text, book, {
    analysis: options.analysis ? analysis : null,
    format: review.format,
    sourceLines: review.sourceLines,
    lineUnit: review.lineUnit,
  });
  const names = report.names ?? [];
  const flagged = names.filter((n) => n.judged && !n.inBook);
  judged += names.filter((n) => n.judged).length;
  outside += names.filter((n) => !n.judged).length;
  alarms += flagged.filter((n) => !INVENTED.has(n.name)).length;
  for (const n of flagged)
    alarmList.push(
      `${name}: ${n.name} (line ${n.reviewLine})${INVENTED.has(n.name) ? ' — invented by the page: right' : ''}`,
    );
  lines.push(
    `| ${name} | ${names.length} | ${names.filter((n) => n.judged && n.inBook).length} | ${flagged.length} | ${names.filter((n) => !n.judged).length} |`,
  );
}
const out = [
  '# eval:names',
  '',
  '`npm run eval:names`: the names `check` lists on the whole pages of eval:pages (test/fixtures/check/cases/page-*).',
  'judged = named where the review talks about the story; outside = in a sentence about the work or real people (listed, not judged).',
  '',
  '| page | names | judged, in the book | judged, NOT in the book | outside the story |',
  '|---|---|---|---|---|',
  ...lines,
  '',
  `Names judged: ${judged}; said not in the book: ${alarmList.length} (false alarms: ${alarms}, ${judged ? ((100 * alarms) / judged).toFixed(1) : 0}% of judged); outside the story: ${outside}.`,
  '',
  '## Said not in the book',
  '',
  ...(alarmList.length ? alarmList.map((a) => `- ${a}`) : ['(none)']),
  '',
];
writeFileSync(path.join(root, 'eval/results/names.md'), out.join('\n'));
console.log(out.join('\n'));

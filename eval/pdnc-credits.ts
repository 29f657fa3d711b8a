/**
 * `npm run eval:pdnc-credits`: the checker's attribution verdicts at scale. Every PDNC quotation (all
 * 18 development novels) is credited twice, at its own place in the book, with the speaker model as
 * `check` uses it: once to its speaker (PDNC's name for them: a right credit, which must never be
 * "contradicted"), and once to the speaker of the quotation before, where that is someone else (a
 * wrong credit, the commonest slip: a line given to the other person of the exchange). "Contradicted
 * right when said" is the share of "contradicted" verdicts that fall on wrong credits.
 *
 * Results go to eval/results/pdnc-credits.md (`-- --errors` prints every right credit contradicted).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import { buildCast } from '../src/check/attribute/cast.js';
import { attribute, attributeContext } from '../src/check/attribute/index.js';
import type { AttributionVerdict, Credit } from '../src/check/types.js';
import { bookFromPdnc } from './book-from-text.js';
import { loadPdncNovel, pdncNovelDirs } from './pdnc.js';
import { goldNameOf } from './speakers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');

const credit = (name: string): Credit => ({
  kind: 'character',
  name,
  ruleId: 'credit/eval',
  span: { start: 0, end: 0 },
  pronoun: null,
  addressee: null,
});
/** PDNC's speaker name as a writer would write it ("Christopher Robin - Story" is Christopher Robin). */
const written = (gold: string) => gold.replace(/\s+-\s+.*$/, '');

type Tally = Record<AttributionVerdict, number> & { n: number };
const tally = (): Tally => ({ n: 0, supported: 0, contradicted: 0, unknown: 0, none: 0 });

function main(): void {
  if (!existsSync(path.join(corpus, 'pdnc'))) {
    console.log('corpus not found: nothing to evaluate');
    return;
  }
  const errors = process.argv.includes('--errors');
  const right = tally();
  const wrong = tally();
  const misses: string[] = [];
  for (const dir of pdncNovelDirs(corpus)) {
    const novel = loadPdncNovel(dir);
    const analysis = analyzeBook(bookFromPdnc(novel.text, novel.name));
    const ctx = attributeContext(analysis, buildCast(analysis), novel.text);
    const goldOf = goldNameOf(novel.characters);
    let previous: string | null = null;
    for (const q of novel.quotes) {
      const part = q.parts[0];
      const gold = goldOf(q.speaker);
      // "_unknowable", "_group": no person to credit.
      if (!part || /^_|unknowable/i.test(gold)) {
        previous = null;
        continue;
      }
      const r = attribute(credit(written(gold)), part, ctx);
      right.n++;
      right[r.attribution]++;
      if (errors && r.attribution === 'contradicted') {
        const words = novel.text.slice(part.start, part.end).replace(/\s+/g, ' ').slice(0, 70);
        misses.push(
          `${novel.name}: ${written(gold)} → book: ${r.bookSpeaker} (${r.evidence?.summary}) “${words}”`,
        );
      }
      if (previous && previous !== gold) {
        const w = attribute(credit(written(previous)), part, ctx);
        wrong.n++;
        wrong[w.attribution]++;
      }
      previous = gold;
    }
  }
  const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);
  const row = (label: string, t: Tally) =>
    `| ${label} | ${t.n} | ${t.supported} (${pct(t.supported, t.n)}) | ${t.contradicted} (${pct(t.contradicted, t.n)}) | ${t.unknown + t.none} |`;
  const table = [
    '| Credit | Lines | Supported | Contradicted | Unknown |',
    '|---|---:|---:|---:|---:|',
    row('to the line’s speaker (right)', right),
    row('to the speaker of the line before (wrong)', wrong),
  ].join('\n');
  const precision = `"Contradicted" right when said: ${pct(wrong.contradicted, wrong.contradicted + right.contradicted)} (${wrong.contradicted} of ${wrong.contradicted + right.contradicted}).`;
  console.log(`${table}\n\n${precision}`);
  if (errors) console.log(`\n${misses.join('\n')}`);
  const doc = `# Attribution verdicts on every PDNC quotation

Reproduce: \`npm run eval:pdnc-credits\` (needs ../shared/corpus/pdnc; \`-- --errors\` lists every right
credit contradicted). Each of PDNC's quotations (18 development novels) is credited at its own place in
the book, with the speaker model as \`check\` uses it: to its speaker as PDNC names them, and to the
speaker of the quotation before where that is someone else (the commonest slip).

${table}

${precision}
`;
  mkdirSync(path.join(root, 'eval/results'), { recursive: true });
  writeFileSync(path.join(root, 'eval/results/pdnc-credits.md'), doc);
}

main();

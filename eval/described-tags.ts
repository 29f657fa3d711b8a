/**
 * `npm run eval:described`: how often the speaker model is right on a line the book tags with a
 * description ("said the stranger", "her daughter went on") right at the line, where the model's
 * reading came from turn-taking (`implicit`) rather than from the tag, on PDNC's annotated quotations
 * (all 18 novels), read as the checker reads them (src/check/attribute/occurrence.ts, `readAt`).
 * occurrence.ts (`describedAtTheLine`) goes by this: such a reading neither supports nor contradicts
 * a credit.
 *
 * Results go to eval/results/described-tags.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import { buildCast } from '../src/check/attribute/cast.js';
import { attributeContext } from '../src/check/attribute/index.js';
import { readAt } from '../src/check/attribute/occurrence.js';
import { TAG_RULES_THAT_CONTRADICT } from '../src/check/attribute/thresholds.js';
import { bookFromPdnc } from './book-from-text.js';
import { loadPdncNovel, pdncNovelDirs } from './pdnc.js';
import { goldNameOf, mapCharacters } from './speakers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');
const BANDS = ['0.8–1.0', '0.6–0.8', '< 0.6'] as const;
const bandOf = (c: number) => (c >= 0.8 ? BANDS[0] : c >= 0.6 ? BANDS[1] : BANDS[2]);

function main(): void {
  if (!existsSync(path.join(corpus, 'pdnc'))) {
    console.log('corpus not found: nothing to evaluate');
    return;
  }
  const cells = new Map<string, { lines: number; right: number }>(
    BANDS.map((b) => [b, { lines: 0, right: 0 }]),
  );
  for (const dir of pdncNovelDirs(corpus)) {
    const novel = loadPdncNovel(dir);
    const analysis = analyzeBook(bookFromPdnc(novel.text, novel.name));
    const toGold = mapCharacters(analysis, novel.characters);
    const ctx = attributeContext(analysis, buildCast(analysis), novel.text);
    const goldOf = goldNameOf(novel.characters);
    for (const q of novel.quotes) {
      const part = q.parts[0];
      if (!part) continue;
      const { tag, line } = readAt(part, ctx);
      if (tag?.kind !== 'description' || !TAG_RULES_THAT_CONTRADICT.has(tag.ruleId)) continue;
      if (line?.type !== 'implicit') continue;
      const truth = goldOf(q.speaker);
      const cell = cells.get(bandOf(line.confidence))!;
      cell.lines++;
      if (line.speaker !== null && toGold.get(line.speaker) === truth) cell.right++;
    }
  }
  const total = [...cells.values()].reduce(
    (a, c) => ({ lines: a.lines + c.lines, right: a.right + c.right }),
    {
      lines: 0,
      right: 0,
    },
  );
  const pct = (c: { lines: number; right: number }) =>
    c.lines === 0 ? '–' : `${((100 * c.right) / c.lines).toFixed(1)}% (${c.right}/${c.lines})`;
  const table = [
    '| Model confidence | Speaker right |',
    '|---|---:|',
    ...BANDS.map((b) => `| ${b} | ${pct(cells.get(b)!)} |`),
    `| all | ${pct(total)} |`,
  ].join('\n');
  console.log(table);
  const doc = `# The speaker model on lines the book tags with a description

Reproduce: \`npm run eval:described\` (needs ../shared/corpus/pdnc). PDNC's annotated quotations whose
first part the book tags with a description right at the line ("said the stranger", "her daughter
went on"; the checker's tag reader, \`tag/after-quote\`, \`tag/before-quote\`, \`tag/between-parts\`,
\`tag/previous-paragraph\`, \`tag/continued-speech\`) while the speaker model's reading came from
turn-taking, not from the tag. How often the model's speaker is PDNC's, by the model's confidence:

${table}

The checker lets such a reading neither support nor contradict a credit (src/check/attribute/occurrence.ts,
\`describedAtTheLine\`): the book names the speaker by a description the model did not read.
`;
  mkdirSync(path.join(root, 'eval/results'), { recursive: true });
  writeFileSync(path.join(root, 'eval/results/described-tags.md'), doc);
}

main();

/**
 * Development aid: `node --import tsx eval/debug-scene.ts <Novel> "<text to find>" [charsBefore] [charsAfter]`
 * prints every gold quotation in that stretch of the novel with the predicted speaker beside it, and the
 * narration between them. `--sieve` anywhere scores the rule sieve alone.
 */
import path from 'node:path';
import { analyzeBook } from '../src/analysis/index.js';
import { captureSieve } from '../src/analysis/ranker/index.js';
import { bookFromPdnc } from './book-from-text.js';
import { loadPdncNovel } from './pdnc.js';
import { mapCharacters } from './speakers.js';

const [name = 'PrideAndPrejudice', find = 'Dear Lizzy!', before = '3000', after = '2000'] = process.argv
  .slice(2)
  .filter((a) => a !== '--sieve');
const novel = loadPdncNovel(path.resolve('../shared/corpus/pdnc', name));
const book = bookFromPdnc(novel.text, name);
const analysis = process.argv.includes('--sieve')
  ? captureSieve(() => analyzeBook(book)).result
  : analyzeBook(book);
const toGold = mapCharacters(analysis, novel.characters);
const at = novel.text.indexOf(find);
const from = at - Number(before),
  to = at + Number(after);
const golds = novel.quotes.filter((g) => g.parts[0]!.start >= from && g.parts[0]!.start < to);
let cursor = from;
for (const g of golds) {
  const s = g.parts[0]!.start;
  const q = analysis.quotes.find((p) => p.parts.some((x) => x.start < g.parts[0]!.end && s < x.end));
  const sp = q?.speaker
    ? (toGold.get(q.speaker) ?? `?${analysis.characters.find((c) => c.id === q.speaker)?.name}`)
    : null;
  const mark = sp === g.speaker ? 'ok ' : 'XX ';
  const narr = novel.text.slice(cursor, s).replace(/\s+/g, ' ').trim();
  if (narr) console.log(`   [${narr.slice(0, 300)}]`);
  console.log(
    `${mark}${g.speaker} (${g.type}) ← ${sp} [${q?.type} ${q?.confidence?.toFixed(2)}] "${novel.text
      .slice(s, g.parts[g.parts.length - 1]!.end)
      .replace(/\s+/g, ' ')
      .slice(0, 80)}"`,
  );
  cursor = g.parts[g.parts.length - 1]!.end;
}

/**
 * Development aid: `node --import tsx eval/debug-speakers.ts <Novel> [type] [n]` prints the predicted
 * characters and a sample of wrongly attributed gold quotations, with their context.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import { bookFromPdnc } from './book-from-text.js';
import { loadPdncNovel } from './pdnc.js';
import { goldNameOf, mapCharacters } from './speakers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [name = 'PrideAndPrejudice', type = 'Explicit', nArg = '15', showChars = 'chars'] =
  process.argv.slice(2);
const novel = loadPdncNovel(path.resolve(root, '../shared/corpus/pdnc', name));
const analysis = analyzeBook(bookFromPdnc(novel.text, name));
const toGold = mapCharacters(analysis, novel.characters);
const goldName = goldNameOf(novel.characters);
if (showChars === 'chars') {
  for (const c of analysis.characters.slice(0, 60)) {
    console.log(`${c.id} ${c.gender} ${c.mentions} → ${toGold.get(c.id) ?? '?'} :: ${c.aliases.join(' | ')}`);
  }
  console.log('gold:');
  for (const g of novel.characters.filter((g) => g.category !== 'minor'))
    console.log(`  ${g.name} ${g.gender} ${g.category} :: ${g.aliases.join(' | ')}`);
}
const reasons = new Map<string, number>();
let shown = 0;
for (const g of novel.quotes) {
  if (type !== 'all' && g.type !== type) continue;
  const first = g.parts[0]!;
  const q = analysis.quotes.find((p) => p.parts.some((s) => s.start < first.end && first.start < s.end));
  const sp = q?.speaker ?? null;
  const mapped = sp
    ? (toGold.get(sp) ?? `unmapped:${analysis.characters.find((c) => c.id === sp)?.name}`)
    : null;
  if (mapped === goldName(g.speaker)) continue;
  const reason = !q
    ? 'no-quote'
    : !sp
      ? 'no-speaker'
      : mapped?.startsWith('unmapped')
        ? 'unmapped'
        : `wrong-${q.type}`;
  reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  if (shown++ < Number(nArg)) {
    const ctx = novel.text.slice(
      Math.max(0, first.start - 150),
      Math.min(novel.text.length, g.parts[g.parts.length - 1]!.end + 150),
    );
    console.log(
      `--- gold ${g.speaker} (${g.type}) predicted ${mapped} [${q?.type} ${q?.confidence}]\n${ctx}`,
    );
  }
}
console.log(reasons);

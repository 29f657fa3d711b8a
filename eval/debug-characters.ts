/**
 * Development aid: `node --import tsx eval/debug-characters.ts [novel]` prints, per PDNC novel, the
 * gold characters Verbatim splits (two or more predicted characters map to one) and the predicted
 * characters that merge several gold ones, with their aliases and how many lines each is given.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import { bookFromPdnc } from './book-from-text.js';
import { loadPdncNovel, pdncNovelDirs } from './pdnc.js';
import { mapCharacters, normAlias } from './speakers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2]?.toLowerCase();
for (const dir of pdncNovelDirs(path.resolve(root, '../shared/corpus'))) {
  if (only && !path.basename(dir).toLowerCase().includes(only)) continue;
  const novel = loadPdncNovel(dir);
  const a = analyzeBook(bookFromPdnc(novel.text, novel.name));
  const toGold = mapCharacters(a, novel.characters);
  const lines = new Map<string, number>();
  for (const q of a.quotes) if (q.speaker) lines.set(q.speaker, (lines.get(q.speaker) ?? 0) + 1);
  const goldLines = new Map<string, number>();
  for (const q of novel.quotes) goldLines.set(q.speaker, (goldLines.get(q.speaker) ?? 0) + 1);
  const out: string[] = [];
  for (const g of novel.characters) {
    const mine = a.characters.filter((c) => toGold.get(c.id) === g.name);
    if (mine.length < 2) continue;
    out.push(`  SPLIT ${g.name} (${g.category}, gold aliases: ${g.aliases.join(' | ')})`);
    for (const c of mine) out.push(`      ${c.id} [${lines.get(c.id) ?? 0} lines] ${c.aliases.join(' | ')}`);
  }
  const owner = new Map<string, Set<string>>();
  for (const g of novel.characters)
    for (const al of [g.name, ...g.aliases])
      owner.set(normAlias(al), (owner.get(normAlias(al)) ?? new Set()).add(g.name));
  for (const c of a.characters) {
    const owners = new Set<string>();
    for (const al of c.aliases) {
      const o = owner.get(normAlias(al));
      if (o?.size === 1) owners.add([...o][0]!);
    }
    if (owners.size > 1)
      out.push(
        `  MERGE ${c.id} [${lines.get(c.id) ?? 0} lines] ${c.aliases.join(' | ')} -> ${[...owners].join(', ')}`,
      );
  }
  const missed = novel.characters.filter(
    (g) => g.category !== 'minor' && ![...toGold.values()].includes(g.name),
  );
  for (const g of missed) out.push(`  MISSED ${g.name} (${g.category}): ${g.aliases.join(' | ')}`);
  if (out.length > 0) console.log(`${novel.name}\n${out.join('\n')}`);
}

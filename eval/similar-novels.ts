/**
 * The 110 corpus novels as one library of word profiles, with their authors (eval/similar-authors.ts):
 * what `npm run eval:similar` and `npm run eval:similar-small` rank.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProfiledBook } from '../src/similar/library-profiles.js';
import { profileOfCounts } from '../src/similar/profile.js';
import { countWords } from '../src/text/keyness.js';
import { type CorpusNovel, LITBANK_AUTHORS, PDNC_AUTHORS } from './similar-authors.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const corpus = path.resolve(root, '../shared/corpus');

export interface Novel extends ProfiledBook {
  author: string;
  work: string;
}

export function loadNovels(): Novel[] {
  const novels: Novel[] = [];
  const add = (id: string, file: string, meta: CorpusNovel | undefined) => {
    if (!meta) throw new Error(`eval:similar: no author for ${id}; add it to eval/similar-authors.ts`);
    const profile = profileOfCounts(countWords(readFileSync(file, 'utf8')));
    novels.push({ id, title: id, author: meta.author, profile, work: meta.work ?? id });
  };
  for (const dir of readdirSync(path.join(corpus, 'pdnc')).sort()) {
    const file = path.join(corpus, 'pdnc', dir, 'novel_text.txt');
    if (existsSync(file)) add(`pdnc/${dir}`, file, PDNC_AUTHORS[dir]);
  }
  const litbank = path.join(corpus, 'litbank', 'original');
  for (const name of readdirSync(litbank).sort()) {
    if (!name.endsWith('.txt')) continue;
    const id = name.replace(/\.txt$/, '');
    add(`litbank/${id}`, path.join(litbank, name), LITBANK_AUTHORS[id]);
  }
  return novels;
}

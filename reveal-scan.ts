import { readdirSync, readFileSync } from 'node:fs';
import { analyzeBook } from './src/analysis/index.js';
import { REVEALABLE_DESCRIPTIONS } from './src/lexicon.js';
import { bookFromPdnc } from './eval/book-from-text.js';
const files = [
  ...readdirSync('/work/shared/corpus/pdnc', { withFileTypes: true }).filter(d => d.isDirectory()).map(d => `/work/shared/corpus/pdnc/${d.name}/novel_text.txt`),
  ...readdirSync('/work/shared/corpus/litbank/original').filter(f => f.endsWith('.txt')).map(f => `/work/shared/corpus/litbank/original/${f}`),
];
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const a = analyzeBook(bookFromPdnc(text, f));
  for (const c of a.characters) {
    const rev = c.aliases.filter(x => [...REVEALABLE_DESCRIPTIONS].some(n => x === `the ${n}`));
    if (rev.length && c.aliases.some(x => !x.startsWith('the '))) console.log(f.split('/').slice(-2).join('/'), '→', c.name, rev, c.mentions);
  }
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bookFromPdnc } from '../../eval/book-from-text.js';
import { loadPdncNovel } from '../../eval/pdnc.js';
import { scoreNovel } from '../../eval/speakers.js';
import { analyzeBook } from '../../src/analysis/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const novelDir = path.resolve(root, '../shared/corpus/pdnc/PrideAndPrejudice');
const present = existsSync(path.join(novelDir, 'novel_text.txt'));
if (!present) console.log(`corpus test skipped: ${novelDir} not found (the PDNC corpus is not checked out)`);

/**
 * A floor under the measured figures on one annotated novel, so a regression fails here. The full
 * evaluation is `npm run eval:speakers`; these thresholds sit a little under what it measures.
 */
describe.skipIf(!present)('Pride and Prejudice against the PDNC annotation', () => {
  it('finds the quotations, the speakers and the main characters', () => {
    const novel = loadPdncNovel(novelDir);
    const analysis = analyzeBook(bookFromPdnc(novel.text, novel.name));
    const s = scoreNovel(novel.name, novel.text, novel.quotes, novel.characters, analysis, 0);
    const precision = s.matchedParts / s.predParts;
    const recall = s.matchedParts / s.goldParts;
    expect(recall).toBeGreaterThan(0.98);
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThan(0.975);
    expect(s.correct / s.goldQuotes).toBeGreaterThan(0.79);
    expect(s.byType.Explicit.correct / s.byType.Explicit.n).toBeGreaterThan(0.975);
    expect(s.found / s.majorInter).toBeGreaterThanOrEqual(13 / 14);
  });
});

const persuasionDir = path.resolve(root, '../shared/corpus/pdnc/Persuasion');
const persuasionPresent = existsSync(path.join(persuasionDir, 'novel_text.txt'));

/** Two men called Charles (Charles Musgrove, Charles Hayter): the plain "Charles" is Musgrove. */
describe.skipIf(!persuasionPresent)('Persuasion against the PDNC annotation', () => {
  it('attributes the tagged speeches of the plain "Charles" to the right man', () => {
    const novel = loadPdncNovel(persuasionDir);
    const analysis = analyzeBook(bookFromPdnc(novel.text, novel.name));
    const s = scoreNovel(novel.name, novel.text, novel.quotes, novel.characters, analysis, 0);
    expect(s.correct / s.goldQuotes).toBeGreaterThan(0.81);
    expect(s.byType.Explicit.correct / s.byType.Explicit.n).toBeGreaterThan(0.95);
  });
});

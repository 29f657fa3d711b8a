import { existsSync, readFileSync } from 'node:fs';
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

const litbank = path.resolve(root, '../shared/corpus/litbank/original');
const treasureIsland = path.join(litbank, '120_treasure_island.txt');
const moonstone = path.join(litbank, '155_the_moonstone.txt');
const hound = path.join(litbank, '2852_the_hound_of_the_baskervilles.txt');
const titlesPresent = existsSync(treasureIsland) && existsSync(moonstone) && existsSync(hound);
if (!titlesPresent) console.log(`corpus test skipped: ${litbank} not found (LitBank is not checked out)`);

/** Ranks alone as the books use them: "the squire", "the Sergeant" (LitBank's full texts). */
describe.skipIf(!titlesPresent)('a rank alone in two LitBank novels', () => {
  const speaksMost = (file: string) => {
    const text = readFileSync(file, 'utf8');
    const a = analyzeBook(bookFromPdnc(text, path.basename(file)));
    const lines = new Map<string, number>();
    for (const q of a.quotes) if (q.speaker) lines.set(q.speaker, (lines.get(q.speaker) ?? 0) + 1);
    return (name: string) => {
      const c = a.characters.find((x) => x.name === name || x.aliases.includes(name));
      return { aliases: c?.aliases ?? [], lines: c ? (lines.get(c.id) ?? 0) : 0 };
    };
  };
  it('Treasure Island: "cried the squire" is Squire Trelawney, who speaks dozens of lines', () => {
    const trelawney = speaksMost(treasureIsland)('Squire Trelawney');
    expect(trelawney.aliases).toContain('Mr. Trelawney');
    expect(trelawney.lines).toBeGreaterThan(40);
  });
  it('The Hound of the Baskervilles: every line "said the baronet" is Sir Henry’s, one announced only in speech too', () => {
    // The book has two baronets (Sir Charles is dead), and "To see Sir Henry. Ah, here he is!" names
    // the one who comes in only in speech: the last Sir named before the tag.
    const text = readFileSync(hound, 'utf8');
    const a = analyzeBook(bookFromPdnc(text, 'hound'));
    const byBaronet = a.quotes.filter((q) => {
      const last = q.parts[q.parts.length - 1]!;
      const after = text.slice(last.end, last.end + 40);
      const between = q.parts.length > 1 ? text.slice(q.parts[0]!.end, q.parts[1]!.start) : '';
      return (
        /^\W{0,3}(?:said|cried|asked|answered|remarked|exclaimed)\s+the\s+baronet/.test(after) ||
        /the baronet/.test(between)
      );
    });
    const henry = a.characters.find((c) => c.name === 'Sir Henry Baskerville')!;
    expect(byBaronet.length).toBeGreaterThanOrEqual(8);
    expect(
      byBaronet
        .filter((q) => q.speaker !== henry.id)
        .map((q) => text.slice(q.parts[0]!.start, q.parts[0]!.end)),
    ).toEqual([]);
  });
  it('The Moonstone: a polite "Mr. Sergeant" makes no family; "the Sergeant" is Sergeant Cuff', () => {
    const cuff = speaksMost(moonstone)('Sergeant Cuff');
    expect(cuff.aliases).toContain('Sergeant');
    expect(cuff.lines).toBeGreaterThan(300);
  });
});

const maddingCrowd = path.join(litbank, '27_far_from_the_madding_crowd.txt');
describe.skipIf(!existsSync(maddingCrowd))(
  'a known given name printed in full, mostly after place prepositions',
  () => {
    it('Far from the Madding Crowd: Fanny Robin ("to Fanny", "with Fanny Robin") is a character who speaks', () => {
      // (probe round AF233: no character at all, and her lines went to "the spot")
      const text = readFileSync(maddingCrowd, 'utf8');
      const a = analyzeBook(bookFromPdnc(text, 'madding'));
      const fanny = a.characters.find((c) => c.aliases.includes('Fanny Robin'));
      expect(fanny?.aliases).toContain('Fanny');
      expect(a.quotes.filter((q) => q.speaker === fanny?.id).length).toBeGreaterThan(15);
    });
  },
);

/**
 * `npm run eval:vocatives`: how often a line's speaker is someone its own speech calls by name, on
 * PDNC's annotated quotations (all 18 novels), as the checker reads them: the speech at the line's
 * first part (the speaker model's quotation parts), the names it surely calls
 * (src/check/attribute/vocatives.ts, addressedNames) read with the speaker model's cast, and the
 * model's speaker for the line. thresholds.ts (VOCATIVE_CONTRADICT_MIN) chooses from this when a
 * credit to the called person is contradicted. A miss is a line the called person speaks.
 *
 * Results go to eval/results/vocatives.md (`-- --errors` prints every miss).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import { buildCast } from '../src/check/attribute/cast.js';
import { dialogueAt, speechFinder } from '../src/check/attribute/model-line.js';
import { addressedNames, calledCharacter, calledNames } from '../src/check/attribute/vocatives.js';
import { bookFromPdnc } from './book-from-text.js';
import { loadPdncNovel, pdncNovelDirs } from './pdnc.js';
import { goldNameOf, mapCharacters } from './speakers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');

interface Cell {
  lines: number;
  calledSpeaks: number;
}

/** The model's confidence for the line, in the bands thresholds.ts reads. */
function band(speaker: string | null, confidence: number): string {
  if (!speaker) return 'no speaker';
  return confidence >= 0.9
    ? '0.9–1.0'
    : confidence >= 0.7
      ? '0.7–0.9'
      : confidence >= 0.5
        ? '0.5–0.7'
        : '< 0.5';
}
const BANDS = ['0.9–1.0', '0.7–0.9', '0.5–0.7', '< 0.5', 'no speaker'];

function main(): void {
  if (!existsSync(path.join(corpus, 'pdnc'))) {
    console.log('corpus not found: nothing to evaluate');
    return;
  }
  const verbose = process.argv.includes('--errors');
  const surely = new Map<string, Cell>();
  const all = new Map<string, Cell>();
  let quotations = 0;
  const misses: string[] = [];
  for (const dir of pdncNovelDirs(corpus)) {
    const novel = loadPdncNovel(dir);
    const analysis = analyzeBook(bookFromPdnc(novel.text, novel.name));
    const toGold = mapCharacters(analysis, novel.characters);
    const cast = buildCast(analysis);
    const speechOf = speechFinder(analysis);
    const goldOf = goldNameOf(novel.characters);
    for (const q of novel.quotes) {
      const part = q.parts[0];
      if (!part) continue;
      quotations++;
      const truth = goldOf(q.speaker);
      const line = dialogueAt(analysis, part);
      const modelSpeaker = line?.speaker ?? null;
      const key = band(modelSpeaker, line?.confidence ?? 0);
      const speech = speechOf(part.start) ?? [part];
      // The called people, as the checker resolves them: a name meaning one character of the cast,
      // and not the model's own speaker (the checker contradicts only where the book gives another).
      const calledPeople = (names: readonly string[]) =>
        names.flatMap((name) => {
          const c = calledCharacter(name, cast);
          return c && c.id !== modelSpeaker ? [c] : [];
        });
      const tally = (table: Map<string, Cell>, names: readonly string[], keepMiss: boolean) => {
        const people = calledPeople(names);
        if (people.length === 0) return;
        const cell = table.get(key) ?? { lines: 0, calledSpeaks: 0 };
        cell.lines++;
        const speaks = people.some((c) => toGold.get(c.id) === truth);
        if (speaks) {
          cell.calledSpeaks++;
          if (keepMiss) {
            const words = speech
              .map((s) => novel.text.slice(s.start, s.end))
              .join(' … ')
              .replace(/\s+/g, ' ');
            misses.push(
              `${novel.name} (${key}): ${truth} calls ${names.join(', ')}: “${words.slice(0, 160)}”`,
            );
          }
        }
        table.set(key, cell);
      };
      tally(surely, addressedNames(novel.text, speech), true);
      tally(all, calledNames(novel.text, speech), false);
    }
  }
  const row = (t: Map<string, Cell>, b: string) => {
    const c = t.get(b) ?? { lines: 0, calledSpeaks: 0 };
    return `${c.lines} | ${c.calledSpeaks}`;
  };
  const sum = (t: Map<string, Cell>, bs: readonly string[]) =>
    bs.reduce(
      (a, b) => {
        const c = t.get(b) ?? { lines: 0, calledSpeaks: 0 };
        return { lines: a.lines + c.lines, calledSpeaks: a.calledSpeaks + c.calledSpeaks };
      },
      { lines: 0, calledSpeaks: 0 },
    );
  const atLeast07 = sum(surely, ['0.9–1.0', '0.7–0.9']);
  const doc = [
    '# A line’s speaker and the names its speech calls',
    '',
    'Reproduce: `npm run eval:vocatives` (`-- --errors` prints every miss).',
    '',
    `PDNC's ${quotations.toLocaleString('en')} annotated quotations (18 novels). For each, the speech at its first part (the speaker model's quotation), the names that speech calls read with the model's cast as the checker reads them (calledCharacter: a name meaning one character; not the model's own speaker), and whether one of them is the annotated speaker. "Surely called" is what the checker uses (src/check/attribute/vocatives.ts, addressedNames: no speech that reports other speech, no name given as an answer or of oneself); "any call" is calledNames alone, as the turn-taking rules read it.`,
    '',
    '| Model’s confidence for the line | surely called: lines | of which the called person speaks | any call: lines | of which the called person speaks |',
    '|---|---|---|---|---|',
    ...BANDS.map((b) => `| ${b} | ${row(surely, b)} | ${row(all, b)} |`),
    '',
    `Where the model gives another speaker at 0.7 or more, the surely called person speaks the line in ${atLeast07.calledSpeaks} of ${atLeast07.lines.toLocaleString('en')} lines (VOCATIVE_CONTRADICT_MIN in src/check/attribute/thresholds.ts).`,
    '',
  ].join('\n');
  mkdirSync(path.join(root, 'eval/results'), { recursive: true });
  writeFileSync(path.join(root, 'eval/results/vocatives.md'), doc);
  console.log(doc);
  if (verbose) console.log(misses.join('\n'));
}

main();

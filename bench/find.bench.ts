/**
 * `verbatim find` on a library of the corpus novels (all 110: more than the 100), index
 * built: one query per timed run, cycling through 40 passages drawn at random (seeded) from the
 * novels, 30 as written and 10 with a word changed. Target: ≤ 100 ms a query (CPU). Beside it, the
 * baseline in the same run: the look `check` made before `find` existed — every book's text read
 * from the library and searched with the probe regular expressions (src/check/locate/probe.ts).
 * The library is built on first use (eval/find/corpus-library.ts; minutes) and kept in the temp folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pick, rng } from '../eval/check/plant.js';
import { corpusLibrary, corpusNovels } from '../eval/find/corpus-library.js';
import type { Book } from '../src/book/types.js';
import { countHeld, probesOf } from '../src/check/locate/probe.js';
import { wordsOf } from '../src/check/locate/words.js';
import { findPassage } from '../src/find/index.js';
import type { Library } from '../src/store/library.js';
import { defineBench } from './harness.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const skip = existsSync(path.join(corpus, 'pdnc')) ? undefined : `corpus not found at ${corpus}`;

interface State {
  library: Library;
  passages: string[];
  next: number;
}

async function setup(): Promise<State> {
  const { library, idOf } = await corpusLibrary(corpusNovels(corpus));
  const ids = [...idOf.values()];
  const r = rng(7);
  const passages: string[] = [];
  while (passages.length < 40) {
    const book = library.getBook(pick(r, ids)) as Book;
    const s = pick(r, book.structure.sentences);
    const words = wordsOf(book.text, s.start, s.end);
    if (words.length < 10) continue;
    const n = Math.min(words.length, 8 + Math.floor(r() * 20));
    const text = book.text.slice(words[0]!.start, words[n - 1]!.end).replace(/\s+/g, ' ');
    passages.push(passages.length < 30 ? text : text.replace(/\b[a-z]{5,}\b/, 'orange'));
  }
  return { library, passages, next: 0 };
}

function nextPassage(s: State): string {
  const p = s.passages[s.next % s.passages.length]!;
  s.next++;
  return p;
}

export const benches = [
  defineBench<State>({
    name: 'find: one passage in a 110-novel library, index built',
    ...(skip ? { skip } : {}),
    setup,
    run: (s) => findPassage(s.library, nextPassage(s)),
    iterations: 40,
    warmup: 5,
    target: { maxMs: 100 },
  }),
  defineBench<State>({
    name: 'baseline: find by reading every book and searching its text (probes)',
    ...(skip ? { skip } : {}),
    setup,
    run: (s) => {
      const probes = [probesOf(nextPassage(s))];
      const held: string[] = [];
      for (const b of s.library.listBooks()) {
        const book = s.library.getBook(b.id)!;
        if (countHeld(book.text.toLowerCase(), probes) > 0) held.push(b.id);
      }
      return held;
    },
    iterations: 5,
    warmup: 1,
  }),
];

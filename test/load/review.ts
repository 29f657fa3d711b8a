import { rng } from '../../eval/check/plant.js';
import type { Book } from '../../src/book/types.js';

/**
 * A review generated at run time from the book's own sentences, so the load test checks a realistic
 * review of a real novel without copying any of the novel into the project. Deterministic (a seeded
 * generator): every run checks the same quotations. One quotation in five has a word changed, so the
 * checker does its misquote work too, and one in six is credited to the narrator in prose.
 */
export function generateReview(book: Book, quotations: number, seed = 11): string {
  const random = rng(seed);
  const candidates = quotable(book);
  const lines = [`# A review of ${book.metadata.title ?? 'the novel'}`, ''];
  for (let i = 0; i < quotations; i++) {
    let quote = candidates[Math.floor(random() * candidates.length)]!;
    if (i % 5 === 4) {
      const words = quote.split(' ');
      words[Math.floor(words.length / 2)] = 'remarkably';
      quote = words.join(' ');
    }
    const lead = i % 6 === 0 ? 'The narrator tells us that' : 'Later the book has it that';
    lines.push(`${lead} “${quote}” This passage repays a second reading.`, '');
  }
  return lines.join('\n');
}

const quotableCache = new WeakMap<Book, string[]>();

/** The book's sentences of 8 to 40 words without quotation marks inside, whitespace joined. */
function quotable(book: Book): string[] {
  const hit = quotableCache.get(book);
  if (hit) return hit;
  const candidates = book.structure.sentences
    .map((s) => book.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim())
    .filter((s) => {
      const words = s.split(' ').length;
      return words >= 8 && words <= 40 && !/["“”]/.test(s);
    });
  if (candidates.length === 0) throw new Error('the book has no sentences to quote');
  quotableCache.set(book, candidates);
  return candidates;
}

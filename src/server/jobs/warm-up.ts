import type { Analysis } from '../../analysis/types.js';
import type { Book } from '../../book/types.js';

/**
 * A new check worker's warm-up. V8 compiles the checker's functions for speed only once they have
 * run a while, so a worker's first checks cost more than later ones: against Pride and Prejudice, a
 * new worker's first ten 45-quotation checks took 25–32 ms each and its next forty 15–19 ms, against
 * 12 ms once it had run forty (dist build, one process, an idle machine). A worker that holds a book
 * and has had nothing to do for WARM_UP_IDLE_MS checks a review made of that book's own lines, one
 * at a time, WARM_UP_CHECKS times in its life, and throws the reports away; a real check that
 * arrives meanwhile waits for at most the one under way.
 *
 * The compiling is done on V8's other threads, so it shows in the process's CPU time more than in
 * the check's own: in one process, the first fifty checks of fifty different reviews cost 830 ms on
 * the checking thread and 690 ms on the others, the next fifty 510 and 230, and from the third fifty
 * on 480–550 and 30–130. So: 100 warm-ups. `npm run load` (built server, one worker, no readers;
 * the CPU of the whole server process for its 50 checks, two runs each): after 20 warm-ups 1,366 and
 * 1,596 ms (p99 0.94 and 1.07 s), 50: 1,093 and 1,280 ms, 100: 942 and 1,061 ms (p99 0.71 and
 * 0.81 s), 200: 916 and 1,183 ms. Warm-ups each quoting other lines of the book did no better than
 * one review again and again (1,047–1,250 ms against 1,008–1,166 ms, three runs each).
 */
export const WARM_UP_CHECKS = 100;
/** How long a worker must have been idle before it warms up (and between warm-up checks, 1 ms). */
export const WARM_UP_IDLE_MS = 50;

/** Lines of each kind the warm-up review quotes. */
const LINES = 12;

/**
 * A review of `book` as people write them, quoting its own lines: dialogue credited to the model's
 * speaker in the usual forms (a dash after, "X says", a parenthesis, a screenplay line) and narration
 * sentences, one in three with a word changed, so the checker's every stage runs (reading credits,
 * finding exact and altered passages, judging speakers, rendering). Deterministic; empty when the
 * book has nothing to quote.
 */
export function warmUpReview(book: Book, analysis: Analysis | null): string {
  const out = [`# Notes on ${book.metadata.title ?? 'the novel'}`, ''];
  const names = new Map(analysis?.characters.map((c) => [c.id, c.name]) ?? []);
  const spoken = (analysis?.quotes ?? []).filter((q) => q.speaker !== null && names.has(q.speaker));
  for (const [k, q] of spread(spoken, LINES).entries()) {
    const words = oneLine(book.text.slice(q.parts[0]?.start ?? q.start, q.parts[0]?.end ?? q.end));
    const name = names.get(q.speaker!)!;
    if (words.length < 2) continue;
    const credited = [
      `“${words}” — ${name}`,
      `In one scene ${name} says, “${words}”`,
      `“${words}” (${name})`,
      `${name}: ${words}`,
    ][k % 4]!;
    out.push(credited, '');
  }
  const sentences = book.structure.sentences
    .map((s) => oneLine(book.text.slice(s.start, s.end)))
    .filter((s) => /^[^"“”]{40,240}$/.test(s));
  for (const [k, s] of spread(sentences, LINES).entries()) {
    const words = s.split(' ');
    if (k % 3 === 2) words[Math.floor(words.length / 2)] = 'remarkably';
    out.push(`The narrator tells us that “${words.join(' ')}” It is worth a second look.`, '');
  }
  return out.length > 2 ? out.join('\n') : '';
}

/** At most `n` items, evenly spread over `items`. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / n)]!);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

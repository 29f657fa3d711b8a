/** `similar` as plain text for the terminal. */
import { formatNumber } from '../text/plain-format.js';
import type { SimilarReport } from './similar.js';

export function renderSimilarText(r: SimilarReport): string {
  const name = (title: string | null, author: string | null, id: string) =>
    `${title ? `"${title}"` : id}${author ? ` by ${author}` : ''}`;
  const lines = [`Books like ${name(r.title, r.author, r.bookId)}`];
  if (r.books.length === 0) return `${[...lines, r.note ?? 'No other book to compare with.'].join('\n')}\n`;
  lines.push(
    `Cosine Delta over the library's ${formatNumber(r.mfw)} most frequent words, ${formatNumber(r.libraryBooks)} books (1 = alike, 0 = unrelated):`,
  );
  if (r.note) lines.push(`Note: ${r.note}`);
  lines.push('');
  r.books.forEach((b, i) => {
    lines.push(
      `${String(i + 1).padStart(3)}. ${b.similarity.toFixed(3)}  ${b.id}  ${name(b.title, b.author, b.id)}`,
    );
    const words = b.drivers.map((d) => `${d.word} (${d.z > 0 ? 'more' : 'less'})`).join(', ');
    if (words) lines.push(`        both use more or less than the library: ${words}`);
  });
  return `${lines.join('\n')}\n`;
}

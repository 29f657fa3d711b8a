import { countOf, formatNumber } from '../../text/plain-format.js';

/** A count as every page shows it: "12,345" (the CLI's formatNumber, so both read alike). */
export function formatCount(n: number): string {
  return formatNumber(n);
}

export { countOf, formatNumber };

/** "12% into the book" for an offset. */
export function percentInto(offset: number, length: number): string {
  if (length <= 0) return '0%';
  return `${Math.round((offset / length) * 100)}%`;
}

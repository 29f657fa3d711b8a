export function formatCount(n: number): string {
  return n.toLocaleString('en');
}

/** "12% into the book" for an offset. */
export function percentInto(offset: number, length: number): string {
  if (length <= 0) return '0%';
  return `${Math.round((offset / length) * 100)}%`;
}

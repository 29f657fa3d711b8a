/** Plain-text formatting for the command line's and the modules' text reports. */

/**
 * 12345 → "12,345": word counts people read at a glance. Not `toLocaleString`: its first call loads
 * ICU's locale data, ~25 ms of a `list` or `info` that should take little more than Node's start.
 * A string is grouped as written ("4903.50" → "4,903.50").
 */
export function groupDigits(n: number | string): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Every number a report shows a person (the CLI's text and the web app's pages alike): thousands
 * grouped and `decimals` places, or as many as the number has when not given (counts).
 * 4903.04 → "4,903" (0); 32.68 → "32.7" (1); 83302 → "83,302".
 */
export function formatNumber(n: number, decimals?: number): string {
  return groupDigits(decimals === undefined ? n : n.toFixed(decimals));
}

/** "1 chapter", "12 chapters", "1,204 uses": a count and its noun, the noun plural unless the count is 1. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** Left-aligned columns for plain-text tables. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '))
    .join('\n');
}

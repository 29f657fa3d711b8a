/** Plain-text formatting for the command line's and the modules' text reports. */

/**
 * 12345 → "12,345": word counts people read at a glance. Not `toLocaleString`: its first call loads
 * ICU's locale data, ~25 ms of a `list` or `info` that should take little more than Node's start.
 */
export function groupDigits(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
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

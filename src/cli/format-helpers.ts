/** 12345 → "12,345": word counts people read at a glance. */
export function groupDigits(n: number): string {
  return n.toLocaleString('en-US');
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

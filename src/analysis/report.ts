import type { Book } from '../book/types.js';
import type { Analysis, Character } from './types.js';

export interface CharacterLine {
  character: Character;
  quotes: number;
}

/** Characters with how many quotations each speaks, most lines first (then most mentions). */
export function speakingCast(analysis: Analysis): CharacterLine[] {
  const counts = new Map<string, number>();
  for (const q of analysis.quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return analysis.characters
    .map((character) => ({ character, quotes: counts.get(character.id) ?? 0 }))
    .sort((a, b) => b.quotes - a.quotes || b.character.mentions - a.character.mentions);
}

function pct(n: number, d: number): string {
  return d === 0 ? '0%' : `${Math.round((100 * n) / d)}%`;
}

function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The plain-text report `verbatim analyze` prints. */
export function renderAnalysisText(
  analysis: Analysis,
  book: Book,
  options: { quotes?: boolean; limit?: number } = {},
): string {
  const lines: string[] = [];
  const title = book.metadata.title ?? book.sourcePath ?? book.id;
  lines.push(`${title}: dialogue and speakers`);
  const n = analysis.quotes.length;
  const by = (t: string) => analysis.quotes.filter((q) => q.type === t).length;
  const attributed = analysis.quotes.filter((q) => q.speaker).length;
  lines.push(
    `${n.toLocaleString('en-US')} quotations (${analysis.quoteStyle} quotes); ${pct(attributed, n)} with a speaker ` +
      `(explicit ${pct(by('explicit'), n)}, anaphoric ${pct(by('anaphoric'), n)}, implicit ${pct(by('implicit'), n)})`,
  );
  const names = new Map(analysis.characters.map((c) => [c.id, c.name]));
  const cast = speakingCast(analysis);
  const limit = options.limit ?? 40;
  lines.push(
    '',
    `Characters (${analysis.characters.length}; ${Math.min(limit, cast.length)} shown, most lines first)`,
  );
  const rows = [['id', 'name', 'gender', 'mentions', 'quotes', 'also called']];
  for (const { character: c, quotes } of cast.slice(0, limit)) {
    rows.push([
      c.id,
      c.name,
      c.gender,
      String(c.mentions),
      String(quotes),
      oneLine(c.aliases.filter((a) => a !== c.name).join(', '), 60),
    ]);
  }
  lines.push(renderTable(rows));
  if (analysis.places.length > 0) {
    lines.push('', 'Places');
    lines.push(
      `  ${analysis.places
        .slice(0, 20)
        .map((p) => `${p.name} (${p.mentions})`)
        .join(', ')}`,
    );
  }
  if (options.quotes) {
    lines.push('', 'Quotations (offset, speaker, how, confidence, text)');
    for (const q of analysis.quotes) {
      const who = q.speaker ? (names.get(q.speaker) ?? q.speaker) : '?';
      const text = q.parts.map((p) => book.text.slice(p.start, p.end)).join(' … ');
      lines.push(
        `  ${String(q.start).padStart(7)}  ${who.padEnd(20)} ${q.type.padEnd(9)} ${q.confidence.toFixed(2)}  "${oneLine(text, 70)}"`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function renderTable(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) {
    r.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, c.length);
    });
  }
  return rows
    .map((r) => `  ${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`)
    .join('\n');
}

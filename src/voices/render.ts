/** `verbatim voices --format text`: how each character talks, as a person reads it. */
import { formatNumber, table } from '../text/plain-format.js';
import type { CharacterVoice, VoicesReport } from './types.js';

export function renderVoiceText(v: CharacterVoice): string {
  const lines = [
    `${v.name}: ${formatNumber(v.lines)} line${v.lines === 1 ? '' : 's'} counted, ${formatNumber(v.words)} words (${formatNumber(v.meanWords, 1)} a line, median ${formatNumber(v.medianWords)}, longest ${formatNumber(v.longestWords)})${v.uncertainLines > 0 ? `; ${formatNumber(v.uncertainLines)} more with an uncertain speaker, not counted` : ''}`,
    v.addressees.length > 0
      ? `  speaks to (${formatNumber(v.addressedLines)} of ${formatNumber(v.lines)} lines: whom a line names or is tagged as said to, else the speaker before or after): ${v.addressees.map((a) => `${a.name} (${formatNumber(a.lines)})`).join(', ')}`
      : '  speaks to: nobody found (no line names anyone, and no one speaks just before or after)',
    `  distinctive words: ${v.distinctiveWords.map((k) => `${k.word} (${formatNumber(k.count)})`).join(', ') || 'none significant'}`,
    `  distinctive phrases: ${v.distinctivePhrases.map((k) => `${k.word} (${formatNumber(k.count)})`).join(', ') || 'none significant'}`,
  ];
  return lines.join('\n');
}

export function renderVoicesText(r: VoicesReport, limit: number): string {
  const out = [
    `How the characters of ${r.title} talk`,
    `(lines whose speaker has confidence ${r.minConfidence} or more; words and phrases said ${r.keyness.minCount}+ times, against the other characters' lines: Dunning G² ≥ ${r.keyness.minG2}, p < ${r.keyness.p})`,
    '',
  ];
  if (r.characters.length > 0) {
    out.push(
      table([
        ['character', 'lines', 'uncertain', 'words/line', 'speaks most to'],
        ...r.characters
          .slice(0, limit)
          .map((c) => [
            c.name,
            formatNumber(c.lines),
            formatNumber(c.uncertainLines),
            formatNumber(c.meanWords, 1),
            c.addressees[0]?.name ?? '—',
          ]),
      ]),
      '',
    );
    for (const c of r.characters.slice(0, limit).filter((c) => c.lines > 0)) out.push(renderVoiceText(c), '');
  }
  if (r.characters.length > limit)
    out.push(`(${r.characters.length - limit} more characters: --limit to see them)`);
  out.push(...r.notes.map((x) => `Note: ${x}`));
  return `${out.join('\n').trimEnd()}\n`;
}

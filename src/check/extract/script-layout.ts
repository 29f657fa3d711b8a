import { isNameOnly } from './credit-lines.js';
import type { DecideContext, Decision } from './decide.js';

/**
 * A play or film script laid out as a script is: the speaker's name on a line of its own, a
 * direction in parentheses at most, then the speech ("DEBORAH⏎(fierce, eager)⏎If I were t' witch
 * dwarf…"). Where two speeches under a name are already taken as quotations (the book has their
 * words), the page is such a script, and every speech under a name is one of its lines, found in the
 * book or not: a line altered or made up for the stage is reported too (probe round AF271: an
 * altered and an invented line of a reading script were left out of the report).
 */

/** Speeches under a name already taken as quotations that make the page a script. */
const SCRIPT_SPEECHES_MIN = 2;

/** A capital first and a sentence's end last: whole sentences, not a gloss ("a woman who…"). */
export const WHOLE_SENTENCES = /^\s*["“‘']?\p{Lu}[^\n]*[.!?…]["”’']?\s*$/u;

/** A line that is only a direction in parentheses: "(fierce, eager)", "(to Deborah, at the cell door)". */
export const DIRECTION_LINE = /^\s*\([^()\n]{1,80}\)\s*$/;

export function settleScriptLayout(ctx: DecideContext, decisions: Decision[]): void {
  const { doc, units } = ctx;
  const text = doc.text;
  const blockText = (bi: number) => {
    const b = doc.blocks[bi];
    return b ? text.slice(b.content.start, b.content.end) : '';
  };
  /** The unit's block has a speaker's name above it, a direction at most between. */
  const underName = (ui: number): boolean => {
    const u = units[ui]!;
    if (u.container !== 'paragraph' || u.prefix || u.label) return false;
    let bi = u.blockIndex - 1;
    if (DIRECTION_LINE.test(blockText(bi))) bi--;
    const name = doc.blocks[bi];
    return name?.kind === 'paragraph' && isNameOnly(blockText(bi)) && !DIRECTION_LINE.test(blockText(bi));
  };
  const speeches = units.map((_, ui) => underName(ui));
  const taken = decisions.filter((d, ui) => speeches[ui] && d.kind === 'whole').length;
  if (taken < SCRIPT_SPEECHES_MIN) return;
  decisions.forEach((d, ui) => {
    if (!speeches[ui] || (d.kind !== 'none' && d.kind !== 'pending')) return;
    const u = units[ui]!;
    if (!WHOLE_SENTENCES.test(text.slice(u.body.start, u.body.end))) return;
    decisions[ui] = { kind: 'whole', setOff: 'unmarked', ruleId: 'extract/script-line' };
  });
}

import { UPPERS } from '../../text/letters.js';
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

/**
 * Speeches under a name already taken as quotations that make the page a script: at least two, and
 * at least this share of the paragraphs under a name (a character guide with a quotation or two under
 * some names and the writer's prose under others is no script).
 */
const SCRIPT_SPEECHES_MIN = 2;
const SCRIPT_SPEECHES_SHARE = 0.5;

/** A capital first and a sentence's end last: whole sentences, not a gloss ("a woman who…"). */
export const WHOLE_SENTENCES = new RegExp(String.raw`^\s*["“‘']?[${UPPERS}][^\n]*[.!?…]["”’']?\s*$`, 'u');

/** A line that is only a direction in parentheses: "(fierce, eager)", "(to Deborah, at the cell door)". */
export const DIRECTION_LINE = /^\s*\([^()\n]{1,80}\)\s*$/;

export function settleScriptLayout(ctx: DecideContext, decisions: Decision[]): void {
  const { doc, units } = ctx;
  const text = doc.text;
  const blockText = (bi: number) => {
    const b = doc.blocks[bi];
    return b ? text.slice(b.content.start, b.content.end) : '';
  };
  /** The speaker's name above the unit's block, a direction at most between; null when none. */
  const nameAbove = (ui: number): string | null => {
    const u = units[ui]!;
    if (u.container !== 'paragraph' || u.prefix || u.label) return null;
    // (a direction or a name of its own is no speech: "(bitter)" under "Ruth")
    const own = blockText(u.blockIndex);
    if (DIRECTION_LINE.test(own) || isNameOnly(own)) return null;
    let bi = u.blockIndex - 1;
    if (DIRECTION_LINE.test(blockText(bi))) bi--;
    const name = blockText(bi);
    return doc.blocks[bi]?.kind === 'paragraph' && isNameOnly(name) && !DIRECTION_LINE.test(name)
      ? name
      : null;
  };
  const names = units.map((_, ui) => nameAbove(ui));
  const under = names.filter((n) => n !== null).length;
  const taken = decisions.filter((d, ui) => names[ui] !== null && d.kind === 'whole').length;
  if (taken < SCRIPT_SPEECHES_MIN || taken < SCRIPT_SPEECHES_SHARE * under) return;
  decisions.forEach((d, ui) => {
    const name = names[ui];
    if (name == null || (d.kind !== 'none' && d.kind !== 'pending')) return;
    const u = units[ui]!;
    const body = text.slice(u.body.start, u.body.end);
    if (!WHOLE_SENTENCES.test(body)) return;
    // (the writer's prose about the person named above, "Jane is the kindest of the sisters.", names
    // them; a speech seldom names its own speaker)
    if (name.split(/\s+/).some((w) => w.length > 2 && body.includes(w))) return;
    decisions[ui] = { kind: 'whole', setOff: 'unmarked', ruleId: 'extract/script-line' };
  });
}

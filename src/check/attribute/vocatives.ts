import type { Span } from '../../book/span.js';
import { titleAlternation } from '../../lexicon.js';

/**
 * The people a line of speech calls by name: “No, Harriet; I'll try”, “You appear to me, Mr. Darcy,
 * to allow nothing”, “Oh, Mr. Emerson, whatever do you mean?”. In a talk between two, each speaks to
 * the other, so a name called in one turn is the speaker of the turns on the other parity; a name that
 * is neither of the two shows a third person in the talk (alternation.ts). Names as printed; the
 * caller resolves them with the book's cast and drops what no character is called.
 */

const TITLE = `(?:${titleAlternation()})\\.?`;
const CAP = "\\p{Lu}[\\p{L}'’\\-]*";
const NAME = `(?:${TITLE}\\s+)?${CAP}(?:\\s+${CAP}){0,2}`;
/** Where a called name stands: opening the speech or a sentence, after a comma or dash, after "Oh", "my dear". */
const BEFORE = `(?:^|[,;:!?\\u2014\\u2013]\\s*|[.]\\s+|\\b(?:[Oo]h|O|[Mm]y\\s+(?:dear(?:est)?|good)|[Dd]ear(?:est)?)\\s+)`;
/** …and what follows it: a comma, a stop, the end of the speech; not "Jane and Kitty", "Jane's". */
const AFTER = '(?=\\s*(?:[,!?;.\\u2014\\u2013]|$))(?!,?\\s+(?:and|or|nor)\\b)';
const CALLED = new RegExp(`${BEFORE}(${NAME})${AFTER}`, 'gu');

/** The names the quoted parts call, in order (each once). */
export function calledNames(text: string, parts: readonly Span[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const s = text.slice(p.start, p.end).replace(/\s+/g, ' ').trim();
    CALLED.lastIndex = 0;
    // the whole speech a name ("Harris," said Lucy; "John Beaver?"): an answer or an echo, not a call
    if (/^[\p{Lu}][\p{L}'’.\- ]*[,.!?…-]*$/u.test(s) && s.split(' ').length <= 4) continue;
    for (let m = CALLED.exec(s); m; m = CALLED.exec(s)) {
      const name = m[1]!;
      const at = m.index + m[0].length - name.length;
      const echo = at === 0 && /^\s*\?/.test(s.slice(m.index + m[0].length));
      if (!/[’']s$/.test(name) && !echo && !out.includes(name)) out.push(name);
      // let the comma after one name open the next ("Jane, Lizzy, come here")
      CALLED.lastIndex = m.index + m[0].length;
    }
  }
  return out;
}

import type { Span } from '../../book/span.js';
import { LOWERS } from '../../text/letters.js';
import { NAME, type Prefix } from './frame.js';
import { isNameLike } from './trailer.js';

/**
 * "- Eeyore — I'm not asking anybody.", "- The artilleryman — Where do you come from?": a list of
 * lines, each item opening on the speaker's name (or a person described: "My brother") and a spaced
 * dash, then words without marks (probe round AF12: the name was read as words of the quotation,
 * called altered; "1. Tommy -- “…”" is the marks' and the name-dash credit's). Only at the
 * head of a list item: in running prose "Darcy — proud as ever — …" is the writer's. Weak: the words
 * after it are a quotation only where the book has them (decide.ts).
 */
const LIST_DASH = new RegExp(
  `^[ \\t]*(${NAME}|(?:[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Tt]heir)(?:[ \\t]+[${LOWERS}][${LOWERS}'’-]*){1,2})[ \\t]+(?:[\\u2014\\u2013]|--)[ \\t]+(?=[^\\s"“‘'«])`,
  'du',
);

/** The speaker's name and where the words start, when a list item's line opens so; else null. */
export function listDashPrefix(text: string, line: Span): Prefix | null {
  const m = LIST_DASH.exec(text.slice(line.start, line.end));
  if (!m || !isNameLike(m[1]!)) return null;
  // (a second spaced dash on the line is the writer's aside: "Darcy — proud as ever — turns away")
  if (/[ \t](?:[\u2014\u2013]|--)[ \t]/.test(text.slice(line.start + m[0].length, line.end))) return null;
  const nameAt = line.start + m.indices![1]![0];
  return {
    speaker: { start: nameAt, end: nameAt + m[1]!.length },
    bodyStart: line.start + m[0].length,
    strong: false,
  };
}

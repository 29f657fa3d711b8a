import { describe, expect, it } from 'vitest';
import { findRevealedDescriptions } from '../../src/analysis/revealed.js';
import type { Mention } from '../../src/analysis/speakers/index.js';
import type { Span } from '../../src/book/span.js';

/**
 * A reveal reader case: the text, with every [[Name]] a mention of character `Name` and every
 * {{…}} a quotation part (marks outside the braces).
 */
function read(marked: string) {
  let text = '';
  const mentions: Mention[] = [];
  const parts: Span[] = [];
  let quoteStart = -1;
  for (const token of marked.split(/(\[\[[^\]]+\]\]|\{\{|\}\})/)) {
    if (token === '{{') quoteStart = text.length;
    else if (token === '}}') {
      parts.push({ start: quoteStart, end: text.length });
      quoteStart = -1;
    } else if (token.startsWith('[[')) {
      const name = token.slice(2, -2);
      mentions.push({
        start: text.length,
        end: text.length + name.length,
        character: name,
        inQuote: quoteStart >= 0,
      });
      text += name;
    } else text += token;
  }
  return findRevealedDescriptions(text, parts, mentions).map((r) => `${r.noun}=${r.character} ${r.rule}`);
}

describe('descriptions revealed by name', () => {
  it.each([
    ['"{{My name is [[Griffin]],}}" said the stranger.', ['stranger=Griffin reveal/self-named']],
    ['"{{I am [[Collins]].}}" The visitor bowed.', []],
    ['"{{I am [[Collins]],}}" the visitor said.', ['visitor=Collins reveal/self-named']],
    ['The stranger, whose name was [[Griffin]], sat down.', ['stranger=Griffin reveal/narration']],
    ['The visitor proved to be [[Mr. Collins]].', ['visitor=Mr. Collins reveal/narration']],
    ['The caller was none other than [[Lady Catherine]].', ['caller=Lady Catherine reveal/narration']],
    // A possessive is someone else; "the man" is not a description that waits for a name.
    ["The stranger was [[Griffin]]'s cousin.", []],
    ['The man was [[Griffin]].', []],
    // Named as two people: not linked.
    ['The visitor was [[Collins]]. Later the visitor was [[Wickham]].', []],
    // "A newcomer" introduces a new one: each reveal holds from its introduction to the next.
    [
      'A newcomer sat down. The newcomer was [[Tess]]. Years on, a newcomer knocked. The newcomer was, indeed, [[Alec]].',
      ['newcomer=Tess reveal/narration', 'newcomer=Alec reveal/narration'],
    ],
    // Naming someone else inside a quotation is not a reveal.
    ['"{{Ask [[Griffin]],}}" said the stranger.', []],
  ])('%s', (marked, expected) => {
    expect(read(marked)).toEqual(expected);
  });
});

/**
 * Lines a novel prints as a play (src/analysis/script-lines.ts): "ROSALIND: (Outside) Yes!" is
 * Rosalind's line, whose words are "Yes!"; a lone "P. S.: …" or a heading in capitals is not.
 */
import { describe, expect, it } from 'vitest';
import { findScriptLines, scriptLineOf } from '../../src/analysis/script-lines.js';

/** Paragraphs split on blank lines, as the book's structure gives them. */
function paragraphsOf(text: string) {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/\S(?:[^\n]|\n(?!\n))*/g))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function lines(paragraphs: string[]) {
  const text = paragraphs.join('\n\n');
  return findScriptLines(text, paragraphsOf(text), () => false).map((l) => ({
    name: l.name,
    words: text.slice(l.speech.start, l.speech.end),
  }));
}

describe('a paragraph printed as a play’s line', () => {
  it('reads the label as the name narration writes, and the words after a stage direction', () => {
    expect(scriptLineOf('MRS. CONNAGE: (Entering) Rosalind, you are not dressed.')).toMatchObject({
      name: 'Mrs. Connage',
      speech: { start: 'MRS. CONNAGE: (Entering) '.length },
    });
    expect(scriptLineOf('ROSALIND: Yes!')?.name).toBe('Rosalind');
  });
  it('is no line when the label is a page’s label, a heading or a pronoun’s', () => {
    expect(scriptLineOf('NOTE: the ferry leaves at noon.')).toBeNull();
    expect(scriptLineOf('CHAPTER II: THE STORM')).toBeNull();
    expect(scriptLineOf('HE: Are you cold?')).toMatchObject({ name: null });
    expect(scriptLineOf('Ruth: a woman who never leaves the island.')).toBeNull();
  });
});

describe('the script lines of a book', () => {
  const scene = [
    'The curtain rose on the Salt House.',
    'RUTH: (At the window) The tide is in.',
    'TOMMY: Then come home with me.',
    '(She does not move.)',
    'RUTH: I have been counting the waves.',
    'TOMMY: They come in sevens, Ruth.',
  ];
  it('takes a run of four lines or more by two speakers or more', () => {
    expect(lines(scene)).toEqual([
      { name: 'Ruth', words: 'The tide is in.' },
      { name: 'Tommy', words: 'Then come home with me.' },
      { name: 'Ruth', words: 'I have been counting the waves.' },
      { name: 'Tommy', words: 'They come in sevens, Ruth.' },
    ]);
  });
  it('leaves a lone labelled paragraph, or a run of one speaker, to the narration', () => {
    expect(lines(['Yours ever, Ruth.', 'P. S.: The lamp is lit every night.'])).toEqual([]);
    expect(lines(['RUTH: One.', 'RUTH: Two.', 'RUTH: Three.', 'RUTH: Four.'])).toEqual([]);
    expect(lines(scene.slice(0, 4))).toEqual([]);
  });
});

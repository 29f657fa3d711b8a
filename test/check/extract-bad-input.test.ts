import { describe, expect, it } from 'vitest';
import { extract, fixtureBook, found } from './extract-helpers.js';

const book = fixtureBook();

/** Lines of the fixture novel a writer might quote. */
const LINES = [
  'The water is never kind.',
  'It is only patient.',
  'I have been counting the waves.',
  'They come in sevens.',
  'Then I am not sensible.',
  'I never claimed to be.',
  'Better a fool about oranges than about people.',
  'You were always a fool about oranges.',
];

describe('bad input: one report, clear warnings, no crash', () => {
  it('a review of 5,000 marked quotations', () => {
    const text = Array.from(
      { length: 5000 },
      (_, i) => `Point ${i}: she says “${LINES[i % LINES.length]}”`,
    ).join('\n\n');
    const r = extract(text, book);
    expect(r.quotes).toHaveLength(5000);
    expect(r.warnings).toEqual([]);
    expect(r.quotes[4999]!.line).toBe(9999);
  });

  it('a review of 5,000 unmarked list items', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `- ${LINES[i % LINES.length]}`).join('\n');
    const r = extract(text, book);
    expect(r.quotes).toHaveLength(5000);
    expect(new Set(r.quotes.map((q) => q.setOff))).toEqual(new Set(['list-item']));
  });

  it('a review that is nothing but a quote list', () => {
    const text = `${LINES.map((l) => `* ${l}`).join('\n')}\n`;
    expect(found(text, book)).toEqual(LINES.map((l) => `list-item: ${l}`));
  });

  it('quotations nested three deep, in every paragraph', () => {
    const para = 'Kathy: “Ruth said, ‘Tommy kept shouting “the sea, the sea” all night,’ and laughed.”';
    const text = Array.from({ length: 50 }, () => para).join('\n\n');
    const r = extract(text, book);
    expect(r.quotes).toHaveLength(50);
    expect(r.warnings).toEqual([]);
    expect(
      r.quotes.every((q) => text.slice(q.parts[0]!.start, q.parts[0]!.end).endsWith('and laughed.')),
    ).toBe(true);
  });

  it('unbalanced marks in a long document: a warning with its line each, no runaway quotation', () => {
    const paras = Array.from({ length: 300 }, (_, i) =>
      i % 10 === 0
        ? `Paragraph ${i}: she said “this never closes and goes on`
        : `Paragraph ${i}: “a fine line” here.`,
    );
    const text = paras.join('\n\n');
    const r = extract(text, book);
    expect(r.quotes).toHaveLength(300);
    expect(r.warnings).toHaveLength(30);
    expect(r.warnings.map((w) => w.line)).toEqual(Array.from({ length: 30 }, (_, k) => 1 + 20 * k));
    expect(r.warnings.every((w) => w.ruleId === 'quote/unbalanced' && w.span !== undefined)).toBe(true);
    // Each guess stops at its own paragraph's end.
    expect(r.quotes.every((q) => !text.slice(q.parts[0]!.start, q.parts[0]!.end).includes('\n'))).toBe(true);
  });

  it('every paragraph indented: read as paragraphs, with a warning, quotations in them still found', () => {
    const text = [
      '    Ruth lives alone in the Salt House at the end of the causeway.',
      '    Tommy visits her every Sunday and says “the water is never kind” each time.',
      '    The storm comes at last, and the reader knows it will.',
      '    Miss Emily has an opinion about all of it, as always.',
    ].join('\n\n');
    const r = extract(text, book);
    expect(r.warnings).toEqual([
      expect.objectContaining({ ruleId: 'review/all-block-quotes', severity: 'info' }),
    ]);
    expect(found(text, book)).toEqual(['quote-marks: the water is never kind']);
  });

  it('every paragraph a block quote of the book’s words: they stay quotations', () => {
    const text = LINES.slice(0, 4)
      .map((l) => `> ${l}`)
      .join('\n\n');
    const r = extract(text, book);
    expect(r.warnings).toEqual([]);
    expect(r.quotes.map((q) => q.setOff)).toEqual([
      'block-quote',
      'block-quote',
      'block-quote',
      'block-quote',
    ]);
  });

  it('a review in another language: its marked quotations, and no unmarked ones', () => {
    const text = [
      'Dans ce roman, Ruth vit seule au bout de la chaussée.',
      'Tommy lui dit : « The water is never kind », et elle ne répond pas.',
      '- Ruth et Tommy se disputent.',
      '- La tempête arrive en octobre.',
      'Er sagte »Then I am not sensible« und ging.',
    ].join('\n\n');
    expect(found(text, book)).toEqual([
      'quote-marks:  The water is never kind ',
      'quote-marks: Then I am not sensible',
    ]);
  });

  it('an empty review and one of white space only', () => {
    expect(extract('', book)).toEqual({ quotes: [], warnings: [] });
    expect(extract('\n\n   \n', book)).toEqual({ quotes: [], warnings: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { extractQuotations } from '../../src/check/extract/index.js';
import { parseReviewDocument } from '../../src/check/review/document.js';

/** The quoted words (parts joined by " | ") of every quotation found in `text`. */
function quoted(text: string): string[] {
  return extractQuotations(parseReviewDocument(text)).quotes.map((q) =>
    q.parts.map((p) => text.slice(p.start, p.end)).join(' | '),
  );
}

describe('finding quotations in a review', () => {
  it('finds curly and straight double quotes', () => {
    expect(quoted('He says “I am here” and then "I am gone" again.')).toEqual(['I am here', 'I am gone']);
  });

  it('finds British single quotes without mistaking apostrophes for them', () => {
    const text =
      "The Bennets' house isn't quiet; it's the '90s. 'Tis said she 'never slept' there, and 'the Salt House' stands.";
    expect(quoted(text)).toEqual(['never slept', 'the Salt House']);
  });

  it('keeps a plural possessive inside a single-quoted quotation', () => {
    expect(quoted("Ruth says 'the girls' dresses were wet' and leaves.")).toEqual([
      "the girls' dresses were wet",
    ]);
  });

  it('keeps nested quotations inside the outer one', () => {
    expect(quoted('She wrote: “He told me ‘never again’ and left.”')).toEqual([
      'He told me ‘never again’ and left.',
    ]);
    expect(quoted('She wrote: \'He told me "never again" and left.\'')).toEqual([
      'He told me "never again" and left.',
    ]);
  });

  it('joins a quotation split by narration into one with two parts', () => {
    expect(quoted("'I kept you apart,' she says, 'and I am sorry.'")).toEqual([
      'I kept you apart, | and I am sorry.',
    ]);
    expect(quoted('“Yes,” said Mr. Bennet, “I know.”')).toEqual(['Yes, | I know.']);
  });

  it('does not join two quotations in separate sentences', () => {
    expect(quoted('“A miracle,” wrote the Guardian. Harold Bloom writes: “A wonder.”')).toEqual([
      'A miracle,',
      'A wonder.',
    ]);
  });

  it('finds Markdown and indented block quotations; a block of marked parts is one quotation in parts', () => {
    const text = 'Intro:\n\n> “Yes,” said he,\n> “it is.” (p. 4)\n\nMore:\n\n    An indented passage here.\n';
    const found = extractQuotations(parseReviewDocument(text)).quotes;
    expect(found.map((q) => q.setOff)).toEqual(['block-quote', 'block-quote']);
    expect(quoted(text)).toEqual(['Yes, | it is.', 'An indented passage here.']);
    expect(text.slice(found[0]!.between[0]!.start, found[0]!.between[0]!.end)).toBe(' said he,\n> ');
    expect(text.slice(found[0]!.trailer!.start, found[0]!.trailer!.end)).toBe(' (p. 4)');
  });

  it('warns about an unclosed quote with its line number and guesses the extent', () => {
    const text = 'Fine.\n\nTommy says: “Come home with me.\n\nNext paragraph.';
    const r = extractQuotations(parseReviewDocument(text));
    expect(r.warnings).toEqual([expect.objectContaining({ ruleId: 'quote/unbalanced', line: 3 })]);
    expect(quoted(text)).toEqual(['Come home with me.']);
  });

  it('takes a quotation running over paragraphs (each opens, only the last closes) as one, without a warning', () => {
    const text =
      'Ruth writes:\n\n“I kept the lamp burning all winter.\n\n“I thought the water would be kinder.”\n';
    const r = extractQuotations(parseReviewDocument(text));
    expect(r.warnings).toEqual([]);
    expect(r.quotes.map((q) => q.unbalanced)).toEqual([false]);
    expect(quoted(text)).toEqual([
      'I kept the lamp burning all winter. | I thought the water would be kinder.',
    ]);
  });

  it('warns about a closing mark with nothing open', () => {
    const r = extractQuotations(parseReviewDocument('The lesson is that ” the sea wins.'));
    expect(r.quotes).toEqual([]);
    expect(r.warnings[0]).toMatchObject({ ruleId: 'quote/unbalanced', line: 1 });
  });

  it('finds nothing in a text without quotations', () => {
    expect(
      extractQuotations(parseReviewDocument("It's a fine book; the Smiths' review agrees.")).quotes,
    ).toEqual([]);
  });
});

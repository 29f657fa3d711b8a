/**
 * Pages written in lower case (src/check/credits/name-case.ts): the credit and extract stages read a
 * copy with the book's names capitalised, same length, quotations untouched; a page in ordinary
 * case is left as written.
 */
import { describe, expect, it } from 'vitest';
import { buildCast } from '../../src/check/attribute/cast.js';
import { withinMarks, withNamesCapitalised, writtenInLowerCase } from '../../src/check/credits/name-case.js';
import { parseReviewDocument } from '../../src/check/review/document.js';

const cast = buildCast({
  characters: [
    { id: 'h', name: 'Miss Havisham', aliases: ['Miss Havisham'], gender: 'female' },
    { id: 'e', name: 'Estella', aliases: ['Estella'], gender: 'female' },
    { id: 'p', name: 'Pip', aliases: ['Pip', 'Mr. Pip'], gender: 'male' },
    { id: 'w', name: 'Will Wade', aliases: ['Will'], gender: 'male' },
  ],
});

const LOWER = [
  're-reading it for class and honestly the drama.',
  'when estella tells miss havisham "estella is cold, pip" i screamed.',
  'pip to estella: "You are part of my existence."',
  'i will never be ok. this book.',
].join('\n\n');

describe('pages written in lower case', () => {
  it('tells a page in lower case from one in ordinary case', () => {
    expect(writtenInLowerCase(LOWER, withinMarks(LOWER))).toBe(true);
    const essay = 'When Estella tells Miss Havisham "no", she means it. Pip does not see it. Nobody does.';
    expect(writtenInLowerCase(essay, withinMarks(essay))).toBe(false);
  });

  it('capitalises the cast’s names and their titles outside the quotations only, at the same offsets', () => {
    const doc = parseReviewDocument(LOWER);
    const cased = withNamesCapitalised(doc, withinMarks(LOWER), cast);
    expect(cased.text.length).toBe(LOWER.length);
    expect(cased.text).toContain('when Estella tells Miss Havisham "estella is cold, pip" i screamed.');
    expect(cased.text).toContain('Pip to Estella: "You are part of my existence."');
    // "will" is a word of the cast's names, but a common word first: left as written.
    expect(cased.text).toContain('i will never be ok.');
    expect(cased.blocks).toBe(doc.blocks);
  });

  it('leaves a page in ordinary case as it is', () => {
    const essay = 'Estella is cold. "I am what you have made me," she says to miss havisham. Pip hears it.';
    const doc = parseReviewDocument(essay);
    expect(withNamesCapitalised(doc, withinMarks(essay), cast)).toBe(doc);
  });
});

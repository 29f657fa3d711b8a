import { describe, expect, it } from 'vitest';
import type { BookTag } from '../../src/check/attribute/book-tag.js';
import { buildCast } from '../../src/check/attribute/cast.js';
import { genderContradiction } from '../../src/check/attribute/gender.js';
import type { Person } from '../../src/check/attribute/identity.js';
import { parseName } from '../../src/check/attribute/names.js';
import type { Finding } from '../../src/check/attribute/occurrence.js';

function named(id: string, names: string[], gender: Person['gender']): Person {
  return { label: names[0]!, names: names.map(parseName), gender, id, mentionOffsets: [100] };
}

const SAID_HE: BookTag = {
  kind: 'pronoun',
  text: 'said he',
  who: 'he',
  to: null,
  ruleId: 'tag/after-quote',
  span: { start: 0, end: 7 },
};

function modelSays(p: Person, confidence: number): Finding {
  return {
    people: [p],
    label: p.label,
    strong: false,
    confidence,
    evidence: { source: 'model', ruleId: 'model/implicit', summary: '', confidence },
  };
}

describe('a credit against the gender of the book’s pronoun tag', () => {
  const charlotte = named('c1', ['Charlotte', 'Charlotte Temple'], 'female');
  const laRue = named('c2', ['Mademoiselle La Rue', 'La Rue'], 'female');
  const montraville = named('c3', ['Montraville'], 'male');
  const cast = buildCast(null);

  it('is contradicted, naming the man the model reads "he" as', () => {
    const j = genderContradiction([charlotte], 'Charlotte', SAID_HE, modelSays(montraville, 0.7), cast);
    expect(j?.attribution).toBe('contradicted');
    expect(j?.bookSpeaker).toBe('Montraville');
    expect(j?.confidence).toBe(0.7);
  });

  it('names no one where the model reads "he" as a woman: the tag alone is the book’s word', () => {
    const j = genderContradiction([charlotte], 'Charlotte', SAID_HE, modelSays(laRue, 0.64), cast);
    expect(j?.attribution).toBe('contradicted');
    expect(j?.bookSpeaker).toBeNull();
    expect(j?.confidence).toBeNull();
    expect(j?.evidence.summary).toMatch(/a man speaks/);
  });
});

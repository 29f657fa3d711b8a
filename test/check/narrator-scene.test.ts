/**
 * Whether the book's "I" at a line can be told apart from a credited person
 * (src/check/attribute/narrator-scene.ts): in a book of one narrator, the narration naming them near
 * the line; in a book of several, only a speech tag of their own there.
 */
import { describe, expect, it } from 'vitest';
import { buildCast } from '../../src/check/attribute/cast.js';
import { parseName } from '../../src/check/attribute/names.js';
import { namedInNarrationNear, taggedNear } from '../../src/check/attribute/narrator-scene.js';

const cast = buildCast({
  characters: [
    { id: 'b', name: 'Mr. Bruff', aliases: ['Bruff'], gender: 'male' },
    { id: 'k', name: 'Cuff', aliases: ['Sergeant Cuff'], gender: 'male' },
  ],
});
const person = (id: string, label: string) => [
  { label, names: [parseName(label)], gender: 'male' as const, id },
];

// The Moonstone: Mr. Bruff's own narrative calls him "plain Mr. Bruff" (probe round Q4).
const text =
  'SECOND NARRATIVE. Contributed by MR. BRUFF.\n\nNobody paid much attention to plain Mr. Bruff, of ' +
  'Gray’s Inn Square.\n\n“The plot is a mystery,” said Cuff.\n\n“I can’t say,” I answered.';
const line = { start: text.indexOf('I can’t say'), end: text.indexOf('I can’t say') + 11 };
const speech = [...text.matchAll(/“([^”]*)”/g)].map((m) => ({
  start: m.index + 1,
  end: m.index + m[0].length - 1,
}));

describe('narrator-scene', () => {
  it('the narration naming someone near the line (one narrator: they are not the "I")', () => {
    expect(namedInNarrationNear(person('b', 'Mr. Bruff'), line, text, speech, cast)).toBe(true);
  });

  it('…but in a book of several narrators only a tag of their own shows it: "said Cuff", not "plain Mr. Bruff"', () => {
    expect(taggedNear(person('b', 'Mr. Bruff'), line, text, speech, cast)).toBe(false);
    expect(taggedNear(person('k', 'Cuff'), line, text, speech, cast)).toBe(true);
  });

  it('not his family name under a title he does not bear: "asked after Mrs. Markham" names his mother', () => {
    // The Tenant of Wildfell Hall: Gilbert Markham tells this part; his mother is Mrs. Markham.
    const markhams = buildCast({
      characters: [
        { id: 'g', name: 'Gilbert', aliases: ['Gilbert', 'Mr. Markham', 'Markham'], gender: 'male' },
        { id: 'm', name: 'Mrs. Markham', aliases: ['Mrs. Markham'], gender: 'female' },
      ],
    });
    const at = (t: string) => ({ start: t.indexOf('Yes, full'), end: t.indexOf('Yes, full') + 9 });
    const spoken = (t: string) =>
      [...t.matchAll(/“([^”]*)”/g)].map((m) => ({ start: m.index + 1, end: m.index + m[0].length - 1 }));
    const gilbert = person('g', 'Gilbert');
    const mother = 'She politely asked after Mrs. Markham and Rose.\n\n“Yes, full well,” replied I.';
    expect(namedInNarrationNear(gilbert, at(mother), mother, spoken(mother), markhams)).toBe(false);
    const himself = 'Mr. Markham bowed, and the boy ran up.\n\n“Yes, full well,” replied I.';
    expect(namedInNarrationNear(gilbert, at(himself), himself, spoken(himself), markhams)).toBe(true);
  });
});

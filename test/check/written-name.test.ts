import { describe, expect, it } from 'vitest';
import { buildCast } from '../../src/check/attribute/cast.js';
import type { Person } from '../../src/check/attribute/identity.js';
import { parseName } from '../../src/check/attribute/names.js';
import { describedConflict, roleMayBe, titledFamilyMayBe } from '../../src/check/attribute/written-name.js';

function named(label: string, gender: Person['gender']): Person {
  return { label, names: [parseName(label)], gender, id: label, mentionOffsets: [100] };
}

describe('roleMayBe: a role written in lower case may be the person the book names', () => {
  // Moby-Dick (probe round Z5): "the mate" for a line tagged "cried Starbuck", whom the cast kept
  // apart from "the mate" (the book names the mates together, as two).
  const starbuck = named('Starbuck', 'male');

  it('a role may be the named speaker', () => {
    expect(roleMayBe('the mate', [starbuck])).toMatch(/Starbuck may be “the mate”/);
    expect(roleMayBe('the old man', [starbuck])).not.toBeNull();
  });

  it('not a role of the other gender, not a name, not a name-like role in capitals', () => {
    expect(roleMayBe('the lady', [starbuck])).toBeNull();
    expect(roleMayBe('Flask', [starbuck])).toBeNull();
    expect(roleMayBe('Mr. Flask', [starbuck])).toBeNull();
    expect(roleMayBe('the Hatter', [starbuck])).toBeNull();
  });
});

describe('describedConflict: "said my father" is no credit to the narrator himself', () => {
  // Frankenstein (probe round AE16): the narrator's names include "I", and "my father I" in the
  // book ("my father I had not seen for years") was read as the book naming him the father.
  const victor: Person = {
    label: 'Victor',
    names: [parseName('Victor'), parseName('I')],
    gender: 'male',
    id: 'victor',
  };
  const tag = { who: 'my father', text: 'said my father' };

  it('conflicts, whatever "my father I" the book prints', () => {
    expect(describedConflict(tag, [victor], 'It was my father I had not seen for years.')).toMatch(
      /does not name the narrator’s father here/,
    );
  });

  it('not where the book sets the relation beside the name', () => {
    const alphonse: Person = { label: 'Alphonse', names: [parseName('Alphonse')], gender: 'male', id: 'a' };
    expect(describedConflict(tag, [alphonse], 'I wrote to my father, Alphonse, that night.')).toBeNull();
  });
});

describe('titledFamilyMayBe: a title and family name may be a speaker the book gives no family name', () => {
  // North and South (probe round X3): the writer's "Miss Thornton" for Fanny's line, where the cast
  // knows Fanny by her given name alone.
  const fanny = named('Fanny', 'female');

  it('may be, when nothing in the names parts them', () => {
    expect(titledFamilyMayBe('Miss Thornton', [fanny], null)).toMatch(/may be Fanny/);
  });

  it('not when the book’s person of that name is of the other sex (A Handful of Dust: Dr Messinger)', () => {
    const brenda = named('Brenda', 'female');
    const messinger = named('Dr Messinger', 'male');
    expect(titledFamilyMayBe('Dr Messinger', [brenda], null)).toMatch(/may be Brenda/);
    expect(titledFamilyMayBe('Dr Messinger', [brenda], null, [messinger])).toBeNull();
  });

  it('not when the book’s person of that name has a given name the speaker has not (Miss Bartlett is Charlotte)', () => {
    const lucy = named('Lucy', 'female');
    const charlotte: Person = {
      label: 'Miss Bartlett',
      names: [parseName('Miss Bartlett'), parseName('Charlotte'), parseName('Charlotte Bartlett')],
      gender: 'female',
      id: 'c0',
    };
    const cast = buildCast({
      characters: [
        { id: 'c0', name: 'Miss Bartlett', aliases: ['Miss Bartlett', 'Charlotte', 'Charlotte Bartlett'] },
        { id: 'c1', name: 'Lucy', aliases: ['Lucy'] },
      ],
    });
    expect(titledFamilyMayBe('Miss Bartlett', [lucy], null, [charlotte], cast)).toBeNull();
    // (not where the cast has another of the family, whose given name it may have filed here)
    const family = buildCast({
      characters: [
        { id: 'c0', name: 'Miss Bartlett', aliases: ['Miss Bartlett', 'Charlotte', 'Charlotte Bartlett'] },
        { id: 'c2', name: 'Mrs. Bartlett', aliases: ['Mrs. Bartlett'] },
        { id: 'c1', name: 'Lucy', aliases: ['Lucy'] },
      ],
    });
    expect(titledFamilyMayBe('Miss Bartlett', [lucy], null, [charlotte], family)).toMatch(/may be Lucy/);
  });
});

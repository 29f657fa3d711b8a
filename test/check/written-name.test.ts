import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/check/attribute/identity.js';
import { parseName } from '../../src/check/attribute/names.js';
import { roleMayBe } from '../../src/check/attribute/written-name.js';

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

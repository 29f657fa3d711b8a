import { describe, expect, it } from 'vitest';
import type { Mention, SpeakerContext } from '../../../src/analysis/speakers/index.js';
import {
  lastNamed,
  mostNamedNear,
  namedAfter,
  recentOtherCharacter,
  resolveKin,
  resolvePronoun,
} from '../../../src/analysis/speakers/pronouns.js';
import type { Gender } from '../../../src/lexicon.js';

interface Person {
  name: string;
  gender: Gender;
  surname?: string;
  married?: boolean;
  mister?: boolean;
}

/** A context over `text` where each person is mentioned wherever the text prints their name. */
function context(text: string, people: Record<string, Person>): SpeakerContext {
  const mentions: Mention[] = [];
  for (const [id, p] of Object.entries(people))
    for (let at = text.indexOf(p.name); at >= 0; at = text.indexOf(p.name, at + 1))
      mentions.push({ start: at, end: at + p.name.length, character: id, inQuote: false });
  mentions.sort((a, b) => a.start - b.start);
  return {
    text,
    paragraphs: [{ start: 0, end: text.length }],
    quotes: [],
    mentions,
    genderOf: (id) => people[id]?.gender ?? 'unknown',
    narrator: null,
    familyOf: (id) => {
      const p = people[id];
      return p
        ? { surname: p.surname ?? null, married: p.married ?? false, mister: p.mister ?? false }
        : null;
    },
    mentionCount: (id) => mentions.filter((m) => m.character === id).length,
    characterIds: Object.keys(people),
  };
}

const PEOPLE: Record<string, Person> = {
  jane: { name: 'Jane', gender: 'female', surname: 'Bennet' },
  mrsB: { name: 'Mrs. Bennet', gender: 'female', surname: 'Bennet', married: true },
  lydia: { name: 'Lydia', gender: 'female', surname: 'Bennet' },
  tom: { name: 'Tom', gender: 'male' },
  darcy: { name: 'Darcy', gender: 'male', surname: 'Darcy', mister: true },
};

describe('pronoun resolvers, each alone', () => {
  const text = 'Jane came in with Tom. Lydia laughed, and Darcy turned to Jane. END';
  const ctx = context(text, PEOPLE);
  const end = text.indexOf('END');

  it('lastNamed: the last one named, narrowed by gender, the addressed passed over, second choices last', () => {
    expect(lastNamed(ctx, end, { from: 0 })).toBe('jane');
    expect(lastNamed(ctx, end, { from: 0, gender: 'male' })).toBe('darcy');
    expect(lastNamed(ctx, end, { from: 0, gender: 'female', addressed: ['jane'] })).toBe('lydia');
    expect(lastNamed(ctx, end, { from: 0, skip: 'jane' })).toBe('darcy');
    expect(lastNamed(ctx, end, { from: text.indexOf('Darcy'), gender: 'female' })).toBe('jane');
    expect(lastNamed(ctx, end, { from: text.indexOf('Darcy') + 1, gender: 'female' })).toBe('jane');
    expect(lastNamed(ctx, end, { from: end, gender: 'female' })).toBeNull();
  });

  it('resolvePronoun: the one who spoke the turn before only when nobody else fits', () => {
    expect(resolvePronoun(ctx, end, 'male', 'darcy', 0)).toBe('tom');
    expect(resolvePronoun(ctx, end, 'male', 'tom', 0)).toBe('darcy');
    const alone = context('Darcy walked in. END', PEOPLE);
    expect(resolvePronoun(alone, alone.text.indexOf('END'), 'male', 'darcy', 0)).toBe('darcy');
  });

  it('recentOtherCharacter: a name after a preposition ("turned to Jane") is a second choice', () => {
    expect(recentOtherCharacter(ctx, end, '', 3000)).toBe('darcy');
    expect(recentOtherCharacter(ctx, end, 'darcy', 3000)).toBe('lydia');
  });

  it('resolveKin: "her mother" is the married woman of the possessor\'s family', () => {
    const kinText = 'Lydia ran down the stairs. END';
    const kinCtx = context(kinText, PEOPLE);
    const at = kinText.indexOf('END');
    expect(resolveKin(kinCtx, at, { possessor: 'female', noun: 'mother' }, null, 2500)).toBe('mrsB');
    expect(resolveKin(kinCtx, at, { possessor: 'female', noun: 'sister' }, null, 2500)).not.toBe('lydia');
    // No man named and no previous speaker: no possessor, no answer.
    expect(resolveKin(kinCtx, at, { possessor: 'male', noun: 'father' }, null, 2500)).toBeNull();
  });

  it('namedAfter: a chapter opening on dialogue, the first one named after the speech', () => {
    const after = context('END. Then Tom and Jane sat down.', PEOPLE);
    expect(namedAfter(after, 0, 'female', [], 1500)).toBe('jane');
    expect(namedAfter(after, 0, null, ['tom'], 1500)).toBe('jane');
    expect(namedAfter(after, 0, 'female', [], 5)).toBeNull();
  });

  it('mostNamedNear: whoever of that gender is named most around', () => {
    const many = context('Tom. Darcy. Darcy. Jane. END Darcy.', PEOPLE);
    expect(mostNamedNear(many, many.text.indexOf('END'), 'male', 15_000)).toBe('darcy');
    expect(mostNamedNear(many, many.text.indexOf('END'), 'female', 15_000)).toBe('jane');
  });
});

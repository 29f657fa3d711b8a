import { describe, expect, it } from 'vitest';
import {
  plainMissIsNoneOf,
  SISTERS_TOGETHER_MIN,
  sisterFamilies,
} from '../../src/analysis/eldest-daughter.js';
import { type Entity, newEntity } from '../../src/analysis/entity.js';
import type { FormStats } from '../../src/analysis/names.js';

const stat = (form: string, count: number, honorific: string | null = null): FormStats => ({
  form,
  honorific,
  words: (honorific ? form.slice(honorific.length + 1) : form).split(' '),
  count,
  quoted: 0,
  tagged: 0,
  taggedAfterQuote: 0,
  nonInitial: count,
  personScore: 1,
  placeScore: 0,
  maleVotes: 0,
  femaleVotes: 0,
  looseMaleVotes: 0,
  looseFemaleVotes: 0,
  printedTitles: new Map(),
});
const sister = (given: string, surname: string, ...forms: string[]): Entity => {
  const e = newEntity(`full|${given}|${surname}`, given, surname);
  for (const f of [`${given} ${surname}`, ...forms]) e.forms.add(f);
  return e;
};
const plural = (f: FormStats) => f.words[0]!.endsWith('s');

describe('sisterFamilies', () => {
  it('reads "the Miss Steeles" and "the Miss Bennets" as families of daughters', () => {
    const forms = [
      stat('Miss Steeles', 29, 'Miss'),
      stat('Miss Bennets', 7, 'Miss'),
      stat('Miss Steele', 27, 'Miss'),
    ];
    expect(sisterFamilies(forms, plural)).toEqual(new Set(['Steele', 'Steel', 'Bennet']));
  });

  it(`needs the plural ${SISTERS_TOGETHER_MIN} times: one "Miss Abbotts" is a manner of speaking`, () => {
    expect(sisterFamilies([stat('Miss Abbotts', 1, 'Miss')], plural).size).toBe(0);
  });
});

describe('plainMissIsNoneOf', () => {
  const given = (w: string) => w.toLowerCase();
  it('is none of the sisters when each has a "Miss" of her own', () => {
    const marianne = sister('Marianne', 'Dashwood');
    const forms = [stat('Miss Marianne', 17, 'Miss'), stat('Marianne Dashwood', 3)];
    const statsOf = new Map(forms.map((f) => [f.form, f]));
    expect(plainMissIsNoneOf([marianne], forms, statsOf, given)).toBe(true);
  });

  it('may be the sister the book never calls "Miss" with her given name', () => {
    const jane = sister('Jane', 'Bennet');
    const lizzy = sister('Elizabeth', 'Bennet', 'Miss Elizabeth Bennet');
    const forms = [
      stat('Miss Elizabeth Bennet', 5, 'Miss'),
      stat('Jane Bennet', 1),
      stat('Elizabeth Bennet', 9),
    ];
    const statsOf = new Map(forms.map((f) => [f.form, f]));
    expect(plainMissIsNoneOf([jane, lizzy], forms, statsOf, given)).toBe(false);
  });

  it('says nothing of a family with no full-named daughter', () => {
    expect(plainMissIsNoneOf([], [], new Map(), given)).toBe(false);
  });
});

/**
 * A writer's credit by kin ("Tom's aunt", "Mrs. Pett's husband"): whom the book's names make it mean
 * (src/check/attribute/kin.ts). Only the names: a title the book calls someone by, or the
 * possessor's family name with the relation's gender and Mr./Mrs.; nothing else is guessed.
 */
import { describe, expect, it } from 'vitest';
import { buildCast } from '../../src/check/attribute/cast.js';
import { kinCandidates, parseKinCredit } from '../../src/check/attribute/kin.js';

const cast = buildCast({
  characters: [
    { id: 'polly', name: 'Aunt Polly', aliases: ['Polly'], gender: 'female', mentions: 80 },
    { id: 'tom', name: 'Tom Sawyer', aliases: ['Tom'], gender: 'male', mentions: 300 },
    { id: 'peter', name: 'Mr. Pett', aliases: ['Peter Pett', 'Pett'], gender: 'male', mentions: 60 },
    { id: 'nesta', name: 'Mrs. Pett', aliases: ['Nesta Pett'], gender: 'female', mentions: 70 },
    { id: 'ogden', name: 'Ogden Ford', aliases: ['Ogden'], gender: 'male', mentions: 40 },
    { id: 'kate', name: 'Kate Pett', aliases: ['Kate'], gender: 'female', mentions: 12 },
  ],
});

const who = (credit: string) => {
  const kin = parseKinCredit(credit);
  return kin ? kinCandidates(kin, cast).map((c) => c.character.name) : null;
};

describe('kin credits', () => {
  it.each([
    ["Tom's aunt", ['Aunt Polly'], 'a relation that is also a title: whom the book calls so'],
    ['his aunt', ['Aunt Polly'], '…whoever the possessor'],
    ["Mrs. Pett's husband", ['Mr. Pett'], 'a spouse: the Mr. of the family name'],
    ["Peter Pett's wife", ['Mrs. Pett'], '…and the Mrs.'],
    ["Mr. Pett's daughter", ['Kate Pett'], 'a child: of the family name, neither Mr. nor Mrs.'],
    ["Mrs. Pett's brother", [], "a wife's Mr. of her family name is her husband, not her brother"],
    ["Mrs. Pett's son", [], 'her son by another marriage bears another name: not guessed'],
    ["Tom's nephew", [], 'a nephew is as often of another family: not guessed'],
    ['her husband', [], 'a family relation with no one named: not guessed'],
  ])('%s → %j (%s)', (credit, want) => {
    expect(who(credit)).toEqual(want);
  });

  it('is one person by kin, or nothing', () => {
    expect(parseKinCredit("Tom's aunt")).toEqual({ possessor: 'Tom', relation: 'aunt' });
    expect(parseKinCredit("Dickon's old mother")).toEqual({ possessor: 'Dickon', relation: 'mother' });
    expect(parseKinCredit('his sisters')).toBeNull();
    expect(parseKinCredit("Tom's parents")).toBeNull();
    expect(parseKinCredit("Tom's dog")).toBeNull();
    expect(parseKinCredit('Aunt Polly')).toBeNull();
  });
});

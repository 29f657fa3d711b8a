/**
 * The names a line of speech calls the person it is said to (src/check/attribute/vocatives.ts): a
 * call shows whom the line is for, so it may contradict a credit to the one called. A name the
 * speaker gives as their own is no call.
 */
import { describe, expect, it } from 'vitest';
import { addressedNames } from '../../src/check/attribute/vocatives.js';

function addressed(speech: string): string[] {
  return addressedNames(speech, [{ start: 0, end: speech.length }]);
}

const CASES: [what: string, speech: string, expected: string[]][] = [
  ['a name after a comma', 'nothing more, Harriet; we will try.', ['Harriet']],
  ['a title and a name inside the line', 'You appear, Mr. Darcy, to allow nothing.', ['Mr. Darcy']],
  ['a name opening the line', 'Becky, come here this minute.', ['Becky']],
  ['a name given as the whole answer', 'Sissy Jupe, sir.', []],
  ['one’s own name after “me”', 'they sent for me, Hercule Poirot.', []],
  ['one’s own name, then the other’s asked for', "Becky Thatcher. What's yours? Oh, I know.", []],
  ['…or “and you?”', 'Tom Canty. And you?', []],
  ['a name before an aside and a verb is its subject', 'I like cousin. Cousin John, perhaps, is better.', []],
  ['…while a call goes on after the aside', 'Cousin John, please, sit down.', ['Cousin John']],
];

describe('addressedNames', () => {
  for (const [what, speech, expected] of CASES) {
    it(what, () => expect(addressed(speech)).toEqual(expected));
  }
});

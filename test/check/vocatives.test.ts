/**
 * The names a line of speech calls the person it is said to (src/check/attribute/vocatives.ts): a
 * call shows whom the line is for, so it may contradict a credit to the one called. A name the
 * speaker gives as their own is no call.
 */
import { describe, expect, it } from 'vitest';
import { buildCast } from '../../src/check/attribute/cast.js';
import { parseName } from '../../src/check/attribute/names.js';
import { addressedNames, callsClaimed, lineDeniesClaim } from '../../src/check/attribute/vocatives.js';

function addressed(speech: string): string[] {
  return addressedNames(speech, [{ start: 0, end: speech.length }]);
}

const CASES: [what: string, speech: string, expected: string[]][] = [
  ['a name after a comma', 'nothing more, Harriet; we will try.', ['Harriet']],
  ['a title and a name inside the line', 'You appear, Mr. Darcy, to allow nothing.', ['Mr. Darcy']],
  ['a name opening the line', 'Becky, come here this minute.', ['Becky']],
  ['a name given as the whole answer', 'Sissy Jupe, sir.', []],
  // probe AC6 (Huckleberry Finn): the false name Huck gives at the door
  ['a name and “sir” as the answer, then more', "George Jackson, sir. I'm only a boy.", []],
  // (Wuthering Heights: probe round AF248, a right credit to Lockwood contradicted)
  [
    'one’s own name, then what one is to the listener',
    'Mr. Lockwood, your new tenant, sir. I do myself the honour.',
    [],
  ],
  ['…or at their service', 'Tom Brown, at your service.', []],
  ['…but a name, then a sentence about the listener’s people, calls', 'Jane, your cousin is here.', ['Jane']],
  ['…while a call and a request go on', 'George, come here. I want you.', ['George']],
  ['one’s own name after “me”', 'they sent for me, Hercule Poirot.', []],
  ['one’s own name, then the other’s asked for', "Becky Thatcher. What's yours? Oh, I know.", []],
  ['…or “and you?”', 'Tom Canty. And you?', []],
  ['a name before an aside and a verb is its subject', 'I like cousin. Cousin John, perhaps, is better.', []],
  ['…while a call goes on after the aside', 'Cousin John, please, sit down.', ['Cousin John']],
  // probe round AA2 (The Moonstone): "say" in the line made it reported speech, with no call
  [
    'a “say” that reports nobody’s words',
    'My dear Rachel, you have really no right to say that!',
    ['Rachel'],
  ],
  [
    'a verb of saying leading into words reports them',
    'He said to me, Harriet, that the ferry was late.',
    [],
  ],
  // probe round AF223 (Sons and Lovers): two hyphens for a dash, as plain-text editions print it
  [
    'a name between dashes of two hyphens',
    "And I've never--you know, Paul--I've never had a husband--",
    ['Paul'],
  ],
  ['…and a hyphen inside a name', 'Mary-Anne, come here.', ['Mary-Anne']],
  // probe round AF297 (Sister Carrie): a note read out, its signature taken for a call to its writer
  [
    'a letter signed at its end calls its signer nothing: only whom it is written to',
    "Dear George, I'm going away. I won't want it.--CARRIE.",
    ['Dear George'],
  ],
  ['…nor after “Yours,”', 'Come soon, Tom. Yours ever, Harriet', ['Tom']],
];

describe('addressedNames over the parts of one speech', () => {
  it('a name opening a speech that goes on after its tag is a call; the whole speech a name is not', () => {
    const text = '“My dear Rachel,” she remonstrated, “you have no right.” “Harriet,” said Lucy.';
    const part = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    expect(addressedNames(text, [part('My dear Rachel,'), part('you have no right.')])).toEqual(['Rachel']);
    expect(addressedNames(text, [part('Harriet,')])).toEqual([]);
    // one's own name given in answer, then more: no call (probe round Z, The Secret Garden)
    const own = '“Ben Weatherstaff,” he answered, and then he added, “I am lonely.”';
    const at = (words: string) => ({ start: own.indexOf(words), end: own.indexOf(words) + words.length });
    expect(addressedNames(own, [at('Ben Weatherstaff,'), at('I am lonely.')])).toEqual([]);
  });
});

describe('addressedNames', () => {
  for (const [what, speech, expected] of CASES) {
    it(what, () => expect(addressed(speech)).toEqual(expected));
  }
});

describe('callsClaimed: a call to the credited person, unless the speaker calls themself', () => {
  const cast = buildCast({
    characters: [
      { id: 'dick', name: 'Dick', aliases: [], gender: 'male' },
      { id: 'greyson', name: 'Mr. Greyson', aliases: [], gender: 'male' },
    ],
  });
  const dick = [{ label: 'Dick', names: [parseName('Dick')], gender: 'male' as const, id: 'dick' }];
  const at = (text: string, words: string) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length };
  };
  const calls = (text: string, words: string) =>
    callsClaimed(dick, 'Dick', at(text, words), { bookText: text, cast, speechOf: null });

  it('a line calling Dick is said to Dick', () => {
    const text = '"Well, Dick, you are getting on," said Mr. Greyson, as they parted.';
    expect(calls(text, 'Well, Dick, you are getting on,')).toBe('Dick');
  });

  it('…but not where the tag says the speaker talks to himself (Ragged Dick)', () => {
    const after = '"Well, Dick, you are getting on," said our hero, apostrophizing himself, as he left.';
    expect(calls(after, 'Well, Dick, you are getting on,')).toBeNull();
    const before = 'He said to himself, "Well, Dick, you are getting on."';
    expect(calls(before, 'Well, Dick, you are getting on.')).toBeNull();
    // (a reflexive in a sentence before, not leading into the line, says nothing of it)
    const apart = 'He looked at himself in the glass. "Well, Dick, you are getting on."';
    expect(calls(apart, 'Well, Dick, you are getting on.')).toBe('Dick');
  });
});

describe('lineDeniesClaim: the line’s own words say it is not the credited person’s', () => {
  const cast = buildCast({
    characters: [
      { id: 'belcour', name: 'Belcour', aliases: [], gender: 'male' },
      { id: 'montraville', name: 'Montraville', aliases: [], gender: 'male' },
    ],
  });
  const person = (id: string, name: string) => [
    { label: name, names: [parseName(name)], gender: 'male' as const, id },
  ];
  const denies = (line: string, id: string, name: string) =>
    lineDeniesClaim(
      person(id, name),
      { start: 0, end: line.length },
      { bookText: line, cast, speechOf: null },
    );

  it('a speaker who names themself another character', () => {
    const line = 'If thou art the father of Charlotte Temple, if thou art her father--I am Montraville.';
    expect(denies(line, 'belcour', 'Belcour')).toMatch(/names themself “Montraville”/);
    expect(denies(line, 'montraville', 'Montraville')).toBeNull();
  });

  it('not a name that is only the start of a possessive, nor a name no character bears', () => {
    expect(denies("I am Montraville's friend, and no more.", 'belcour', 'Belcour')).toBeNull();
    expect(denies('I am Nobody, who are you?', 'belcour', 'Belcour')).toBeNull();
  });

  it('a call to the credited person', () => {
    expect(denies('Come, Belcour, we must go.', 'belcour', 'Belcour')).toMatch(/calls “Belcour”/);
  });

  it('a call in the same turn just before, past a pronoun’s tag (probe round AF236)', () => {
    const text = '“Oh, you needn’t mind, Belcour,” he said. “I was a pretty big fool in those days.”';
    const loc = { start: text.indexOf('I was'), end: text.indexOf(' days') + 5 };
    const deny = (id: string, name: string) =>
      lineDeniesClaim(person(id, name), loc, { bookText: text, cast, speechOf: null });
    expect(deny('belcour', 'Belcour')).toMatch(/calls “Belcour” by name just before/);
    // (not past another speaker's tag, nor across paragraphs)
    const other = text.replace('he said', 'said Montraville');
    expect(
      lineDeniesClaim(
        person('belcour', 'Belcour'),
        { start: other.indexOf('I was'), end: other.length - 2 },
        {
          bookText: other,
          cast,
          speechOf: null,
        },
      ),
    ).toBeNull();
  });
});

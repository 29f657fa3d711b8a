import { describe, expect, it } from 'vitest';
import { type Analysis, analyzeBook, findCharacterByName } from '../../src/analysis/index.js';
import { captureSieve } from '../../src/analysis/ranker/index.js';
import { mentionRole } from '../../src/analysis/salience.js';
import { bookOf, fixture } from './helpers.js';

/** The quotation whose text starts with `start`, with its speaker's name. */
function said(text: string, a: Analysis, start: string) {
  const q = a.quotes.find((x) => text.slice(x.start, x.end).startsWith(start));
  if (!q) throw new Error(`no quotation starting "${start}"`);
  const name = (id: string | null) => a.characters.find((c) => c.id === id)?.name ?? null;
  return {
    speaker: name(q.speaker),
    type: q.type,
    confidence: q.confidence,
    addressees: q.addressees.map(name),
  };
}

describe('speaker attribution (double quotes)', () => {
  const text = fixture('the-thornburys.txt');
  const a = analyzeBook(bookOf(text));

  it('credits a speech verb next to a name (explicit)', () => {
    expect(said(text, a, 'My dear')).toMatchObject({ speaker: 'Mrs. Thornbury', type: 'explicit' });
    expect(said(text, a, 'Papa')).toMatchObject({ speaker: 'Margaret', type: 'explicit' });
    expect(said(text, a, 'Nobody ever does')).toMatchObject({ speaker: 'Lucy', type: 'explicit' });
    expect(said(text, a, 'My dear').confidence).toBeGreaterThan(0.9);
  });

  it('resolves a pronoun in the tag by gender (anaphoric)', () => {
    expect(said(text, a, 'Then let them in')).toMatchObject({ speaker: 'Mr. Thornbury', type: 'anaphoric' });
    expect(said(text, a, 'Yes,')).toMatchObject({ speaker: 'Lucy', type: 'anaphoric' });
  });

  it('follows turn-taking in a two-person exchange (implicit)', () => {
    expect(said(text, a, 'Must I?')).toMatchObject({ speaker: 'Mrs. Thornbury', type: 'implicit' });
    expect(said(text, a, 'You must')).toMatchObject({ speaker: 'Mr. Thornbury', type: 'implicit' });
    expect(said(text, a, 'She does not.')).toMatchObject({ speaker: 'Margaret' });
    expect(said(text, a, 'Then because I like it.')).toMatchObject({ speaker: 'Mr. Thornbury' });
    expect(said(text, a, 'Only honest.')).toMatchObject({ speaker: 'Margaret' });
    expect(said(text, a, 'Is there a difference?')).toMatchObject({ speaker: 'Captain Pemberton' });
    expect(said(text, a, 'Must I?').confidence).toBeLessThan(said(text, a, 'My dear').confidence);
  });

  it('uses a vocative: the person named is spoken to, not speaking', () => {
    expect(said(text, a, 'Because she likes it, Maggie.')).toMatchObject({
      speaker: 'Mr. Thornbury',
      addressees: ['Margaret'],
    });
    expect(said(text, a, 'Lucy,')).toMatchObject({ speaker: 'Mr. Thornbury', addressees: ['Lucy'] });
  });

  it('reads a tag in the narration before the quotation', () => {
    expect(said(text, a, 'Margaret! What')).toMatchObject({ speaker: 'Mrs. Thornbury' });
  });
});

describe('speaker attribution (single quotes, descriptions)', () => {
  const text = fixture('the-wrights-single.txt');
  const a = analyzeBook(bookOf(text));
  it('attributes British single-quoted dialogue', () => {
    expect(a.quoteStyle).toBe('single');
    expect(said(text, a, 'Grandfather')).toMatchObject({ speaker: 'Hannah', type: 'explicit' });
    expect(said(text, a, 'Have I?')).toMatchObject({ speaker: 'Mr. Wright', type: 'anaphoric' });
    expect(said(text, a, "It's your door")).toMatchObject({ speaker: 'Hannah', type: 'implicit' });
    expect(said(text, a, 'Good riddance')).toMatchObject({ speaker: 'Mr. Wright', type: 'explicit' });
  });
  it('resolves "the old man said" to the man in the scene', () => {
    expect(said(text, a, 'Everything in this house')).toMatchObject({
      speaker: 'Mr. Wright',
      type: 'anaphoric',
    });
  });
});

describe('first-person narrator', () => {
  const text = fixture('first-person.txt');
  const a = analyzeBook(bookOf(text));
  it('is a character, named from how others address them', () => {
    const narrator = a.characters.find((c) => c.id === 'narrator');
    expect(narrator).toMatchObject({ name: 'Tom' });
    expect(said(text, a, 'I am,')).toMatchObject({ speaker: 'Tom', type: 'anaphoric' });
    expect(said(text, a, 'Never,')).toMatchObject({ speaker: 'Tom' });
    expect(said(text, a, 'Do you fish?')).toMatchObject({ speaker: 'Mr. Ashdown', type: 'explicit' });
    expect(findCharacterByName(a, 'Tom')?.id).toBe('narrator');
  });
  it('resolves "she said" to the woman last named in narration', () => {
    expect(said(text, a, 'Who is this?')).toMatchObject({ speaker: 'Mrs. Ashdown', type: 'anaphoric' });
  });
});

describe('dash dialogue', () => {
  it('attributes speech introduced by dashes', () => {
    const text = fixture('dash-dialogue.txt');
    const a = analyzeBook(bookOf(text));
    expect(a.quoteStyle).toBe('dash');
    expect(said(text, a, 'Are you coming?')).toMatchObject({ speaker: 'Stephen', type: 'explicit' });
    expect(said(text, a, 'Not yet')).toMatchObject({ speaker: 'Emma', type: 'explicit' });
    expect(said(text, a, 'Then I shall')).toMatchObject({ speaker: 'Stephen', type: 'implicit' });
  });
});

describe('unnamed speakers known by their role', () => {
  it('makes "the waiter" a character when tags name him several times', () => {
    const text = [
      'Tom and Ann sat down at the corner table.',
      '"Soup?" said the waiter.',
      '"Yes, please," said Ann.',
      '"And for the gentleman?" asked the waiter.',
      '"The same," said Tom.',
      'The waiter came back with bread. "Bread, sir," said the waiter.',
    ].join('\n\n');
    const a = analyzeBook(bookOf(text));
    expect(said(text, a, 'Soup?')).toMatchObject({ speaker: 'the waiter', type: 'explicit' });
    expect(said(text, a, 'And for the gentleman?')).toMatchObject({ speaker: 'the waiter' });
    expect(said(text, a, 'Yes, please,')).toMatchObject({ speaker: 'Ann' });
  });
});

describe('no dialogue', () => {
  it('returns empty lists, not an error, for a text without speech or names', () => {
    const a = analyzeBook(bookOf('the sea was grey and the wind was cold.\n\nnothing moved.\n'));
    expect(a).toMatchObject({ characters: [], quotes: [], places: [] });
  });
});

describe('pronoun tags: the salient antecedent', () => {
  const text = [
    'Mrs. Ashby and her daughter Clara sat by the fire in the long evening. Mrs. Ashby had been silent',
    'for a long while. She put down her work, turned to Clara and looked at her kindly.',
    '',
    '"I have had news from the town to-day," said she.',
    '',
    '"What news, mamma?" asked Clara.',
    '',
  ].join('\n');
  const a = analyzeBook(bookOf(text));

  it('reads a name after a preposition as less salient than the subject the narration follows', () => {
    expect(mentionRole(text, text.indexOf('Clara and'), text.indexOf('Clara and') + 5)).toBe('oblique');
    expect(mentionRole(text, text.indexOf('Mrs. Ashby had'), text.indexOf('Mrs. Ashby had') + 10)).toBe(
      'subject',
    );
    expect(said(text, a, 'I have had news')).toMatchObject({ speaker: 'Mrs. Ashby', type: 'anaphoric' });
  });
});

describe('pronoun tags: the one spoken to answers', () => {
  const text = [
    'Mr. Hale and Mr. Ward stood at the window of the inn. Mr. Ward looked out at the rain for a long',
    'time without a word.',
    '',
    '"I am afraid, Mr. Hale," said Mrs. Lane, "that you will be wet through before you reach home."',
    '',
    '"Not at all," he replied. "I have my coat."',
    '',
  ].join('\n');
  const a = analyzeBook(bookOf(text));

  it('gives "he replied" to the man the speech before addressed by name', () => {
    expect(said(text, a, 'Not at all')).toMatchObject({ speaker: 'Mr. Hale', type: 'anaphoric' });
  });
});

describe('description tags: the salient character the description fits', () => {
  const text = [
    '"Is it raining yet?" asked Mrs. Grey.',
    '',
    'Nobody answered her. Mrs. Grey sat by the fire with her work. Miss Price and Miss Hale came in from',
    'the garden, and Miss Hale laid her basket on the table.',
    '',
    '"We have found the first primroses," said Miss Price.',
    '',
    '"How pretty they are," cried the old lady.',
    '',
  ].join('\n');
  const a = analyzeBook(bookOf(text));

  it('does not make a woman called Miss the old lady', () => {
    expect(said(text, a, 'How pretty')).toMatchObject({ speaker: 'Mrs. Grey', type: 'anaphoric' });
  });
});

describe('kin tags: an uncle is seldom of his niece\u2019s family name', () => {
  const text = [
    '"Shall we walk to the lake?" asked Mr. Carter.',
    '',
    '"It is too cold," said Mr. Dorrington.',
    '',
    'Mr. Dorrington took up his newspaper again. Mr. Carter and Lucy Dorrington sat by the window, and',
    'Lucy looked up from her book.',
    '',
    '"I should like it of all things," said Lucy.',
    '',
    '"Then we shall go at once," replied her uncle.',
    '',
  ].join('\n');
  const a = analyzeBook(bookOf(text));

  it('gives "replied her uncle" to the salient man of another family name', () => {
    expect(said(text, a, 'Then we shall go')).toMatchObject({ speaker: 'Mr. Carter', type: 'anaphoric' });
  });
});

describe('pronoun tags: the one named in the tag is spoken to', () => {
  const text = [
    '"Where is everybody?" asked Mrs. Grey.',
    '',
    'Mrs. Grey had been alone all the afternoon. At last Lucy came in from the garden, and Lucy sat down by',
    'the fire without a word.',
    '',
    '"You are very late," she said to Lucy.',
    '',
  ].join('\n');

  it('does not give "she said to Lucy" to Lucy (the sieve alone)', () => {
    const { result: a, sieve } = captureSieve(() => analyzeBook(bookOf(text)));
    const name = (id: string | null) => a.characters.find((c) => c.id === id)?.name;
    expect(name(sieve[1]!.speaker)).toBe('Mrs. Grey');
  });
});

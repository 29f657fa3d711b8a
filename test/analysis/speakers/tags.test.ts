import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEAKER_OPTIONS, type Mention } from '../../../src/analysis/speakers/index.js';
import {
  beganTagBefore,
  pronounSentenceTagBefore,
  sentenceTagBefore,
} from '../../../src/analysis/speakers/sentence-tags.js';
import { type Tag, type TagSource, tagAfter, tagBefore } from '../../../src/analysis/speakers/tags.js';

/**
 * A tag reader's view of a line of narration: every name listed is a mention of the character with
 * that id (the whole name, wherever it stands); `narrator` is a first-person narrator's id.
 */
function source(text: string, names: Record<string, string>, narrator: string | null = null): TagSource {
  const mentions: Mention[] = [];
  for (const [name, character] of Object.entries(names)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      mentions.push({ start: at, end: at + name.length, character, inQuote: false });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { text, mentions, narrator, options: DEFAULT_SPEAKER_OPTIONS };
}

const NAMES = {
  Elizabeth: 'elizabeth',
  Jane: 'jane',
  'Mrs. Bennet': 'mrs-bennet',
  'Miss Bingley': 'bingley',
  Mary: 'mary',
  Tony: 'tony',
  Jock: 'jock',
  Fanny: 'fanny',
  'Mr. Crawford': 'crawford',
  Lucy: 'lucy',
  'Mr. Darcy': 'darcy',
  Ralph: 'ralph',
  Winterbourne: 'winterbourne',
  Aziz: 'aziz',
  'Mrs. Hurst': 'hurst',
  Sissy: 'sissy',
};

/** What a reader checks of a tag: its form, who speaks or the pronoun still to resolve. */
function read(tag: Tag | null) {
  if (!tag) return null;
  const { form, speaker, type, pronoun, addressee, kin, otherParty, companionOf } = tag;
  return { form, speaker, type, pronoun, addressee, kin, otherParty, companionOf };
}

type Case = [narration: string, expected: Partial<Tag> | null, narrator?: string];

describe('tagAfter: the clause right after a quoted part', () => {
  const cases: Case[] = [
    [', said Elizabeth.', { form: 'said-name', speaker: 'elizabeth', type: 'explicit' }],
    [' said Elizabeth to Jane.', { form: 'said-name', speaker: 'elizabeth', addressee: 'jane' }],
    [', Elizabeth said.', { form: 'name-said', speaker: 'elizabeth', type: 'explicit' }],
    [', Mrs. Bennet, smiling gaily, said.', { form: 'name-said', speaker: 'mrs-bennet' }],
    [', Mrs. Bennet, who was smiling, then said.', { form: 'name-said-far', speaker: 'mrs-bennet' }],
    [', said he.', { form: 'said-pronoun', speaker: null, type: 'anaphoric', pronoun: 'male' }],
    [', she said.', { form: 'pronoun-said', speaker: null, pronoun: 'female' }],
    [
      ', said her mother.',
      { form: 'said-kin', pronoun: 'female', kin: { possessor: 'female', noun: 'mother' } },
    ],
    [', his wife said.', { form: 'kin-said', pronoun: 'female', kin: { possessor: 'male', noun: 'wife' } }],
    [', said the other.', { form: 'said-the-other', speaker: null, otherParty: true }],
    // The one the possessor is with: "his companion" is not he.
    [
      ', said his companion.',
      { form: 'said-companion', speaker: null, companionOf: 'male', pronoun: undefined },
    ],
    [', her friend replied.', { form: 'companion-said', companionOf: 'female' }],
    [', replied his hostess.', { form: 'said-companion', companionOf: 'male', pronoun: 'female' }],
    [', cried the old gentleman.', { form: 'said-description', pronoun: 'male' }],
    [', the old man said.', { form: 'description-said', pronoun: 'male' }],
    [', said this young lady calmly.', { form: 'said-description', pronoun: 'female' }],
    [' was her reply.', { form: 'owned-by-pronoun', pronoun: 'female' }],
    [' was my answer.', { form: 'owned-by-narrator', speaker: 'me' }, 'me'],
    [', said I.', { form: 'said-narrator', speaker: 'me', type: 'anaphoric' }, 'me'],
    [', I said.', { form: 'narrator-said', speaker: 'me' }, 'me'],
    [" was Mary's exclamation.", { form: 'possessive-speech', speaker: 'mary', type: 'explicit' }],
    // The name after a comma is who is pointed at, not the speaker.
    [', said his sister, indicating Winterbourne.', { form: 'said-kin', speaker: null }],
    // A verb joined to the speech by "and" has the speaker as its subject and the name as its object.
    [' and warned Aziz.', null],
    // Past a comma after the verb, a new clause with a subject of its own.
    [' the stranger said gruffly, and Tony doubled a rope around his neck.', null],
    // No speech verb, nothing owned: narration, not a tag.
    [', and the rain came down.', null],
  ];
  it.each(cases)('%j', (narration, expected, narrator) => {
    const got = read(tagAfter(source(narration, NAMES, narrator ?? null), 0, narration.length));
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatchObject(expected);
  });

  it('gives a named tag more confidence than a far one, and a pronoun less than a name', () => {
    const conf = (s: string) => tagAfter(source(s, NAMES), 0, s.length)!.confidence;
    expect(conf(', said Elizabeth.')).toBe(0.95);
    expect(conf(', Mrs. Bennet, who was smiling, then said.')).toBe(0.85);
    expect(conf(', said he.')).toBe(0.85);
    expect(conf(', cried the old gentleman.')).toBe(0.6);
  });

  it('does not read a sentence of its own after a closed speech as its tag', () => {
    const text = '"I am sure." Miss Bingley listened, and Elizabeth agreed.';
    const start = text.indexOf('" ') + 1;
    expect(tagAfter(source(text, NAMES), start, text.length)).toBeNull();
    const short = '"I am sure." Elizabeth agreed.';
    expect(read(tagAfter(source(short, NAMES), short.indexOf('" ') + 1, short.length))).toMatchObject({
      form: 'name-said',
      speaker: 'elizabeth',
    });
  });
});

describe('tagBefore: the clause ending at the quotation', () => {
  const cases: Case[] = [
    ['Elizabeth said:', { form: 'name-said', speaker: 'elizabeth', type: 'explicit' }],
    ['She replied,', { form: 'pronoun-said', speaker: null, pronoun: 'female' }],
    ['It was then that, when thus accosted by Miss Bingley,', { form: 'passive', speaker: 'bingley' }],
    ['Tony said to Jock, as they sat alone after dinner,', { form: 'name-said', speaker: 'tony' }],
    ['She turned to Lucy and said,', { form: 'pronoun-over-object', speaker: null, pronoun: 'female' }],
    [
      'Fanny, feeling it due to herself, returned to Mr. Crawford, and said,',
      { form: 'name-clause-subject', speaker: 'fanny' },
    ],
    // (Vanity Fair: probe round AF254, "she startled Miss Crawley, who was placidly occupied with a
    // French novel, by crying out": read as Miss Crawley's, and a wrong credit to her supported)
    [
      'Fanny startled Miss Bingley, who was busy with a French novel, by crying out in an alarmed tone,',
      { form: 'name-clause-subject', speaker: 'fanny' },
    ],
    ['Then spoke Mr. Darcy:', { form: 'said-name', speaker: 'darcy' }],
    ['Mr. Darcy was calling out,', { form: 'name-said', speaker: 'darcy' }],
    ['Elizabeth, protesting,', { form: 'name-said', speaker: 'elizabeth' }],
    // Mary is inside "when …,": the subject of "said" stands before that clause.
    [
      'He took the hint, and when Mary had finished her second song, said aloud,',
      { form: 'pronoun-said-far', pronoun: 'male' },
    ],
    ['Mr. Darcy, when Elizabeth had gone, said:', { form: 'name-said-far', speaker: 'darcy' }],
    // Not a subordinate clause, and "her sister" is spoken to: Mary says it.
    ['Mary, turning to her sister, said:', { form: 'name-said-far', speaker: 'mary' }],
    ['After a short pause, her companion added,', { form: 'companion-said', companionOf: 'female' }],
    // "her friend" is the object of "press": the tag is Elizabeth's.
    [
      "Elizabeth had only time to press her friend's hand and say,",
      { form: 'name-said-far', speaker: 'elizabeth' },
    ],
    // "to Ralph" is who is spoken to.
    ['And remarked to Ralph:', null],
    // The line answers Winterbourne's reply: his name is not its tag.
    ["And then, on Winterbourne's affirmative reply--", null],
    ["At Jane's answer,", null],
    ['The sun was low over the fields.', null],
  ];
  it.each(cases)('%j', (narration, expected) => {
    const got = read(tagBefore(source(narration, NAMES), 0, narration.length));
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatchObject(expected);
  });

  it('reads a pronoun far from the verb as the subject of its own coordinate clause, when the genders agree', () => {
    const genders: Record<string, 'male' | 'female'> = { jane: 'female', elizabeth: 'female', tony: 'male' };
    const withGenders = (text: string) => ({
      ...source(text, NAMES),
      genderOf: (id: string) => genders[id] ?? 'unknown',
    });
    const amy =
      'Elizabeth was not ashamed of the tear on her nose, and Jane never minded her curls as she hid her face and sobbed out,';
    expect(read(tagBefore(withGenders(amy), 0, amy.length))).toMatchObject({
      form: 'name-opens-clause',
      speaker: 'jane',
    });
    // A name of the other gender opening the second clause is not the "she".
    const tony =
      'Elizabeth was not ashamed of the tear on her nose, and Tony never minded the noise as she hid her face and sobbed out,';
    expect(read(tagBefore(withGenders(tony), 0, tony.length))).toMatchObject({ speaker: 'elizabeth' });
  });

  it('reads a "he" opening a clause of its own after a woman who opens the sentence as the speaker', () => {
    const genders: Record<string, 'male' | 'female'> = { elizabeth: 'female', tony: 'male' };
    const withGenders = (text: string) => ({
      ...source(text, NAMES),
      genderOf: (id: string) => genders[id] ?? 'unknown',
    });
    const but = 'Elizabeth, humbled and ashamed, was going to apologize, but he prevented her by saying,';
    expect(read(tagBefore(withGenders(but), 0, but.length))).toMatchObject({
      form: 'pronoun-said-far',
      pronoun: 'male',
    });
    // Not a "he" inside what she saw: the sentence is still hers.
    const saw = 'Elizabeth saw he was out of temper, and after a long pause said,';
    expect(read(tagBefore(withGenders(saw), 0, saw.length))).toMatchObject({ speaker: 'elizabeth' });
  });

  it('is a little less sure of a subject read before the speech than after it', () => {
    const before = tagBefore(source('Elizabeth said:', NAMES), 0, 15)!;
    const after = tagAfter(source(', Elizabeth said.', NAMES), 0, 17)!;
    expect(before.confidence).toBeLessThan(after.confidence);
    expect(before.confidence).toBeCloseTo(0.9025);
  });
});

describe('sentence tags: a short sentence of its own before the speech', () => {
  const named: Case[] = [
    ['Mrs. Hurst began again.', { form: 'name-began', speaker: 'hurst', type: 'explicit' }],
    ['Sissy resumed in a lower voice.', { form: 'name-began', speaker: 'sissy' }],
    ['Mrs. Hurst did not continue.', null],
    ['Mrs. Hurst began to think, after a long and dreary silence, of home.', null],
    ['Elizabeth laughed.', null],
  ];
  it.each(named)('sentenceTagBefore %j', (narration, expected) => {
    const got = read(sentenceTagBefore(source(narration, NAMES), 0, narration.length));
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatchObject(expected);
  });

  const began: Case[] = [
    [
      '--A short pause followed this speech, and Mrs. Hurst began again.',
      { form: 'name-began', speaker: 'mrs-hurst' },
    ],
    ['Then Jane began.', { form: 'name-began', speaker: 'jane' }],
    // after a speech in the paragraph, "replied" is that speech's tag, not the next one's
    ['Mrs. Hurst replied.', null],
    ['Mrs. Hurst began to think of home.', null],
  ];
  it.each(began)('beganTagBefore %j', (narration, expected) => {
    const got = read(
      beganTagBefore(source(narration, { ...NAMES, 'Mrs. Hurst': 'mrs-hurst' }), 0, narration.length),
    );
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatchObject(expected);
  });

  const pronoun: Case[] = [
    ['She went on.', { form: 'pronoun-began', pronoun: 'female' }],
    ['At length he spoke again.', { form: 'pronoun-began', pronoun: 'male' }],
    ['He resumed.', { form: 'pronoun-began', pronoun: 'male' }],
    ['The fire went on burning.', null],
    ['She said nothing.', null],
  ];
  it.each(pronoun)('pronounSentenceTagBefore %j', (narration, expected) => {
    const got = read(pronounSentenceTagBefore(source(narration, NAMES), 0, narration.length));
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatchObject(expected);
  });
});

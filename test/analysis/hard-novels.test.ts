/**
 * Novels that break naive speaker attribution (issue 10, "Bad input"): written in dialogue only,
 * characters named by common words, a father and son of one name, a 5 MB novel. Each asserts what a
 * reader would see in the world page and the reader: who the characters are and who says what.
 */
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzeBook } from '../../src/analysis/index.js';
import { bookOf } from './helpers.js';

/** Who speaks the quotation starting with `start`, by display name. */
function speakerOf(text: string, a: Analysis, start: string): string | null {
  const q = a.quotes.find((x) => text.slice(x.start, x.end).startsWith(start));
  if (!q) throw new Error(`no quotation starting "${start}"`);
  return a.characters.find((c) => c.id === q.speaker)?.name ?? null;
}

const names = (a: Analysis) => a.characters.map((c) => c.name).sort();

describe('a novel written in dialogue only', () => {
  const text = [
    '"Are you awake, Martha?" said Jonah.',
    '"I am now," said Martha.',
    '"The boat came in at dawn."',
    '"And the nets?"',
    '"Torn, every one of them."',
    '"Then we mend them before the tide, Jonah."',
    '"You mend. I will sleep."',
    '"You will not."',
  ].join('\n\n');
  const a = analyzeBook(bookOf(text));

  it('finds every line and the two speakers', () => {
    expect(a.quotes).toHaveLength(8);
    expect(names(a)).toEqual(['Jonah', 'Martha']);
  });

  it('alternates the untagged lines between the two speakers', () => {
    expect(speakerOf(text, a, 'The boat')).toBe('Jonah');
    expect(speakerOf(text, a, 'And the nets')).toBe('Martha');
    expect(speakerOf(text, a, 'Torn')).toBe('Jonah');
    expect(speakerOf(text, a, 'Then we mend')).toBe('Martha');
    expect(speakerOf(text, a, 'You mend')).toBe('Jonah');
  });
});

describe('a novel with a chapter printed as a play', () => {
  const text = [
    'Ruth kept the lamp lit in the upper window. Tommy came across the causeway at dusk.',
    '"You are late," said Ruth.',
    'THE SALT HOUSE, A PLAY',
    'RUTH: (At the window) The tide is in.',
    'TOMMY: Then come home with me.',
    '(She does not move.)',
    'RUTH: I have been counting the waves, Tommy.',
    'MISS EMILY: (Entering) The sea keeps its own accounts.',
    'TOMMY: It always has.',
    'MISS EMILY: And it comes to collect.',
  ].join('\n\n');
  const a = analyzeBook(bookOf(text));

  it('reads each labelled line as a quotation of the one its label names, as sure as a tag', () => {
    expect(speakerOf(text, a, 'The tide is in')).toBe('Ruth');
    expect(speakerOf(text, a, 'Then come home')).toBe('Tommy');
    expect(speakerOf(text, a, 'The sea keeps')).toBe('Miss Emily');
    const q = a.quotes.find((x) => text.slice(x.start, x.end).startsWith('It always has'))!;
    expect(q).toMatchObject({ type: 'explicit', rule: 'script/label' });
    expect(q.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it('keeps stage directions and the play’s title out of the speech', () => {
    expect(a.quotes.some((x) => text.slice(x.start, x.end).includes('She does not move'))).toBe(false);
    expect(a.quotes.some((x) => text.slice(x.start, x.end).includes('At the window'))).toBe(false);
  });
});

describe('characters whose names are common words', () => {
  const text = [
    'Hope Tarrant lived at the mill with her brother Will. Faith Orme kept the shop across the lane.',
    '"I hope the rain holds off," said Will.',
    '"It will," said Hope. "Have faith."',
    'Faith laughed at that. "You sound like the vicar, Hope."',
    '"Will you come to the fair?" asked Faith.',
    '"We will," said Will, "if the mill can spare us."',
    'Hope looked at the sky. "Not before noon," Hope said. There was little hope of sun, and no one will hope for it now.',
  ].join('\n\n');
  const a = analyzeBook(bookOf(text));

  it('keeps Hope, Faith and Will as people although "hope", "faith" and "will" are ordinary words', () => {
    expect(names(a)).toEqual(['Faith', 'Hope', 'Will']);
    expect(a.characters.find((c) => c.name === 'Hope')?.aliases).toContain('Hope Tarrant');
  });

  it('gives their tagged lines to them, not to whoever else is named nearby', () => {
    expect(speakerOf(text, a, 'I hope the rain')).toBe('Will');
    expect(speakerOf(text, a, 'It will')).toBe('Hope');
    expect(speakerOf(text, a, 'Will you come')).toBe('Faith');
    expect(speakerOf(text, a, 'Not before noon')).toBe('Hope');
  });
});

describe('a rank word before a title ("Chief Inspector Heat")', () => {
  // Written for this test: the book calls the detective by his full rank most of the time.
  const text = [
    'Chief Inspector Heat came into the room. The Chief Inspector did not sit down.',
    '"You know why I am here," said Chief Inspector Heat.',
    '"I do not," said Verloc. The Chief Inspector smiled.',
    '"Then I shall tell you," said the Chief Inspector.',
  ].join('\n\n');
  const a = analyzeBook(bookOf(text));

  it('makes no character of the rank word, and gives the tagged line to the inspector', () => {
    expect(names(a)).not.toContain('Chief');
    expect(speakerOf(text, a, 'You know why I am here')).toBe('Inspector Heat');
  });
});

describe('two titles before a family name ("the Reverend Master Dimmesdale")', () => {
  // Written for this test, in the manner of The Scarlet Letter: the minister is "Arthur Dimmesdale"
  // once, "Mr. Dimmesdale" and "the Reverend Master Dimmesdale" otherwise.
  const text = [
    'Arthur Dimmesdale stood on the balcony beside the old minister.',
    '"Speak to the woman," said the Reverend Master Dimmesdale.',
    '"I will not," said Hester. Mr. Dimmesdale looked down.',
    'The Reverend Master Dimmesdale bent his head. He was pale.',
    '"Then God help thee," said Mr. Dimmesdale.',
    'The crowd watched the Reverend Master Dimmesdale go in.',
  ].join('\n\n');
  const a = analyzeBook(bookOf(text));

  it('makes no man called "Master Dimmesdale", and gives both his lines to one character', () => {
    expect(names(a)).not.toContain('Master Dimmesdale');
    expect(speakerOf(text, a, 'Speak to the woman')).toBe(speakerOf(text, a, 'Then God help thee'));
  });
});

describe('a mother called "Mrs." and her daughter called "Miss" by her given name', () => {
  // Written for this test: the only woman of the family with a full name is the daughter; "Mrs.
  // Harrow" is her mother, whom the book never gives a given name.
  const text = [
    'Henry had met Clara Harrow, the daughter of a rich widow, at a ball in the spring.',
    '"You dance well, Miss Clara," said Henry.',
    '"My mother taught me," said Clara. "She teaches everyone."',
    "Clara was Mrs. Harrow's only child, and Mrs. Harrow watched the young man closely.",
    '"Come away from the window, child," said Mrs. Harrow.',
    '"Yes, mother," said Miss Clara.',
  ].join('\n\n');
  const a = analyzeBook(bookOf(text));

  it('keeps them two people, each with her own lines', () => {
    expect(speakerOf(text, a, 'Come away from the window')).toBe('Mrs. Harrow');
    expect(speakerOf(text, a, 'My mother taught me')).toMatch(/Clara/);
    expect(a.characters.find((c) => c.name === 'Mrs. Harrow')?.aliases).not.toContain('Clara');
  });
});

describe('a name the narration often puts after "to", "in" and "from"', () => {
  // Written for this test: the narrator speaks of the housemaid mostly as a place would be spoken of
  // ("went to Marietta", "in Marietta's room", "from Marietta"), but she speaks, tagged by name.
  const text = [
    'Our second housemaid was Marietta Lowe, a quiet girl who had come to us from the reformatory.',
    'I went up to Marietta at once. There was something in Marietta that I never liked, and nothing came from Marietta but trouble.',
    "I looked in Marietta's room, and then I went back to Marietta in the kitchen. I said nothing of it to Marietta.",
    "Everything in Marietta was quiet that morning. I took the letter from Marietta and gave it to Marietta's mistress.",
    '"I have done nothing wrong," says Marietta, very quietly.',
    'I turned to Marietta and waited. "Then say so to my lady," I answered.',
    '"My lady knows it already," says Marietta Lowe.',
    '"I will say so to anybody," says Marietta.',
  ].join('\n\n');
  const a = analyzeBook(bookOf(text));

  it('is a person of the cast under her given name too, and her tagged lines are hers', () => {
    expect(a.characters.find((c) => c.name === 'Marietta Lowe')?.aliases).toContain('Marietta');
    expect(speakerOf(text, a, 'I have done nothing wrong')).toBe('Marietta Lowe');
    expect(speakerOf(text, a, 'I will say so to anybody')).toBe('Marietta Lowe');
  });
});

describe('a name that is a word the book never lets be a name elsewhere ("Good")', () => {
  // Written for this test: "good" is an interjection and an adjective, and Captain Good a speaker.
  const text = [
    'Captain Good came in with a good deal of mud on his boots, and Sir Henry looked up from the fire.',
    '"Good evening," said Sir Henry. "A good day?"',
    '"Three years," said Good. "Why do you ask?"',
    '"Because it was a good question," said Sir Henry.',
    '"Good heavens," said Good, and sat down.',
  ].join('\n\n');
  const a = analyzeBook(bookOf(text));

  it('is a speaker where a speech tag names him, and nowhere else', () => {
    expect(speakerOf(text, a, 'Three years')).toMatch(/Good/);
    expect(speakerOf(text, a, 'Good heavens')).toMatch(/Good/);
    expect(speakerOf(text, a, 'Good evening')).toBe('Sir Henry');
  });
});

describe('a father and son of one name', () => {
  const text = [
    'Old Mr. Ashdown had built the house, and his son Robert Ashdown meant to sell it. The father was seventy; Robert was not yet thirty. Both were called Robert, which confused the village, so the village said old Mr. Ashdown and young Robert.',
    '"You will not sell it while I live," said old Mr. Ashdown.',
    '"Then I shall wait," said Robert.',
    '"Robert!" cried Mr. Ashdown.',
    'Robert shrugged. "It is only a house, father."',
    '"It is your grandfather\'s house," said Mr. Ashdown.',
    '"And it will be mine," Robert said.',
  ].join('\n\n');
  const a = analyzeBook(bookOf(text));

  it('keeps the father ("old Mr. Ashdown") and the son ("Robert Ashdown") apart', () => {
    expect(names(a)).toEqual(['Mr. Ashdown', 'Robert']);
    expect(a.characters.find((c) => c.name === 'Robert')?.aliases).toContain('Robert Ashdown');
  });

  it('gives each his own lines, the one addressed by name not the speaker', () => {
    expect(speakerOf(text, a, 'You will not sell')).toBe('Mr. Ashdown');
    expect(speakerOf(text, a, 'Robert!')).toBe('Mr. Ashdown');
    expect(speakerOf(text, a, 'It is only a house')).toBe('Robert');
    expect(speakerOf(text, a, 'And it will be mine')).toBe('Robert');
  });
});

describe('a 5 MB novel', () => {
  // Sixty chapters of a written scene, varied per chapter so that nothing collapses into one
  // repeated paragraph, until the text passes 5 MB.
  const chapter = (n: number) =>
    [
      `CHAPTER ${n}`,
      `Clara Vane and Edmund Hale walked out along the sea wall on the ${n}th morning, and the gulls followed them.`,
      `"Do you think the ship will come today, Edmund?" said Clara.`,
      `"Not today," said Edmund. "The wind is in the east."`,
      '"Then tomorrow."',
      '"Perhaps tomorrow."',
      `They walked on in silence for a while. The harbour master, old Jacob Penn, waved from his door. ${'The tide turned slowly over the flats, and the light went grey and then gold. '.repeat(30)}`,
    ].join('\n\n');
  const parts: string[] = [];
  let size = 0;
  for (let n = 1; size < 5 * 1024 * 1024; n++) {
    const c = chapter(n);
    parts.push(c);
    size += c.length + 2;
  }
  const text = parts.join('\n\n');

  it("is analysed whole: every chapter's lines found and given to the right speakers", {
    timeout: 300_000,
  }, () => {
    const a = analyzeBook(bookOf(text));
    expect(a.quotes.length).toBe(parts.length * 5);
    const speakers = new Map(a.characters.map((c) => [c.id, c.name]));
    const tally = new Map<string, number>();
    for (const q of a.quotes) {
      const who = speakers.get(q.speaker ?? '') ?? 'none';
      tally.set(who, (tally.get(who) ?? 0) + 1);
    }
    // Per chapter: Clara 2 ("Do you think…", "Then tomorrow."), Edmund 3 (two parts of one line
    // count as one quotation; "Perhaps tomorrow." alternates back to him).
    expect(Object.fromEntries(tally)).toEqual({
      'Clara Vane': parts.length * 2,
      'Edmund Hale': parts.length * 3,
    });
  });
});

describe('a character known by a description before the book names him', () => {
  const text = [
    'The stranger came early in February, one wintry day, through a biting wind and a driving snow. He was wrapped up from head to foot.',
    '"A fire," said the stranger, "in the name of human charity! A room and a fire!"',
    'Mrs. Hall looked at him. "Certainly, sir," said Mrs. Hall.',
    '"I have some luggage at the station," said the stranger.',
    'Mrs. Hall went to the kitchen, where Millie was at work. "He is a queer one," said Mrs. Hall.',
    '"Is he a gentleman?" asked Millie.',
    '"My name is Griffin," said the stranger at last, the next morning. "Griffin, of University College."',
    'Griffin sat by the fire all day. "Leave me alone," Griffin said to Millie.',
    '"Yes, sir," said Millie.',
  ].join('\n\n');
  const a = analyzeBook(bookOf(text));

  it('joins "the stranger" to Griffin once he names himself, and keeps Mrs. Hall a person', () => {
    expect(names(a)).toEqual(['Griffin', 'Millie', 'Mrs. Hall']);
    expect(a.characters.find((c) => c.name === 'Griffin')?.aliases).toContain('the stranger');
  });

  it("gives the stranger's lines before the reveal to Griffin", () => {
    expect(speakerOf(text, a, 'A fire')).toBe('Griffin');
    expect(speakerOf(text, a, 'I have some luggage')).toBe('Griffin');
    expect(speakerOf(text, a, 'Certainly, sir')).toBe('Mrs. Hall');
  });
});

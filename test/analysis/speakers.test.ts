import { describe, expect, it } from 'vitest';
import { type Analysis, analyzeBook, findCharacterByName } from '../../src/analysis/index.js';
import { captureSieve } from '../../src/analysis/ranker/index.js';
import { findRoleSpeakers } from '../../src/analysis/roles.js';
import { mentionRole } from '../../src/analysis/speakers/salience.js';
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

describe('exchange boundaries', () => {
  it('ends an exchange at long narration opening a speech paragraph', () => {
    const text = `Tom Ashby and Anne Ashby stood at the gate. Tom was restless and Anne was calm. Harold Wyatt had promised to come, and Harold was never late.

"Are you coming?" said Anne.

"Not yet," said Tom.

The evening wore on in that slow way evenings have in the country, with the light going amber over the hedges and the rooks settling in the elms behind the church, and the long shadows of the poplars lying across the lane like fallen ladders, until at last Clara came up the path with Harold Wyatt, and the two of them stopped by the gate to look back at the dark and quiet fields. "We are late again," said Clara.

"Nobody minds in the least."

"Then we shall stay," said Clara.

"I am glad of it," said Harold.
`;
    const a = analyzeBook(bookOf(text));
    // Not Tom, who spoke before the long narration: the new exchange is Clara's and Harold's.
    expect(said(text, a, 'Nobody minds')).toMatchObject({ speaker: 'Harold Wyatt' });
  });
});

describe('turn-taking', () => {
  it('continues the alternation of the turns before rather than the turns after', () => {
    const text = `Anne Ashby, Clara Vane and Tom Ashby stood at the window. Anne was restless; Clara was not; Tom read.

"Is it raining still?" said Anne.

"Only a little now."

"Then we may walk after all."

"Walk where?" said Clara.

"To the church and back," said Tom.
`;
    const a = captureSieve(() => analyzeBook(bookOf(text))).result;
    // Anne and Clara talk until Tom joins in: the third speech is Anne's, not Tom's.
    expect(said(text, a, 'Only a little')).toMatchObject({ speaker: 'Clara', type: 'implicit' });
    expect(said(text, a, 'Then we may')).toMatchObject({ speaker: 'Anne', type: 'implicit' });
  });

  it('does not give a turn to the speaker of the turn right after it', () => {
    const text = `Anne Ashby, Clara Vane and Tom Ashby stood at the window. Anne was restless; Clara was not; Tom read.

"Is it raining still?" said Anne.

"Only a little now," said Clara.

"Then we may walk after all."

"Walk where?" said Anne.

"To the church and back," said Tom.
`;
    const a = captureSieve(() => analyzeBook(bookOf(text))).result;
    // Alternation would say Anne, but Anne answers it: a third voice has joined.
    expect(said(text, a, 'Then we may')).toMatchObject({ speaker: 'Tom', type: 'implicit' });
  });

  it('does not credit the subject of a narration sentence with a speech its next turn answers', () => {
    const text = `Anne Ashby, Clara Vane and Tom Ashby stood at the window. Anne was restless; Clara was not; Tom read.

"Shall we walk?" said Tom.

"Is it raining still?" said Anne.

Clara went to the window and looked out.

"Only a little now."

"Then we may walk after all," said Clara.
`;
    const a = captureSieve(() => analyzeBook(bookOf(text))).result;
    expect(said(text, a, 'Only a little')).toMatchObject({ speaker: 'Tom', type: 'implicit' });
  });

  it('resolves a pronoun tag past the speaker tagged for the speech right after', () => {
    const text = `Mr. Ashby and Mr. Wyatt sat by the fire with Anne. Mr. Wyatt was reading; Mr. Ashby watched the rain. He was tired.

"Will it stop, do you think?" said Anne.

He looked up and said, "I think not."

"Nor I," said Mr. Ashby.
`;
    const a = captureSieve(() => analyzeBook(bookOf(text))).result;
    expect(said(text, a, 'I think not')).toMatchObject({ speaker: 'Mr. Wyatt', type: 'anaphoric' });
  });
});

describe('the other party of an exchange', () => {
  it('is whoever else speaks most in it, not merely the last other voice', () => {
    const text = `Anne Ashby, Clara Vane and Tom Ashby sat by the fire. Anne was sewing; Clara was not; Tom read.

"Shall we go out?" said Anne.

"In this weather?" said Clara.

"Only to the gate," said Anne.

"I shall stay here," said Tom.

"Well, I will come," said Clara.

"Only let me find my shawl," Clara added.

"It is on the chair by the door."
`;
    const a = captureSieve(() => analyzeBook(bookOf(text))).result;
    expect(said(text, a, 'It is on the chair')).toMatchObject({ speaker: 'Anne', type: 'implicit' });
  });
});

describe('a guess from the narration', () => {
  it('prefers the one the narration is about to the one talked of', () => {
    const text = `"What a charming man," said Mary Hale.

Mr. Dorling had dined at the house that evening, with a great many others from the town and the country round about, and the whole party had stayed very late; everybody agreed afterwards that Mr. Dorling was charming, and that he had been most attentive to the ladies, and danced every single dance of the evening with perfect good humour and without the least sign of fatigue.

When Mary Hale and Kate Hale were alone, Mary spoke warmly of Mr. Dorling.

"He is just what a young man ought to be."

"He is also handsome," replied Kate.

"I did not expect him to ask me twice."
`;
    const a = captureSieve(() => analyzeBook(bookOf(text))).result;
    expect(said(text, a, 'I did not expect')).toMatchObject({ speaker: 'Mary Hale' });
  });
});

describe('action beats', () => {
  it('takes the one acting, not the one the action is aimed at', () => {
    const text = `"What a fine morning," said Clara Vane.

Tom Ashby, Anne Ashby and Clara sat in the garden. Clara was reading; Anne was sewing.

"Are you coming?" said Anne.

"Not yet," said Tom.

Clara looked up at Anne. "Then I shall go alone."
`;
    // The rule sieve's own answer (the ranker's weights are trained on an older sieve).
    const a = captureSieve(() => analyzeBook(bookOf(text))).result;
    expect(said(text, a, 'Then I shall')).toMatchObject({ speaker: 'Clara', type: 'implicit' });
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

describe('"said his companion": the one the possessor is with', () => {
  // Written for this test: a walk of two, each named several times, then tags by relation alone.
  const text = [
    'Chapter 1',
    '',
    'Mr. Hale and Edith walked along the river. Mr. Hale said nothing for a while; Edith watched the water. Edith knew Mr. Hale well.',
    '',
    '"The river is high this year," said Mr. Hale.',
    '',
    '"It rained all March," said Edith.',
    '',
    'Mr. Hale looked at the bridge and sighed. After a short pause, his companion added, "We could cross at the mill."',
    '',
    '"The mill is shut," he answered.',
    '',
    'Edith stopped at the bank of the river.',
    '',
    '"Then we shall wade," said her companion, and he took off his hat.',
    '',
  ].join('\n');
  const rule = (a: Analysis, start: string) =>
    a.quotes.find((x) => text.slice(x.start, x.end).startsWith(start))?.rule;
  it('gives "his companion added" to the woman he walks with, and "said her companion" to him', () => {
    const sieve = captureSieve(() => analyzeBook(bookOf(text))).result;
    expect(said(text, sieve, 'We could cross')).toMatchObject({ speaker: 'Edith', type: 'anaphoric' });
    expect(rule(sieve, 'We could cross')).toBe('tag-before/companion-said');
    expect(said(text, sieve, 'Then we shall wade')).toMatchObject({ speaker: 'Mr. Hale', type: 'anaphoric' });
    expect(rule(sieve, 'Then we shall wade')).toBe('tag-after/said-companion');
    const a = analyzeBook(bookOf(text));
    expect(said(text, a, 'We could cross').speaker).toBe('Edith');
    expect(said(text, a, 'Then we shall wade').speaker).toBe('Mr. Hale');
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

describe('a first-person narrator others address by name, in an untagged exchange', () => {
  // Written for this test: the narrator is "I" in narration and "Harper" only in the friend's speech.
  const text = [
    'I had been out all day in the rain, and when I came back to our rooms I found Vance sitting by the fire with his pipe. I hung my coat by the door and I crossed to the window, for I could hardly see Vance through the smoke. I have known Vance for ten years, and I have never known him to open a window.',
    '"Caught a chill, Harper?" said Vance.',
    '"No, it is this dreadful smoke."',
    '"I suppose it is rather thick, now that you mention it, Harper."',
    '"Thick! I can barely breathe."',
    '"Open the window, then. You have been at the club all afternoon."',
    '"How in the world do you know that?"',
    'Vance laughed and pointed at my boots with the stem of his pipe. I looked down, and I saw what he meant. I felt, as I often feel with Vance, that I had been very slow.',
    '"The club has the only yellow gravel in the street, my dear Harper."',
    '"Then I have been very foolish."',
    '"Not foolish, Harper. Merely tired."',
    '"You are kind to say so."',
    '"I am never kind, Harper, only accurate. Sit down, Harper, and tell me about the man in the grey coat."',
    '"There is nothing to tell."',
    'I said it, but I knew as I said it that I was lying, and I think that Vance knew it too. I sat down. I told him everything I had seen, and I told it badly, for I was cold and I was tired and I wanted my dinner.',
  ].join('\n\n');
  const a = analyzeBook(bookOf(text));
  it('answers when addressed, and the two alternate: the narrator is in every scene they tell', () => {
    expect(a.characters.find((c) => c.id === 'narrator')?.name).toBe('Harper');
    for (const line of [
      'No, it is this',
      'Thick!',
      'How in the world',
      'Then I have been',
      'There is nothing',
    ])
      expect(said(text, a, line).speaker, line).toBe('Harper');
    for (const line of ['I suppose it is', 'Open the window', 'Not foolish', 'I am never kind'])
      expect(said(text, a, line).speaker, line).toBe('Vance');
  });
});

describe('"he said" in a first-person novel', () => {
  // Written for this test: the boatmen name the narrator in narration just before "he said".
  const text = [
    'I rode down to the landing in the grey of the morning, and I found Master Hale there before me, walking up and down beside the water. I had not seen him since the winter. I got down from my horse, and I went to him, and I gave him my hand, for I was glad to see him, whatever I had said of him in the town.',
    '"Well met, Captain Percy," said Master Hale.',
    '"Well met," I said.',
    '"Percy, Percy, you are always late," he said.',
    '"The road was bad," I said.',
    '"It is always bad, Percy."',
    '"Not always," I said.',
    '"Always, Captain Percy, and you know it."',
    '"Then I was late," I said.',
    'The boatmen were watching us from the wharf. Captain Percy, they told each other, was a hard man to keep waiting, and a harder man to hurry.',
    '"I have ridden from the town since dawn," he said, "and I am tired of waiting."',
    '"Then we will ride together," I said.',
    'I laughed, and I told him that I had meant it. I think that he believed me. I know that I believed myself, and I rode beside him all that day, and I did not once look back at the town.',
  ].join('\n\n');
  it('is never the narrator, under any name others give them', () => {
    const sieve = captureSieve(() => analyzeBook(bookOf(text))).result;
    expect(sieve.characters.find((c) => c.id === 'narrator')?.name).toBe('Captain Percy');
    expect(said(text, sieve, 'I have ridden').speaker).toBe('Master Hale');
    expect(said(text, sieve, 'Then we will ride').speaker).toBe('Captain Percy');
  });
});

describe('a name read from the sentence around a speech that calls that name', () => {
  // Written for this test: Janet is the sentence's subject, but the speech calls her.
  const text = [
    'Miss Trotwood sat by the window with her work, and Janet brought in the tea and set it on the little table.',
    '"Thank you, Janet," said Miss Trotwood.',
    '"Will there be anything more, ma\'am?" asked Janet.',
    '"Nothing more."',
    'Janet had gone away to get the bath ready, when her mistress, to the great alarm of everybody, became in one moment rigid with indignation, and had hardly voice to cry out, "Janet! Donkeys!"',
  ].join('\n\n');
  it('is not the speaker', () => {
    const sieve = captureSieve(() => analyzeBook(bookOf(text))).result;
    expect(said(text, sieve, 'Janet! Donkeys!').speaker).toBe('Miss Trotwood');
    // "said Janet" right beside the verb is still read
    expect(said(text, sieve, 'Will there be').speaker).toBe('Janet');
  });
});

describe('a name that laughs after a speech calling it by name', () => {
  // Written for this test: the second part of Kitty's speech ends by asking Hugh, who laughs.
  const text = [
    'Kitty and Hugh sat with the Major after dinner, and the talk turned to the regiment.',
    '"You shall stay at home, my dear," said the Major to Kitty.',
    '"I intend to go," said Kitty. "I am on the staff. The General is a great friend of mine. Is he not, Hugh?" Hugh laughed out with his usual roar.',
    '"She cannot go," said the Major.',
  ].join('\n\n');
  it('is not the speaker: a laugh answers the speech', () => {
    const sieve = captureSieve(() => analyzeBook(bookOf(text))).result;
    expect(said(text, sieve, 'I am on the staff').speaker).toBe('Kitty');
  });
});

describe('a second quotation in a tagged paragraph that calls the tagged speaker by name', () => {
  const text = [
    'Rose came in with the news, and Fergus looked up from his plate.',
    '"She lives there all alone," said Rose.',
    '"Preposterous!" shrieked Fergus.',
    '"It is true, every word of it," said Rose.',
    '"I had hoped she was a witch," observed Fergus, while carving his bread. "Nonsense, Fergus! But is it not strange?"',
  ].join('\n\n');
  const a = analyzeBook(bookOf(text));
  it('is the other one of the exchange, not the tagged speaker', () => {
    expect(said(text, a, 'I had hoped')).toMatchObject({ speaker: 'Fergus' });
    expect(said(text, a, 'Nonsense, Fergus')).toMatchObject({ speaker: 'Rose' });
  });
});

describe('"cried her mother" after a daughter the book gives no family name', () => {
  const text = [
    'Mrs. Hale sat by the fire with her two daughters, and Mr. Hale read his paper.',
    '"We are not to go to the assembly, then," said Mrs. Hale.',
    '"Not this winter," said Mr. Hale, without looking up.',
    '"Then I shall never forgive you," said Mrs. Hale.',
    'She turned from him to the girls, and began scolding the younger.',
    '"Don\'t keep coughing so, Kitty! Have a little compassion on my nerves."',
    '"I do not cough for my own amusement," replied Kitty fretfully. "When is the next ball?"',
    '"To-morrow fortnight."',
    '"Aye, so it is," cried her mother, "and the Longs do not come back till the day before."',
  ].join('\n\n');
  const a = analyzeBook(bookOf(text));
  it('is the married woman of the scene, not the daughter', () => {
    expect(said(text, a, 'Aye, so it is')).toMatchObject({ speaker: 'Mrs. Hale' });
  });
});

describe('a third-person novel with a few "said I" in a letter', () => {
  // Long third-person narration (about 20,000 words) and a letter, read as narration, that says
  // "said I" three times: a story told by someone else, not a narrator of the book.
  const day = (n: number) =>
    `Chapter ${n + 1}\n\nMargaret walked down to the mill in the grey morning, and her brother followed her with the basket. The river was high after the rain, and the miller stood at his door watching it rise along the stones of the bank.\n\n"It will flood by night," said Margaret.\n\n"Not this year," said Robert, and he set the basket down on the wall beside the gate.\n\nThey waited there until the bell rang from the village, and then they went home along the lane under the dripping hedges, talking of the harvest and of their father's long illness and of the letters that never came.\n\n`;
  let text = '';
  for (let n = 0; n < 180; n++) text += day(n);
  text +=
    'The letter from the city ran: Dear Margaret, I came to the house at last. Who is there? said I, and no one answered. Then come in, said I again, and the door opened. I asked for you, said I, and the maid shook her head.\n\n';
  for (let n = 180; n < 200; n++) text += day(n);
  const a = analyzeBook(bookOf(text));
  it('has no narrator character, and the characters keep their lines', () => {
    expect(a.characters.find((c) => c.id === 'narrator')).toBeUndefined();
    expect(said(text, a, 'It will flood by night')).toMatchObject({ speaker: 'Margaret' });
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
  it('makes "the king" and "the duke" characters where nobody holds the rank by name, told in the present', () => {
    const lines = (who: string, n: number) =>
      Array.from({ length: n }, (_, i) => `“We sail at ${i + 2},” says the ${who}. Jim nodded.`);
    const text = [
      'We took the two men aboard the raft. King Lear was in the play they meant to act.',
      ...lines('king', 5),
      ...lines('duke', 5),
      '“Well, then,” the duke says, “we leave tonight.”',
    ].join('\n\n');
    const a = analyzeBook(bookOf(text));
    expect(a.characters.find((c) => c.name === 'the king')).toMatchObject({ gender: 'male' });
    expect(said(text, a, 'Well, then,')).toMatchObject({ speaker: 'the duke', type: 'explicit' });
    expect(said(text, a, 'We sail at 2')).toMatchObject({ speaker: 'the king' });
  });
  it('leaves "the duke" to the Duke the book names, and a rank tagged a few times to the description rules', () => {
    const text = [
      ...Array.from({ length: 5 }, (_, i) => `Duke Orsino rode out with Viola on day ${i + 1}.`),
      ...Array.from({ length: 5 }, (_, i) => `“We ride at ${i + 2},” said the duke.`),
      '“So we do,” said the king. “And soon,” said the king. Nobody answered.',
    ].join('\n\n');
    const names = analyzeBook(bookOf(text)).characters.map((c) => c.name);
    expect(names).not.toContain('the duke');
    expect(names).not.toContain('the king');
  });
  it('takes no auxiliary before a tag verb for a role ("the officer who had said")', () => {
    const text = [
      'Tom and Ann sat down at the corner table.',
      'Tom saw the officer who had said nothing all evening. "Soup?" asked Tom.',
      '"Yes," said Ann. Where was the waiter who had said it? And the boy who had said so?',
      '"Then bread," said Tom. Behind him the man who had said he would come did not.',
    ].join('\n\n');
    const nouns = findRoleSpeakers(text, []).map((r) => r.noun);
    expect(nouns).not.toContain('had');
  });
});

describe('no dialogue', () => {
  it('returns empty lists, not an error, for a text without speech or names', () => {
    const a = analyzeBook(bookOf('the sea was grey and the wind was cold.\n\nnothing moved.\n'));
    expect(a).toMatchObject({ characters: [], quotes: [], places: [] });
  });
});

describe('speech tags', () => {
  /** The rule sieve's speaker and type (the ranker off) for the quotation starting `start`. */
  const tagged = (paragraphs: string[], start: string) => {
    const text = paragraphs.join('\n\n');
    const { result, sieve } = captureSieve(() => analyzeBook(bookOf(text)));
    const qi = result.quotes.findIndex((q) => text.slice(q.start, q.end).startsWith(start));
    if (qi < 0) throw new Error(`no quotation starting "${start}"`);
    const a = sieve[qi]!;
    return { speaker: result.characters.find((c) => c.id === a.speaker)?.name ?? null, type: a.type };
  };

  it('reads a tag after speech broken off before its closing mark', () => {
    const q = tagged(
      [
        'Harriet and Tom Walker sat by the fire. Harriet was knitting.',
        '"Did Tom come?" asked Harriet.',
        '"He said he was off to " Tom began, and stopped.',
        '"Odd," said Harriet.',
      ],
      'He said',
    );
    expect(q).toMatchObject({ speaker: 'Tom', type: 'explicit' });
  });

  it('takes the subject nearest an object, not the first name of the sentence', () => {
    const q = tagged(
      [
        'Mary Hale, Susan Ward and Mr. Hale were in the parlour. Mary was at the piano.',
        '"Play again, Mary," said Susan.',
        'Mary played a second tune; and soon afterwards Mr. Hale, drawing near Susan, said to her--',
        '"Do you sing, Miss Ward?"',
        '"Not well," said Susan.',
      ],
      'Do you sing',
    );
    expect(q).toMatchObject({ speaker: 'Mr. Hale', type: 'explicit' });
  });

  it('reads a tag ending the paragraph before with a dash printed as spaces', () => {
    const q = tagged(
      [
        'Mary Hale, Susan Ward and Tom Hale were in the parlour. Mary was at the piano.',
        '"Play again, Mary," said Susan.',
        'Mary stopped. Susan looked at Tom, and Tom began again   ',
        '"You must sing, Miss Ward."',
        '"Not well," said Susan.',
      ],
      'You must sing',
    );
    expect(q).toMatchObject({ speaker: 'Tom', type: 'explicit' });
  });

  it("ends a quotation where a second speaker's tag begins", () => {
    const paragraphs = [
      'Harriet Lee and Tom Hart stood at the gate. Harriet was tired.',
      '"Are we going in?" asked Harriet.',
      'Harriet thought, "He will keep us here all night," and Tom thought, "She will want to go home."',
      '"Well?" said Tom.',
    ];
    expect(tagged(paragraphs, 'He will keep')).toMatchObject({ speaker: 'Harriet', type: 'explicit' });
    expect(tagged(paragraphs, 'She will want')).toMatchObject({ speaker: 'Tom', type: 'explicit' });
  });

  it('reads a tag whose verb stands far from the quotation', () => {
    const q = tagged(
      [
        'Harriet Lee and Edmund Hart dined together. Harriet was tired, and Edmund was quiet.',
        '"Are we going in?" asked Harriet.',
        'Edmund said to Harriet, as they sat alone after dinner by the fire in the long room, "I have been thinking."',
        '"Well?" said Harriet.',
      ],
      'I have been thinking',
    );
    expect(q).toMatchObject({ speaker: 'Edmund', type: 'explicit' });
  });

  it('prefers a named tag between later parts to a pronoun tag', () => {
    const q = tagged(
      [
        'Mr. Hale and Edmund Hart were in the study. Edmund was reading.',
        '"Are you busy, Mr. Hale?" asked Edmund.',
        'Mr. Hale looked at Edmund. "When I came in," he began, "the room was dark," said Mr. Hale, "and cold."',
      ],
      'When I came in',
    );
    expect(q).toMatchObject({ speaker: 'Mr. Hale', type: 'explicit' });
  });

  /** Harriet and Edmund, each named and speaking once, before the paragraph under test. */
  const study = [
    'Harriet Lee and Edmund Hart were in the study. Harriet was tired, and Edmund was quiet.',
    '"Are we going in?" asked Harriet.',
    '"Not yet," said Edmund.',
  ];

  it('does not take a name after a comma for the object of a participle before it', () => {
    const q = tagged(
      [
        ...study,
        'When the lesson was ended, Harriet, who was about to leave, approached Edmund with her usual shyness and said: "I must thank you."',
      ],
      'I must thank',
    );
    expect(q).toMatchObject({ speaker: 'Harriet', type: 'explicit' });
  });

  it('takes a name right after "and" before the verb for a new subject, not a relative clause', () => {
    const q = tagged(
      [
        ...study,
        'Edmund, who was not in the mood for talk, declined on the plea of work; and Harriet said: "Then I shall go alone."',
      ],
      'Then I shall',
    );
    expect(q).toMatchObject({ speaker: 'Harriet', type: 'explicit' });
  });

  it('reads a possessive name before a speech noun as a tag ("was Harriet\'s reasoning")', () => {
    const q = tagged(
      [
        ...study,
        'The dinner was a failure. "I cannot possibly stay another hour," was Harriet\'s reasoning; and nobody argued.',
      ],
      'I cannot possibly',
    );
    expect(q).toMatchObject({ speaker: 'Harriet', type: 'explicit' });
  });

  it('takes a name after "and" plus a verb for its object ("and warned Edmund")', () => {
    const q = tagged(
      [
        ...study,
        'Harriet murmured, "The rain has stopped at last," and warned Edmund "not to forget his coat."',
      ],
      'The rain has stopped',
    );
    expect(q).toMatchObject({ speaker: 'Harriet', type: 'explicit' });
  });

  it('reads a short sentence that opens a speech as its tag ("Harriet began again.")', () => {
    const q = tagged(
      [
        ...study,
        '"Why not?" asked Harriet.',
        'Edmund looked away, and Harriet began again.',
        '"I only meant that it is late."',
      ],
      'I only meant',
    );
    expect(q).toMatchObject({ speaker: 'Harriet', type: 'explicit' });
  });

  it('does not take a new sentence after a full stop for the tag', () => {
    const q = tagged(
      [
        ...study,
        '"We could walk to the river and back before it rains." Harriet listened, and Edmund agreed to this.',
      ],
      'We could walk',
    );
    expect(q.type).not.toBe('explicit');
    const named = tagged(
      [...study, '"Edmund was asking for you today." She saw the effort with which he spoke Edmund\'s name.'],
      'Edmund was asking',
    );
    expect(named.type).not.toBe('explicit');
  });

  it('keeps a short cry inside a narrative sentence as speech', () => {
    const q = tagged(
      [
        ...study,
        'There was a knock. Harriet turned and cried out sharply "Who is there?" and ran to the door.',
      ],
      'Who is there',
    );
    expect(q).toMatchObject({ speaker: 'Harriet', type: 'explicit' });
  });

  it('keeps shouted speech in capitals as speech', () => {
    const q = tagged([...study, '"EDMUND!" cried Harriet from the door.'], 'EDMUND!');
    expect(q).toMatchObject({ speaker: 'Harriet', type: 'explicit' });
  });

  it('does not read a name past a comma after "said the girl" as the speaker', () => {
    const q = tagged([...study, '"Ask him where he has been," said the girl, indicating Edmund.'], 'Ask him');
    expect(q.speaker).not.toBe('Edmund');
  });

  it('does not take the owner in "called Harriet\'s mother" for the speaker', () => {
    const q = tagged(
      [...study, '"You must both come in now," called Harriet\'s mother from the door.'],
      'You must both',
    );
    expect(q.type).not.toBe('explicit');
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

describe('a paragraph with two tags: an untagged speech after the second goes on in its speaker’s voice', () => {
  const text = [
    'Tom sat in his chair under the plum tree, and Mary knelt on the grass beside it. Tom had',
    'never been out so long, and Tom looked up at the leaves as if he had never seen any.',
    '',
    '"You will want the window open, won\u2019t you?" said Mary. "I want nothing else," he answered. "I have seen the spring now, and I mean to see the summer."',
    '',
  ].join('\n');
  const a = analyzeBook(bookOf(text));

  it('gives the last speech to Tom, not to the paragraph’s first speaker', () => {
    expect(said(text, a, 'I have seen the spring')).toMatchObject({ speaker: 'Tom' });
    expect(said(text, a, 'You will want the window')).toMatchObject({ speaker: 'Mary' });
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

describe('title tags: "said the general" with no General near is the one General of the book', () => {
  const filler = 'Mr. Morland walked to the village and back again, and thought about the rain. '.repeat(160);
  const text = [
    'General Hurst kept a great house in the north, and his children feared him. General Hurst rose at',
    'five every day, and General Hurst expected his guests to rise with him.',
    '',
    filler,
    '',
    '"Shall we walk out?" asked Mr. Morland.',
    '',
    '"The weather is very fine for it," said the general.',
    '',
  ].join('\n');
  const a = analyzeBook(bookOf(text));

  it('gives the line to General Hurst, though Mr. Morland is the man named near', () => {
    expect(said(text, a, 'The weather is very fine')).toMatchObject({ speaker: 'General Hurst' });
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

describe('pronoun tags: whom the speaker turns to inside the speech', () => {
  const text = [
    'Captain Ross stood at the far window with a letter in his hand. Lieutenant Hale wrote at the table.',
    'Mrs. Dale crossed the room to the window and waited.',
    '',
    '"Read this," said Captain Ross.',
    '',
    '"Is it from your brother?"',
    '',
    '"It is, and you may guess what it asks. He wants a ship;" (looking towards Lieutenant Hale,)',
    '"and he shall have one." And with a sigh he folded it away, saying, "Poor boy! he has waited long enough!"',
    '',
  ].join('\n');

  it('does not give the turn\'s "he" to the man the speaker looks towards (the sieve alone)', () => {
    const { result: a, sieve } = captureSieve(() => analyzeBook(bookOf(text)));
    const name = (id: string | null) => a.characters.find((c) => c.id === id)?.name;
    const at = (start: string) => a.quotes.findIndex((q) => text.slice(q.start, q.end).startsWith(start));
    expect(name(sieve[at('Poor boy')]!.speaker)).toBe('Captain Ross');
  });
});

describe('speech tags with less common verbs', () => {
  const text = [
    '"Where is Mr. Pell?" asked Mrs. Pell.',
    '',
    'Mrs. Pell had waited all the evening. At last Mr. Pell came into the hall, and Mrs. Pell looked up',
    'from her letters.',
    '',
    '"You are late again," she screeched.',
    '',
    '"I was kept at the office," he affirmed.',
    '',
  ].join('\n');

  it('reads "she screeched" and "he affirmed" as pronoun tags (the sieve alone)', () => {
    const { result: a, sieve } = captureSieve(() => analyzeBook(bookOf(text)));
    const name = (id: string | null) => a.characters.find((c) => c.id === id)?.name;
    expect(name(sieve[1]!.speaker)).toBe('Mrs. Pell');
    expect(sieve[1]!.type).toBe('anaphoric');
    expect(name(sieve[2]!.speaker)).toBe('Mr. Pell');
    expect(sieve[2]!.type).toBe('anaphoric');
  });
});

describe('a speech noun owned by a pronoun', () => {
  const text = [
    '"Where is Mr. Pell?" asked Mrs. Pell.',
    '',
    'Mrs. Pell had waited all the evening. At last Mr. Pell came into the hall, and Mrs. Pell looked up',
    'from her letters.',
    '',
    '"You are late again," was her only reply.',
    '',
  ].join('\n');

  it('reads "was her reply" as a pronoun tag (the sieve alone)', () => {
    const { result: a, sieve } = captureSieve(() => analyzeBook(bookOf(text)));
    const name = (id: string | null) => a.characters.find((c) => c.id === id)?.name;
    expect(name(sieve[1]!.speaker)).toBe('Mrs. Pell');
    expect(sieve[1]!.type).toBe('anaphoric');
  });
});

describe('a pronoun subject with a name as its object', () => {
  const text = [
    '"Where is Mr. Pell?" asked Mrs. Pell.',
    '',
    '"He is late," said Susan.',
    '',
    'Mrs. Pell had waited all the evening for Mr. Pell. At last Mr. Pell came into the hall, and Susan',
    'ran to meet him. He looked about him. Then he turned to Susan and said, "Go up to your mother, child."',
    '',
  ].join('\n');

  it('gives "he turned to Susan and said" to him, not to Susan (the sieve alone)', () => {
    const { result: a, sieve } = captureSieve(() => analyzeBook(bookOf(text)));
    const name = (id: string | null) => a.characters.find((c) => c.id === id)?.name;
    expect(name(sieve[2]!.speaker)).toBe('Mr. Pell');
    expect(sieve[2]!.type).toBe('anaphoric');
  });
});

describe('a short sentence of speaking with a pronoun subject', () => {
  const text = [
    '"Where is Mr. Pell?" asked Mrs. Pell.',
    '',
    'Mrs. Pell had waited all the evening for Mr. Pell, and Mrs. Pell was tired of waiting.',
    'She went on. "He promised to be home by six."',
    '',
  ].join('\n');

  it('reads "She went on." before the speech as its tag (the sieve alone)', () => {
    const { result: a, sieve } = captureSieve(() => analyzeBook(bookOf(text)));
    const name = (id: string | null) => a.characters.find((c) => c.id === id)?.name;
    expect(name(sieve[1]!.speaker)).toBe('Mrs. Pell');
    expect(sieve[1]!.type).toBe('anaphoric');
  });
});

describe('a pronoun tag with no one of its gender named for pages', () => {
  const text = [
    'Mrs. Pell and Miss Grey sat by the fire. Mrs. Pell spoke of the war; Mrs. Pell spoke of the price of',
    'bread; and at last Mrs. Pell fell asleep.',
    '',
    ...Array.from(
      { length: 45 },
      () => 'Mr. Pell walked on along the road by the river, thinking of the war.',
    ),
    '',
    '"You are late," she said.',
    '',
    '"The road was long," answered Mr. Pell.',
    '',
  ].join('\n');

  it('gives "she said" to the woman most named around it (the sieve alone)', () => {
    const { result: a, sieve } = captureSieve(() => analyzeBook(bookOf(text)));
    const name = (id: string | null) => a.characters.find((c) => c.id === id)?.name;
    expect(name(sieve[0]!.speaker)).toBe('Mrs. Pell');
  });
});

describe('last-resort guess next to a tagged turn', () => {
  const text =
    'Chapter 1\n\nAnna Grey and Ben Marsh walked home along the river in the dusk, and neither of them said a ' +
    'word for a long time, for the wind was sharp and the path was narrow.\n\n' +
    '"It is cold," said Anna, "and the wind is rising."\n\n' +
    '"Will it snow before morning, do you think?"\n\n' +
    '"It may," said Ben.\n';
  const a = captureSieve(() => analyzeBook(bookOf(text))).result;

  it('gives the exchange its other party rather than the tagged speaker right before', () => {
    expect(said(text, a, 'It is cold')).toMatchObject({ speaker: 'Anna Grey', type: 'explicit' });
    expect(said(text, a, 'Will it snow')).toMatchObject({ speaker: 'Ben Marsh', type: 'implicit' });
  });
});

/**
 * The book's own speech tag for a located line (src/check/attribute/book-tag.ts): each case a short
 * passage of a novel, the line located in it (between ⟦ and ⟧), and the tag a reader goes by — of
 * THIS line, never the next line's; "said he" names nobody.
 */
import { describe, expect, it } from 'vitest';
import { type BookTag, speechAt, tagGender } from '../../src/check/attribute/book-tag.js';

/** The passage with the markers taken out, and the located span between them. */
function place(marked: string): { text: string; loc: { start: number; end: number } } {
  const start = marked.indexOf('⟦');
  const end = marked.indexOf('⟧') - 1;
  return { text: marked.replace('⟦', '').replace('⟧', ''), loc: { start, end } };
}

type Want = { kind: BookTag['kind']; who: string; ruleId: string; to?: string } | null | 'narration';

const CASES: [label: string, passage: string, want: Want][] = [
  [
    'a manner of speaking only tags use (probe round AF285: “advised Jo” not read, a wrong credit left unknown)',
    '“⟦Change it⟧,” advised Tommy, laughing.',
    { kind: 'named', who: 'Tommy', ruleId: 'tag/after-quote' },
  ],
  [
    'a description with “this” (probe round AF263: not read, and the model’s turn-taking guess supported a wrong credit)',
    '“⟦Who is leading in the pennant race⟧?” said this strange butler in a feverish whisper.',
    { kind: 'description', who: 'this strange butler', ruleId: 'tag/after-quote' },
  ],
  [
    '…not “this” as what is said',
    'He thought a while. “⟦I will go⟧,” he said; and having said this she looked away.',
    { kind: 'pronoun', who: 'he', ruleId: 'tag/after-quote' },
  ],
  [
    'a line a speech verb leads into, answered after it, is not tagged by the answer (probe round AF264)',
    'Nor could she refrain from crying out, with great horror of accent as well as look, “⟦My good sir! what’s to be done⟧?” Mr Allworthy answered, she must take care of the child that evening. “Yes, sir,” says she.',
    null,
  ],
  [
    '…but a reply verb after a line with no speech verb before it is its tag',
    'She looked at the child a long while. “⟦My good sir! what’s to be done⟧?” Mr Allworthy answered, and went out.',
    { kind: 'named', who: 'Mr Allworthy', ruleId: 'tag/after-quote' },
  ],
  [
    'a tag in the present of a novel told in the present (probe round AF261: no tag read, a wrong credit supported)',
    '“You are a brimstone idiot!” gasps the old man, prostrate in his chair. “⟦My dear friend, will you shake me up a little⟧?”',
    { kind: 'description', who: 'the old man', ruleId: 'tag/between-parts' },
  ],
  [
    'a present-tense tag after the line',
    '“⟦It is late for that⟧,” returns Mr. George.',
    { kind: 'named', who: 'Mr. George', ruleId: 'tag/after-quote' },
  ],
  [
    'a tag between the parts with a long manner phrase after it (probe round AF260: read from the model’s grouping only, and a wrong credit left unknown)',
    '“Yes,” said Ruth, with something bitter stealing unawares into her tone; “⟦my cousin is thought to have a very pleasant smile⟧!”',
    { kind: 'named', who: 'Ruth', ruleId: 'tag/between-parts' },
  ],
  [
    'a tag after the line',
    '“⟦You will catch your death out here⟧,” said Tommy, setting the basket down.',
    { kind: 'named', who: 'Tommy', ruleId: 'tag/after-quote' },
  ],
  [
    'a name opening on an elided “d’” is a name',
    '“⟦You go to the devil⟧!” said d’Urberville, and turned away.',
    { kind: 'named', who: 'd’Urberville', ruleId: 'tag/after-quote' },
  ],
  [
    'a dash after the name is no part of it; a hyphen inside is (probe round AD3)',
    '“⟦It is late, Gloria⟧,” said Rachael--she was flushed. “Stay here.” “Thank you,” said Mary-Anne.',
    { kind: 'named', who: 'Rachael', ruleId: 'tag/after-quote' },
  ],
  [
    'a hyphenated name is one name',
    '“It is late, Gloria,” said Rachael--she was flushed. “Stay here.” “⟦Thank you⟧,” said Mary-Anne.',
    { kind: 'named', who: 'Mary-Anne', ruleId: 'tag/after-quote' },
  ],
  [
    'a family name’s particles after a title are no cut in it (probe round AF48: read as “Luyden”)',
    '“I am afraid,” Mr. van der Luyden said, “⟦that her kind heart may have led her astray⟧.”',
    { kind: 'named', who: 'Mr. van der Luyden', ruleId: 'tag/before-quote' },
  ],
  [
    'a name with “St.” in it is not cut at its full stop (“said Mr. St” named nobody in the book)',
    '“Hannah,” said Mr. St. John, at last, “⟦let her sit there at present⟧.”',
    { kind: 'named', who: 'Mr. St. John', ruleId: 'tag/between-parts' },
  ],
  [
    // The Moonstone's Penelope retelling a scene: Godfrey's words, not hers (probe round X5)
    'words inside a quotation within the speech are not the speaker’s who tells them',
    '“Just by the holly,” Penelope went on, “Mr. Godfrey stopped. ‘⟦You prefer that I should stop here⟧?’ Miss Rachel turned on him.”',
    null,
  ],
  [
    '…nor with straight marks, while a speech with apostrophes in it keeps its tag',
    '"He stopped. \'⟦You prefer that I should stop⟧?\' she turned," said Penelope.',
    null,
  ],
  [
    'an elision opening the speech opens no inner quotation',
    '"\'⟦Tis a muddle⟧," said Stephen, shaking his head.',
    { kind: 'named', who: 'Stephen', ruleId: 'tag/after-quote' },
  ],
  [
    'apostrophes and a closing plural possessive open no inner quotation',
    '“The boys’ hats don’t fit, and ⟦we can’t stay⟧,” said Penelope.',
    { kind: 'named', who: 'Penelope', ruleId: 'tag/after-quote' },
  ],
  [
    'a tag over a line break reads as one line',
    '“⟦We are late⟧,” said Miss\nAshby.',
    { kind: 'named', who: 'Miss Ashby', ruleId: 'tag/after-quote' },
  ],
  [
    'a verb of saying with an object after it is narration: “…” I observed an extraordinary sense…',
    '“O joy!” says he, “⟦O glad! there see my country⟧!” I observed an extraordinary sense of pleasure in his face.',
    { kind: 'pronoun', who: 'he', ruleId: 'tag/before-quote' },
  ],
  [
    '…while “I observed, smiling” is a tag',
    '“⟦There see my country⟧!” I observed, smiling.',
    { kind: 'first-person', who: 'I', ruleId: 'tag/after-quote' },
  ],
  [
    'a speaking noun with a word of place after it is its owner’s: “said Diccon’s voice behind me”',
    '“⟦Madam is asleep⟧,” said Diccon’s voice behind me.',
    { kind: 'named', who: 'Diccon', ruleId: 'tag/after-quote' },
  ],
  [
    'a tag naming two people names neither, and no name is cut short: “said Sir Henry and Good”',
    '‘⟦Eh⟧?’ said Sir Henry and Good simultaneously.',
    null,
  ],
  [
    'an adverb before the verb: "suddenly asked Somel"',
    '“⟦Why⟧?” suddenly asked Somel. “We keep our cats shut up.”',
    { kind: 'named', who: 'Somel', ruleId: 'tag/after-quote' },
  ],
  [
    'two titles before the name: the whole name, not "the Reverend Mr" cut at the full stop',
    '“⟦Woman, transgress not⟧!” cried the Reverend Mr. Wilson.',
    { kind: 'named', who: 'the Reverend Mr. Wilson', ruleId: 'tag/after-quote' },
  ],
  [
    'a title at a sentence end is not the first of two: "the Inspector. He …"',
    '“⟦Why, if it isn’t you⟧!” cried the Inspector. He shook hands warmly.',
    { kind: 'named', who: 'the Inspector', ruleId: 'tag/after-quote' },
  ],
  [
    'name first after a comma',
    '“⟦Then I am not sensible⟧,” Ruth said.',
    { kind: 'named', who: 'Ruth', ruleId: 'tag/after-quote' },
  ],
  [
    'an epithet before the name',
    '“⟦Minister, I can tell thee who he is⟧!” said little Ruth.',
    { kind: 'named', who: 'Ruth', ruleId: 'tag/after-quote' },
  ],
  [
    'a tag in the pluperfect',
    '“⟦All done in the tying of a cravat⟧,” Sir Percy had declared to his friends.',
    { kind: 'named', who: 'Sir Percy', ruleId: 'tag/after-quote' },
  ],
  [
    'a title and an adverb',
    '“⟦The sea keeps its own accounts⟧,” said Miss Emily gravely.',
    { kind: 'named', who: 'Miss Emily', ruleId: 'tag/after-quote' },
  ],
  [
    'the person spoken to',
    '“⟦Come home with me⟧,” said Tommy to Ruth.',
    { kind: 'named', who: 'Tommy', to: 'Ruth', ruleId: 'tag/after-quote' },
  ],
  [
    'a tag leading into the line',
    'Tommy looked at the sky and Ruth said, “⟦It will rain before noon⟧.”',
    { kind: 'named', who: 'Ruth', ruleId: 'tag/before-quote' },
  ],
  [
    'the second part of a split speech, tag between the parts',
    '“I kept you apart,” said Ruth, when at last he crossed, “⟦and I am sorry⟧.”',
    { kind: 'named', who: 'Ruth', ruleId: 'tag/between-parts' },
  ],
  [
    'the second part after a full stop',
    '“I have been counting the waves,” said Ruth. “⟦They come in sevens⟧.”',
    { kind: 'named', who: 'Ruth', ruleId: 'tag/between-parts' },
  ],
  [
    '"said he" names nobody',
    '“⟦It is only patient⟧,” said he.',
    { kind: 'pronoun', who: 'he', ruleId: 'tag/after-quote' },
  ],
  [
    'a description',
    '“⟦Nobody sensible lives here⟧,” said the old man.',
    { kind: 'description', who: 'the old man', ruleId: 'tag/after-quote' },
  ],
  [
    'a character the book names by description, capitalised',
    '“⟦We are all mad here⟧,” said the Cat.',
    { kind: 'named', who: 'the Cat', ruleId: 'tag/after-quote' },
  ],
  [
    'a first-person narrator',
    '“⟦I never claimed it⟧,” said I.',
    { kind: 'first-person', who: 'I', ruleId: 'tag/after-quote' },
  ],
  [
    'a sentence word before “I” is no name',
    '“⟦I knew you would ask about him⟧!” Whereupon I told her of my walks with Astley.',
    { kind: 'first-person', who: 'I', ruleId: 'tag/after-quote' },
  ],
  ['the tag of the next line is not this one’s', '“⟦Yes⟧.” Ruth said, “I will.”', null],
  [
    'after a question, a tag leading straight into another quotation is that one’s',
    'Milly said, “Are you in town for long?” Babs said, “⟦Have you a cigarette⟧?”',
    { kind: 'named', who: 'Babs', ruleId: 'tag/before-quote' },
  ],
  [
    'the line before a lead-in to another speaker',
    'Milly said, “⟦Are you in town for long⟧?” Babs said, “Have you a cigarette?”',
    { kind: 'named', who: 'Milly', ruleId: 'tag/before-quote' },
  ],
  [
    'a tag leading into the line, and one after it leading into the reply',
    'When Ruth said, “⟦You are late⟧,” Tommy replied, “The tide was against me.”',
    { kind: 'named', who: 'Ruth', ruleId: 'tag/before-quote' },
  ],
  [
    'the reply after such a line is the second speaker’s',
    'When Ruth said, “You are late,” Tommy replied, “⟦The tide was against me⟧.”',
    { kind: 'named', who: 'Tommy', ruleId: 'tag/before-quote' },
  ],
  [
    'a speech verb no tag reading catches: the tag after leads into the reply, not this line',
    'Upon her saying “⟦No⟧,” Tommy added, “Are you sure? I saw your lips move.”',
    null,
  ],
  [
    'a split speech after narration keeps its tag between the parts',
    'Tommy looked up from the nets. “⟦I kept you apart⟧,” said Ruth, “and I am sorry.”',
    { kind: 'named', who: 'Ruth', ruleId: 'tag/after-quote' },
  ],
  [
    'narration about speech is no tag',
    '“⟦No⟧.”\n\n“It has been your own doing?” Catherine said nothing.',
    null,
  ],
  [
    'a clause about what someone said is no tag',
    'She listened to every shade of what he said, “⟦Do you think there is a limit⟧?”',
    null,
  ],
  [
    'a noun of saying after a possessive is the possessor’s words, not a verb (probe round AF232)',
    '“⟦I can kill thee before thou killest me⟧, O king,” was Ignosi’s calm\nanswer, “and thou shalt be stiff.”',
    { kind: 'named', who: 'Ignosi', ruleId: 'tag/after-quote' },
  ],
  [
    '…and leading into the part after it',
    '“I can kill thee before thou killest me, O king,” was Ignosi’s calm\nanswer, “⟦and thou shalt be stiff⟧.”',
    { kind: 'named', who: 'Ignosi', ruleId: 'tag/before-quote' },
  ],
  [
    'a manner with “with” set off by commas before the words (probe round AF232)',
    'Her sport ended as Vida cried, with contorted\nface, “What do you know? ⟦You just play at reforming the world⟧.”',
    { kind: 'named', who: 'Vida', ruleId: 'tag/before-quote' },
  ],
  [
    'the possessor of a noun of saying leading into the words, not the tag of the line before',
    '“I cannot possibly do without Anne,” was Mary’s reasoning; and\nElizabeth’s reply was, “⟦Then I am sure Anne had better stay⟧.”',
    { kind: 'named', who: 'Elizabeth', ruleId: 'tag/before-quote' },
  ],
  [
    '…and that line’s tag is its own',
    '“⟦I cannot possibly do without Anne⟧,” was Mary’s reasoning; and\nElizabeth’s reply was, “Then I am sure Anne had better stay.”',
    { kind: 'named', who: 'Mary', ruleId: 'tag/after-quote' },
  ],
  [
    'a noun of saying names the words before it only, not the next words',
    '“Very true,” was Mr Shepherd’s rejoinder, and “⟦Oh! certainly⟧,” was his daughter’s.',
    null,
  ],
  [
    'the paragraph before ends on its subject’s verb of saying, after a clause (probe round AF235)',
    'At this Stephen forgot the silent vows he had been making and burst out:\n\n“⟦Tennyson a poet! Why, he is only a rhymester⟧!”',
    { kind: 'named', who: 'Stephen', ruleId: 'tag/previous-paragraph' },
  ],
  [
    // (The Secret Agent, probe round AF281: no tag read, and a wrong credit to Heat supported by turn-taking)
    'the paragraph before: a person described with “A”, a phrase after the subject, a manner after the verb',
    'Heat stood his ground. A local constable in uniform cast a sidelong glance, and said, with stolid simplicity:\n\n“⟦He is all there. Every bit of him⟧.”',
    { kind: 'description', who: 'a local constable', ruleId: 'tag/previous-paragraph' },
  ],
  [
    '…and a name with a phrase after it',
    'Tommy in his turn looked up, and said:\n\n“⟦Not the coast⟧.”',
    { kind: 'named', who: 'Tommy', ruleId: 'tag/previous-paragraph' },
  ],
  [
    '“burst out” is a verb of saying; “burst out laughing” is not',
    '“⟦Tennyson a poet⟧!” burst out Stephen. Heron burst out laughing. “A rhymester!”',
    { kind: 'named', who: 'Stephen', ruleId: 'tag/after-quote' },
  ],
  [
    'a possessive is someone else',
    '“⟦Oh, no⟧!” answered Daisy’s mother.',
    { kind: 'description', who: 'Daisy’s mother', ruleId: 'tag/after-quote' },
  ],
  [
    'a possessive over a line break is someone else too',
    '“⟦Lookin’ well, ain’t she⟧?” said Mrs. Todd’s\nmother, turning away.',
    { kind: 'description', who: 'Mrs. Todd’s mother', ruleId: 'tag/after-quote' },
  ],
  [
    'a voice is its owner’s',
    '“⟦Perhaps⟧,” May’s clear voice rejoined.',
    { kind: 'named', who: 'May', ruleId: 'tag/after-quote' },
  ],
  [
    'the object of a verb is spoken to, not speaking',
    'Every day the doctor asked Rosa, “⟦When will the boats be ready⟧?”',
    null,
  ],
  [
    'the paragraph before leads into this one',
    'Mr. Dalloway replied with great composure,\n\n“⟦I have no wish to extenuate anything⟧.”',
    { kind: 'named', who: 'Mr. Dalloway', ruleId: 'tag/previous-paragraph' },
  ],
  [
    // (probe round AF277: Dracula prints 472 lead-ins so, none read)
    'the paragraph before leads into this one with a colon and a dash, as older editions print it',
    '"Count Dracula?" He bowed in a courtly way as he replied:--\n\n"⟦I am Dracula; and I bid you welcome⟧."',
    { kind: 'pronoun', who: 'he', ruleId: 'tag/previous-paragraph' },
  ],
  [
    // (probe round AF277: "The dying man spoke:--" read as no tag, and turn-taking's guess supported a wrong credit)
    'a description opening the sentence before, its determiner in capitals',
    'Jonathan knelt behind him. The dying man\nspoke:--\n\n"⟦Now God be thanked that all has not been in vain⟧!"',
    { kind: 'description', who: 'the dying man', ruleId: 'tag/previous-paragraph' },
  ],
  [
    '…and before the line in its own paragraph',
    'The waiter came back. His mother said, “⟦I will not have it⟧.”',
    { kind: 'description', who: 'his mother', ruleId: 'tag/before-quote' },
  ],
  [
    '…but after the line a capital starts the narration’s own sentence',
    '“⟦Well, are you⟧?” The company laughed, friendly and pleased.',
    null,
  ],
  [
    '…and a pronoun ends no description: “A moment later she” is she',
    'She looked round. A\nmoment later she inquired, “⟦Was some one sitting with you⟧?”',
    { kind: 'pronoun', who: 'she', ruleId: 'tag/before-quote' },
  ],
  [
    // (Great Expectations, probe round AF279: no tag read, and turn-taking's guess supported a wrong credit)
    'a line quoted whole over the description between its parts: that tag is the line’s',
    '“⟦You young dog,” said the man, licking his lips, “what fat cheeks you ha’ got⟧.”',
    { kind: 'description', who: 'the man', ruleId: 'tag/after-quote' },
  ],
  [
    // (Dracula, probe round AF277: no tag read, and turn-taking's guess supported a wrong credit)
    'an aside between the subject and its verb, and a verb leading to the saying: the subject speaks',
    'The fair girl,\nwith a laugh of ribald coquetry, turned to answer him:--\n\n"⟦You yourself never loved⟧; you never love!"',
    { kind: 'description', who: 'the fair girl', ruleId: 'tag/previous-paragraph' },
  ],
  [
    '…and in the sentence before the line',
    'She looked up. Then Elizabeth, with a smile, answered: “⟦I am here⟧.”',
    { kind: 'named', who: 'Elizabeth', ruleId: 'tag/before-quote' },
  ],
  [
    '…but a noun before the aside is no subject: no tag',
    'Then she went out to the porch, laughing, said:\n\n“⟦I am here⟧.”',
    null,
  ],
  [
    '…and a named one with a comma and an em dash',
    'Then the old man rose, and Mr. Dalloway replied with great composure,—\n\n“⟦I have no wish to extenuate anything⟧.”',
    { kind: 'named', who: 'Mr. Dalloway', ruleId: 'tag/previous-paragraph' },
  ],
  [
    // (probe round AF124: The War of the Worlds' "Keep back!" went to Ogilvy by turn-taking)
    'the paragraph before ends on the voice heard: its owner speaks',
    'As I drew nearer I heard Stent’s voice:\n\n“⟦Keep back! Keep back⟧!”',
    { kind: 'named', who: 'Stent', ruleId: 'tag/previous-paragraph' },
  ],
  [
    'the last clause of the paragraph before that leads in is the speaker’s',
    'I asked her if she were feeling ill, and she answered frankly:\n\n“⟦Yes, I have the most dreadful headache⟧.”',
    { kind: 'pronoun', who: 'she', ruleId: 'tag/previous-paragraph' },
  ],
  [
    'a speech running over two paragraphs, tagged in the first',
    '“I will tell you all of it,” said Ruth. “It began in the spring.\n\n“⟦Then the storm came⟧, and the lamp went out.”',
    { kind: 'named', who: 'Ruth', ruleId: 'tag/continued-speech' },
  ],
  [
    'words run from one part to the next over the tag the writer left out',
    '“⟦Drat that boy,” interposed my aunt, frowning at me over her work, “what a questioner he is⟧. Ask no questions, and you will be told no lies, and that is the end of it.”',
    { kind: 'description', who: 'my aunt', ruleId: 'tag/between-parts' },
  ],
  [
    'a tag with no stop before the next line’s speech does not lead into it: the reply is another’s',
    '“No, indeed.” said Ruth, with serene indifference\n“⟦His pew is exactly opposite yours⟧, miss.”',
    null,
  ],
  [
    // (Little Women: probe round AF247, "began Meg" read as the tag of Jo's line, contradicted)
    'a second speaker cutting in after the tag of the line before',
    '“I’m the oldest,” began Ruth, but Tommy cut in with a decided, “⟦I’m the man of the house now⟧, and I shall provide the coal.”',
    { kind: 'named', who: 'Tommy', ruleId: 'tag/before-quote' },
  ],
  [
    '…and where no tag of the line’s own is read, the tag before it is still not the line’s',
    '“I’m the oldest,” began Ruth, but Tommy would hear none of it, “⟦I’m the man of the house now⟧.”',
    null,
  ],
  ['narration is not speech', 'The house ⟦stood at the end of the causeway⟧.', 'narration'],
];

describe('book-tag: a line the book prints as a play', () => {
  const text = 'RUTH: (At the window) The tide is in.\n\nMRS. PRUETT: Then the ferry is late again.';
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const parts = [at('The tide is in.'), at('Then the ferry is late again.')];

  it('reads the speaker’s label as a named tag, when the model has the words as a quotation', () => {
    expect(speechAt(text, at('The tide is in'), { modelParts: parts }).tag).toMatchObject({
      kind: 'named',
      who: 'Ruth',
      ruleId: 'tag/script-label',
    });
    expect(speechAt(text, at('the ferry is late'), { modelParts: parts }).tag).toMatchObject({
      who: 'Mrs. Pruett',
    });
  });
  it('is narration where the model has no quotation there (a lone “NOTE: …”)', () => {
    expect(speechAt(text, at('The tide is in'))).toEqual({ inQuotes: false, tag: null });
  });
});

describe("book-tag: the book's own tag for a located line", () => {
  for (const [label, passage, want] of CASES) {
    it(label, () => {
      const { text, loc } = place(passage);
      const got = speechAt(text, loc);
      if (want === 'narration') {
        expect(got).toEqual({ inQuotes: false, tag: null });
        return;
      }
      expect(got.inQuotes).toBe(true);
      if (want === null) expect(got.tag === null || got.tag.kind !== 'named').toBe(true);
      else {
        expect(got.tag).toMatchObject(want);
        // the tag's span is where its words are printed
        expect(text.slice(got.tag!.span.start, got.tag!.span.end).replace(/\s+/g, ' ')).toBe(got.tag!.text);
      }
    });
  }

  it('reads no tag for words inside a speech in single marks, whose inner quotations are in double ones', () => {
    // Wuthering Heights' Heathcliff telling Nelly how Catherine whispered (probe round AB4): "he
    // answered" is the teller's tag, not Catherine's, so no "a man speaks" against her.
    const text =
      "'I told you we laughed,' he answered. 'She fell down. \"Run, Heathcliff, run!\" she whispered. And I couldn't hold her.'";
    const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const parts = [
      span('I told you we laughed,'),
      span('She fell down. "Run, Heathcliff, run!" she whispered. And I couldn\'t hold her.'),
    ];
    expect(speechAt(text, span('Run, Heathcliff, run'), { modelParts: parts })).toEqual({
      inQuotes: true,
      tag: null,
      nested: true,
    });
    // The teller's own words, with an apostrophe in them, keep the teller's tag.
    expect(speechAt(text, span('And I couldn'), { modelParts: parts }).tag).toMatchObject({
      kind: 'pronoun',
      who: 'he',
    });
  });

  it('reads no tag for a line in single marks inside a speech whose double mark opened the paragraph', () => {
    // A detective telling his friend of a wedding, each paragraph of his speech opening with a double
    // mark (probe round AF262: "'What then?' I asked" read as the friend's, and a right credit to the
    // groom contradicted by the turns around his line)
    const text =
      "Tommy came running towards me.\n\n\"'Thank God,' he cried. 'You'll do. Come! Come!'\n\n\"'What then?' I asked.";
    const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const parts = [span('Thank God,'), span("You'll do. Come! Come!"), span('What then?')];
    expect(speechAt(text, span("You'll do"), { modelParts: parts })).toEqual({
      inQuotes: true,
      tag: null,
      nested: true,
    });
    // an ordinary single-marked line, no double mark open before it, keeps its tag
    const plain = "'Thank God,' he cried. 'You'll do.'";
    const plainParts = [
      { start: 1, end: plain.indexOf(",'") + 1 },
      { start: plain.indexOf("You'll"), end: plain.length - 1 },
    ];
    const at = { start: plain.indexOf("You'll"), end: plain.indexOf("You'll") + 10 };
    expect(speechAt(plain, at, { modelParts: plainParts }).tag).toMatchObject({ kind: 'pronoun', who: 'he' });
  });

  it('reads a named tag on another part of the same speech, from the speaker model’s quotation', () => {
    // the narration between the parts is too long to be only the tag: the model's grouping of the two
    // parts into one speech carries the King's tag over
    const { text, loc } = place(
      '‘Why, there they are!’ said the King, pointing to the tarts on the table and looking slowly round the whole court. ‘Nothing can be clearer than ⟦that⟧.’',
    );
    const p1 = { start: 1, end: text.indexOf('’ said') };
    const p2 = { start: text.indexOf('Nothing'), end: text.length - 2 };
    expect(speechAt(text, loc).tag).toBeNull();
    const got = speechAt(text, loc, { modelParts: [p1, p2], speechOf: () => [p1, p2] });
    expect(got.tag).toMatchObject({ kind: 'named', who: 'the King', ruleId: 'tag/same-speech' });
    // the line's own tag comes first, even one that names nobody
    const own = place(
      '‘Why, there they are!’ said the King, pointing to the tarts on the table and looking slowly round the whole court. ‘Nothing can be clearer than ⟦that⟧,’ he added.',
    );
    const q2 = { start: own.text.indexOf('Nothing'), end: own.text.indexOf('’ he') };
    expect(speechAt(own.text, own.loc, { modelParts: [p1, q2], speechOf: () => [p1, q2] }).tag).toMatchObject(
      {
        kind: 'pronoun',
        who: 'he',
      },
    );
  });

  it('takes the book’s paragraphs as it was built, in an edition without blank lines between them', () => {
    // One speech a line and wrapped narration between, no blank lines (an OCR'd edition): by blank
    // lines the passage is one paragraph and Troy's tag runs on into Boldwood's reply.
    const { text, loc } = place(
      '“I was engaged to Miss Everdene,”\nsaid Boldwood, “but you came.”\n“Not engaged.” said Troy.\n“⟦As good as engaged⟧.”\n',
    );
    expect(speechAt(text, loc).tag).toMatchObject({ who: 'Troy', ruleId: 'tag/between-parts' });
    const third = text.indexOf('“Not');
    const fourth = text.indexOf('“As');
    const paragraphs = [
      { start: 0, end: third - 1 },
      { start: third, end: fourth - 1 },
      { start: fourth, end: text.length - 1 },
    ];
    expect(speechAt(text, loc, { paragraphs }).tag).toBeNull();
  });

  it('narration about a question after the line is no tag of it: “I asked him what he meant”', () => {
    // Robinson Crusoe: Friday's line, led in by "He asked me again,", was the narrator's (probe round O4)
    const { text, loc } = place(
      'He asked me again, “⟦Why you angry mad with Friday?⟧”  I asked him what he meant.  I told him no.',
    );
    expect(speechAt(text, loc).tag).toBeNull();
    // …while "I asked him." after a line is its tag
    const tagged = place('“⟦Is it far?⟧” I asked him. He shook his head.');
    expect(speechAt(tagged.text, tagged.loc).tag).toMatchObject({ kind: 'first-person', who: 'I' });
  });

  it('a tag that names nobody still gives a gender', () => {
    expect(tagGender('she')).toBe('female');
    expect(tagGender('he')).toBe('male');
    expect(tagGender('her mother')).toBe('female');
    expect(tagGender('the old man')).toBe('male');
    expect(tagGender('the other')).toBeNull();
    expect(tagGender('they')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { extract, quoted } from './extract-helpers.js';

/** One quotation in parts (parts joined by " | "), or several quotations: as a reader counts them. */
const CASES: [string, string, string[]][] = [
  [
    "the writer's narration",
    "'I kept you apart,' she says, 'and I am sorry.'",
    ['I kept you apart, | and I am sorry.'],
  ],
  [
    'the book’s tag copied inside',
    '“I am not happy,” said the Professor, “because the sea is rising.”',
    ['I am not happy, | because the sea is rising.'],
  ],
  ['a tag with a title', '“Yes,” said Mr. Bennet, “I know.”', ['Yes, | I know.']],
  [
    // (Main Street: probe round AF232, nine words of tag, the second part left without a credit)
    'a tag with where it is said',
    '“Come to the prairie,” Tommy urges her on the walk to Fort Snelling. “Show us. Make it artistic.”',
    ['Come to the prairie, | Show us. Make it artistic.'],
  ],
  [
    'not over a line that opens the next entry of a list',
    '1:12 “I was not paid,” says Tommy when Ruth leaves\n3:40 Ruth on the storm: “Let him go.”',
    ['I was not paid,', 'Let him go.'],
  ],
  [
    'a split quotation, then the next one led in by another name: the words after the whole sentence lead into the next',
    '“That, I suppose,” says Mrs. Fairlie, “is the line the Ashbys mean to take.” Tommy answers hotly that “the sea keeps no lines.”',
    ['That, I suppose, | is the line the Ashbys mean to take.', 'the sea keeps no lines.'],
  ],
  [
    '…but a tag right after the second part, before the next sentence, is its own: two quotations',
    '“Yes,” said Ruth. “No,” said Tommy, “never.”',
    ['Yes,', 'No, | never.'],
  ],
  [
    // (Black Beauty: probe round AE25, the first contradicted for the second's speaker)
    '…and a second part with a credit of its own after it is its own quotation',
    '“Thank God!” says Ruth. “You beauty!” (Tommy)\n\n“Come,” says Ruth. “Go.” — Tommy',
    ['Thank God!', 'You beauty!', 'Come,', 'Go.'],
  ],
  [
    // (Elizabeth and Her German Garden: probe round AF240, split, the first part left uncredited)
    'a sentence of speech running on past the tag in lower case is one quotation, whoever led into it',
    'When a girl asks to visit, “You need not have her,” her husband says, “but you will.”',
    ['You need not have her, | but you will.'],
  ],
  [
    // (The House Behind the Cedars: probe round AF237, split, and the second part alone supported)
    '…but a credit after the whole, past a pronoun’s tag between, says who the pronoun is: one quotation',
    '“I didn’t think,” she sobbed, “that I’d ever see you again.” — Tommy',
    ['I didn’t think, | that I’d ever see you again.'],
  ],
  [
    // (The Age of Innocence: probe round AF63, the second part's wrong credit supported for the first)
    '…so too after the writer’s “as X puts it”, which joins two parts as a tag does',
    '“Imprudent people are often kind,” as Ruth puts it. “I never suggest.” (Tommy)\n\n“Come,” as Ruth puts it, “go.”',
    ['Imprudent people are often kind,', 'I never suggest.', 'Come, | go.'],
  ],
  [
    // (probe round AF123: joined, and placed at a third passage as altered; the line never reported)
    'a title after “in” is no first part of a line',
    'In "Araby", Ruth can only say, wistfully, “It is well for you.”',
    ['Araby', 'It is well for you.'],
  ],
  [
    'a tag of a verb and its particle',
    '“Mother,” Tommy broke out hotly, “why do you say that?”',
    ['Mother, | why do you say that?'],
  ],
  [
    'led in by one speaker, then another’s tag with an aside: two quotations',
    'Ruth protests, “Not for the world!” Tommy, curious, then confesses, “I have been counting the waves.”',
    ['Not for the world!', 'I have been counting the waves.'],
  ],
  [
    // Silas Marner's Squire and Godfrey (probe round AB3)
    'led in by a pronoun’s verb, then a tag naming someone: two quotations',
    'He demands, “Where is Tommy, then? Why stand there?” Ruth says, “Tommy has not come back.”',
    ['Where is Tommy, then? Why stand there?', 'Tommy has not come back.'],
  ],
  [
    '…but a tag with a pronoun after a name’s lead goes on with one quotation',
    'Ruth asks, “Where is Tommy,” she says, “and why is he late?”',
    ['Where is Tommy, | and why is he late?'],
  ],
  [
    'after an exclamation, a capital pronoun opens the writer’s next sentence: two quotations',
    'Her first word to him is “Cold!” She later complains, “The sea is always rising.”',
    ['Cold!', 'The sea is always rising.'],
  ],
  [
    '…and so does a capital article: two quotations',
    'The keeper asks, “What are they like?” The keeper scoffs: “Giants, sir.”',
    ['What are they like?', 'Giants, sir.'],
  ],
  [
    'after a sentence’s end, a colon introduces another quotation',
    'The Count greets him: “Welcome to my house!” Tommy, unsure, asks: “Count Dracula?” Ruth’s answer ends in a verdict: “No.”',
    ['Welcome to my house!', 'Count Dracula?', 'No.'],
  ],
  [
    'a lead with its own verb of speech, its subject in the sentence before, then a named tag: two quotations',
    'Tommy mimics her. And then screams in her voice, “Not for the world!” Ruth just asks, deadpan, “And what did you do?”',
    ['Not for the world!', 'And what did you do?'],
  ],
  [
    '…and with “himself” and “then” between the name and its verb (probe AC6)',
    'Her husband turns and asks, “Why, who is that?” Tommy himself then announces, “It is Ruth!”',
    ['Why, who is that?', 'It is Ruth!'],
  ],
  [
    'a description of two words leads in, a name tags the next part: two quotations',
    'The ghost child sobs, “Let me in--let me in!” Tommy asks, “Who are you?”',
    ['Let me in--let me in!', 'Who are you?'],
  ],
  [
    'a title alone describes someone: “the doctor” asks, “the madman” answers',
    'When the doctor asks, “Are you not going to keep flies any more?”, the madman answers, “No.”',
    ['Are you not going to keep flies any more?', 'No.'],
  ],
  [
    'an answer to the first part is another speaker’s: two quotations',
    'Tommy confesses in a whisper, “I am lying here in the dark,” to which Ruth answers, “Oh, nonsense!”',
    ['I am lying here in the dark,', 'Oh, nonsense!'],
  ],
  [
    'the one told in the lead answers in the tag: two quotations',
    'When Tommy tells her “the tide is early,” she just answers, “I know.”',
    ['the tide is early,', 'I know.'],
  ],
  [
    'a relation of the first speaker tags the next part: two quotations',
    'Ruth asks, “Is the tide in?” Ruth’s mother says, “Not yet.”',
    ['Is the tide in?', 'Not yet.'],
  ],
  [
    '…a lower-case one goes on with the tag',
    '“Cold!” she says, “the sea is rising.”',
    ['Cold! | the sea is rising.'],
  ],
  [
    'a tag ending in a full stop, same speaker',
    '“I have been counting the waves,” said Ruth. “They come in sevens.”',
    ['I have been counting the waves, | They come in sevens.'],
  ],
  [
    'a dash tag',
    '“The water is never kind” — Tommy says — “it is only patient.”',
    ['The water is never kind | it is only patient.'],
  ],
  [
    'a tag ending in a semicolon',
    '“I think very differently,” answered Ruth, shortly; “the sea is patient.”',
    ['I think very differently, | the sea is patient.'],
  ],
  ['three parts', '“One,” said Ruth, “two,” she added, “three.”', ['One, | two, | three.']],
  [
    'a first part that calls by name the one its lead names is said to them: the tag after joins it (probe round AF31)',
    'And when Tommy jokes about the boat: “Tommy, do not laugh,” Ruth says, “I have noticed it.”',
    ['Tommy, do not laugh, | I have noticed it.'],
  ],
  [
    'a name and a colon lead into the first part; a tag naming someone else leads into the next (probe round AF49)',
    'At the end Ruth again: “Oh, that does not matter! Now, you will go, won’t you?” Tommy says, “I wonder which it was.”',
    ['Oh, that does not matter! Now, you will go, won’t you?', 'I wonder which it was.'],
  ],
  [
    'a tag ending its sentence, then a part with a tag of its own: two quotations (probe round AF29)',
    '“I dare not,” says Ruth. “And you will come to-morrow,” she insists.',
    ['I dare not,', 'And you will come to-morrow,'],
  ],
  [
    'a tag ending on a semicolon, then a part with a tag of its own in the present: two quotations (probe round AF292)',
    '"Shall we leave it there, my friend?" she said drily; "Ah! my dear lady, that is just what we cannot do," Tommy replies.',
    ['Shall we leave it there, my friend?', 'Ah! my dear lady, that is just what we cannot do,'],
  ],
  [
    'a passive credit between two quotations is the writer’s sentence about the first (probe round AF294)',
    '"Papa, I do not like him at all," is said by Ruth as she leaves the room. "I don\'t set him up for a hero," Ruth laughs.',
    ['Papa, I do not like him at all,', "I don't set him up for a hero,"],
  ],
  [
    'a part ending its sentence, then one credited in the passive: two quotations (probe round AF294)',
    '"Here is a fine bustle below stairs!" Ruth tells Tommy on the morning they flee. "Who is below besides them?" is said by Tommy, who fears the worst.',
    ['Here is a fine bustle below stairs!', 'Who is below besides them?'],
  ],
  [
    'a tag naming “old Mr X”, then a part with a tag of its own: two quotations (probe round AF143)',
    '“How, Jack? and are you not married to her?” asks old Mr Quill. “No, upon my honour,” Quill answers.',
    ['How, Jack? and are you not married to her?', 'No, upon my honour,'],
  ],
  [
    'the book’s own tags copied in the past, one ending its sentence: one quotation (eval:realworld, Winnie-the-Pooh)',
    '“Good morning, Tommy,” said Ruth gloomily. “If it is a good morning,” she said. “Which I doubt,”',
    ['Good morning, Tommy, | If it is a good morning, | Which I doubt,'],
  ],
  [
    // (probe round AF105: Heathcliff's curse and Catherine's cry joined, and called altered)
    'a name and a colon lead into the first part; a new sentence naming someone else leads into the next',
    'Tommy answers with a curse: “May she wake in torment!” Ruth herself had earlier cried out, “I cannot live without my life!”',
    ['May she wake in torment!', 'I cannot live without my life!'],
  ],
  ['nothing between: two quotations', '“Not at all.” “I hope not.”', ['Not at all.', 'I hope not.']],
  [
    'double marks, then single: two quotations, not one split',
    'When Tommy asks "Will you come?", the child answers with the line we discuss:\n\'Not I, not ever!\'',
    ['Will you come?', 'Not I, not ever!'],
  ],
  [
    'different speakers in the tags',
    '“A fine day,” said Darcy. “A wet one,” said Elizabeth.',
    ['A fine day,', 'A wet one,'],
  ],
  [
    'the book’s tag by relation, then another speaker’s tag: two quotations',
    '“Do you not want to know?” cried his wife impatiently. “I have no objection to hearing it,” Mr. Bennet replies.',
    ['Do you not want to know?', 'I have no objection to hearing it,'],
  ],
  [
    'a new sentence of the writer between two lines: two quotations',
    '“What a fine day!” Meanwhile Ruth tells Tommy, “The water is never kind.”',
    ['What a fine day!', 'The water is never kind.'],
  ],
  [
    'a new clause on "and" with a subject of its own: two quotations',
    'His last words are “The horror!”, and it is the cabin boy who announces, “He is dead.”',
    ['The horror!', 'He is dead.'],
  ],
  [
    'a reply after a line that ended its sentence is the next turn: two quotations',
    'Ruth hears of it. “Why, no, the boat is not lost!” Tommy answers, “Yes; it went down in October.”',
    ['Why, no, the boat is not lost!', 'Yes; it went down in October.'],
  ],
  [
    '…while a reply split by its tag runs on: one quotation (after a comma, or into lower case)',
    '“Gone,” Tommy answers, “in October.” Then: “Ah!” rejoined Ruth, “if you had told me.”',
    ['Gone, | in October.', 'Ah! | if you had told me.'],
  ],
  [
    'a tag ending in two hyphens (a plain-text dash) between the parts: one quotation',
    '> “I have thought of death,” said she--“have wished for it.”',
    ['I have thought of death, | have wished for it.'],
  ],
  [
    'a new clause on "and" with an aside before its subject: two quotations',
    'Her sister says, “Ah, poor James!” and, of her sister, Nannie remarks, “She is wore out.”',
    ['Ah, poor James!', 'She is wore out.'],
  ],
  [
    '"and added" goes on with the same speaker: one quotation',
    '“Yes,” he said, and added, “I will come.”',
    ['Yes, | I will come.'],
  ],
  [
    'her question, then her guardian’s answer: two people, two quotations',
    'When she asks, “Is the tide in to-day?” her guardian laughs and answers, “No.”',
    ['Is the tide in to-day?', 'No.'],
  ],
  [
    'a tag by relation, one speaker',
    '“You will catch cold,” said her mother, “if you stay out.”',
    ['You will catch cold, | if you stay out.'],
  ],
  [
    'run-in dialogue with prefixes',
    'Alice: “Who are you?” Caterpillar: “Who are YOU?”',
    ['Who are you?', 'Who are YOU?'],
  ],
  [
    'separate sentences of the writer',
    '“A miracle,” wrote the Guardian. Harold Bloom writes: “A wonder.”',
    ['A miracle,', 'A wonder.'],
  ],
  [
    'narration too long for a tag',
    '“Yes,” said Ruth, and then she walked the whole length of the causeway alone, “no.”',
    ['Yes,', 'no.'],
  ],
  [
    // (The Hound of the Baskervilles: probe round AF246, joined as one line and reported not found)
    'a tag in the past perfect after a sentence’s end tells of another moment: two quotations',
    'His wife cries, “Oh, Tom, have I brought you to this?” Earlier, the groom had said simply, “We have to go, Ann.”\n\n“Why?” asks Ruth. The groom had quietly answered, “Because.”',
    ['Oh, Tom, have I brought you to this?', 'We have to go, Ann.', 'Why?', 'Because.'],
  ],
  [
    // (Jane Eyre: probe round AF246, "Her answer is" read as a tag of "Her", the line cut in two)
    'a possessive opening the writer’s next sentence names no one: one quotation',
    '"Some of the maids, very likely," answers Mrs. Hale: "perhaps Ruth." Her answer is the first of many cover stories.',
    ['Some of the maids, very likely, | perhaps Ruth.'],
  ],
  [
    // (probe rounds AF270, AF274: the heading's last word taken for the writer's sentence running
    // into a word in scare quotes, and the line cut in two)
    'a heading above a line split by the book’s tag is no sentence running into it: one quotation',
    '## 2. Tommy on his fear\n\n"I shall perish," said he, "I must perish in this deplorable folly."\n',
    ['I shall perish, | I must perish in this deplorable folly.'],
  ],
];

describe('quotations split by a tag', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('keeps the tag between the parts for the credits stage', () => {
    const text = '“I am not happy,” said the Professor, “because the sea is rising.”';
    const [q] = extract(text).quotes;
    expect(q!.between.map((b) => text.slice(b.start, b.end))).toEqual([' said the Professor, ']);
    expect(text.slice(q!.outer.start, q!.outer.end)).toBe(text);
  });
});

describe('quotations over several paragraphs', () => {
  it('takes paragraphs that each open with a mark, only the last closing, as one quotation', () => {
    const text =
      'Ruth writes:\n\n“I kept the lamp burning all winter.\n\n“I thought the water would be kinder.\n\n“Then the storm came.”\n\nTommy never answers.';
    const r = extract(text);
    expect(r.warnings).toEqual([]);
    expect(quoted(text)).toEqual([
      'I kept the lamp burning all winter. | I thought the water would be kinder. | Then the storm came.',
    ]);
    expect(r.quotes[0]!.line).toBe(3);
  });

  it('does not swallow the paragraph after an unclosed one that does not open with a mark', () => {
    const text =
      '“I kept the lamp burning all winter.\n\nTommy never answers, and “the sea wins” in the end.';
    const r = extract(text);
    expect(quoted(text)).toEqual(['I kept the lamp burning all winter.', 'the sea wins']);
    expect(r.warnings).toEqual([expect.objectContaining({ ruleId: 'quote/unbalanced', line: 1 })]);
  });

  it('warns once, at the first mark, when the last paragraph never closes', () => {
    const text = '“One paragraph.\n\n“Two paragraphs.\n\nThe end.';
    const r = extract(text);
    expect(quoted(text)).toEqual(['One paragraph. | Two paragraphs.']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ ruleId: 'quote/unbalanced', line: 1, span: { start: 0, end: 1 } });
    expect(r.warnings[0]!.reason).toContain('2 paragraphs');
  });

  it('runs over paragraphs of a block quote too', () => {
    const text = '> “I kept the lamp burning.\n>\n> “I thought the water would be kinder.”\n';
    expect(quoted(text)).toEqual(['I kept the lamp burning. | I thought the water would be kinder.']);
  });
});

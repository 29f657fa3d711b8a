import { describe, expect, it } from 'vitest';
import { extractQuotations, quoteText } from '../../src/check/extract/index.js';
import { buildBookIndex } from '../../src/check/locate/book-index.js';
import { parseReviewDocument } from '../../src/check/review/document.js';
import { extract, fixtureBook, found } from './extract-helpers.js';

const book = fixtureBook();

/**
 * Set-off blocks, each a short review in a style real writers use, and what a reader would list as
 * its quotations ("set-off: words", parts of one quotation joined by " | "). The fixture novel is
 * test/fixtures/check/novel.txt.
 */
const CASES: [string, string, string[]][] = [
  [
    // (probe round AF295: a reader's comment under a blog post was reported as a line not in the book)
    'a paragraph signed with a commenter’s given name, its words nowhere in the book, is no quotation',
    'A fine review.\n\nLoved this. The storm chapter still haunts me. — Pete\n\nThe causeway flooded twice that winter, and the gulls ate the bread. — Ruth\n',
    ['unmarked: The causeway flooded twice that winter, and the gulls ate the bread.'],
  ],
  [
    'Markdown block quote, unmarked',
    'Ruth answers:\n\n> The water is never kind. It is only patient.\n\nA fine line.',
    ['block-quote: The water is never kind. It is only patient.'],
  ],
  [
    'block quote wrapped in quote marks is one quotation',
    'Tommy:\n\n> “Come home with me. Come home, and let the sea have the house.”\n',
    ['block-quote: Come home with me. Come home, and let the sea have the house.'],
  ],
  [
    'block quote with a credit line naming the owner of the saying: the line is no part of the words',
    '> The water is never kind. It is only patient.\n>\n> — Tommy’s reply to Ruth (Chapter 2)\n',
    ['block-quote: The water is never kind. It is only patient.'],
  ],
  [
    // (The Way of All Flesh: probe round AF257, called altered)
    '…or a name and what the person is, no comma: “— John the coachman”',
    '> The water is never kind.\n>\n> — John the coachman\n',
    ['block-quote: The water is never kind.'],
  ],
  [
    // (The Last of the Mohicans: probe round AF251, an HTML footer "cries Cora", called altered)
    '…or the book’s kind of tag, verb first: “— cries Ruth”',
    '> The water is never kind.\n>\n> — cries Ruth\n',
    ['block-quote: The water is never kind.'],
  ],
  [
    // (Black Beauty: probe round AF247, the credit line left in the quotation, called altered)
    '…or described with where they are: “— the man at the toll-gate”',
    '> The water is never kind.\n> — the man at the toll-gate\n',
    ['block-quote: The water is never kind.'],
  ],
  [
    '…or one of several described: “— one of the colts”',
    '> And serve him right, too.\n>\n> — one of the colts\n',
    ['block-quote: And serve him right, too.'],
  ],
  [
    'block quote with narration and dialogue is one quotation',
    '> The storm came in October. “I have been counting the waves,” said Ruth.\n',
    ['block-quote: The storm came in October. “I have been counting the waves,” said Ruth.'],
  ],
  [
    'a name under a numbered quotation, or after a dash in its block quote, is its credit line, not a quotation',
    '1. “Come home with me.”\n- Tommy\n\n2. > The water is never kind. It is only patient.\n>\n> — Ruth\n',
    ['list-item: Come home with me.', 'list-item: The water is never kind. It is only patient.'],
  ],
  [
    '…or a person described in that item (“- the Portuguese captain”, “- Tommy’s companion”)',
    '1. “Come home with me.”\n\n- the Portuguese captain\n\n2. “Then go.”\n\n- Tommy’s companion\n\n3. “No.”\n',
    ['list-item: Come home with me.', 'list-item: Then go.', 'list-item: No.'],
  ],
  [
    'a parenthesis with an age before the name, and a dash with a relation of someone named, are credits (probe rounds AF1, AF3)',
    '- Nobody sensible lives where the sea can reach the door? (young Tommy)\n- I never claimed to be. — her mother, Ruth\n',
    [
      'list-item: Nobody sensible lives where the sea can reach the door?',
      'list-item: I never claimed to be.',
    ],
  ],
  [
    '…and a dash with a relation and the name beside it, no word of the quotation (probe round AF195: “— his son Dallas” called an added phrase)',
    '- Nobody sensible lives where the sea can reach the door? — her son Tommy\n- I never claimed to be. — Ruth\n',
    [
      'list-item: Nobody sensible lives where the sea can reach the door?',
      'list-item: I never claimed to be.',
    ],
  ],
  [
    '…and a line broken off on a dash before its parenthesis (probe round AF1)',
    '- Come home with me. Come home, and— (Tommy)\n- The water is never kind. (Ruth, of Tommy)\n',
    ['list-item: Come home with me. Come home, and—', 'list-item: The water is never kind.'],
  ],
  [
    'list items opening on the speaker and a spaced dash: the name is no word of the quotation (probe round AF12)',
    '- Tommy — Come home with me.\n- The old sailor — The water is never kind.\n',
    ['screenplay: Come home with me.', 'list-item: The water is never kind.'],
  ],
  [
    'the writer’s lead in a list item, its verb followed by whom and how (probe round AF9)',
    '- Ruth has lost her patience; she tells him coldly: The water is never kind. It is only patient.\n',
    ['list-item: The water is never kind. It is only patient.'],
  ],
  [
    '…nor a name alone (probe round AF41)',
    'Her husband looks up from his cards:\n\nRuth\n\n> The water is never kind.\n',
    ['block-quote: The water is never kind.'],
  ],
  [
    'a name and its colon in a paragraph of its own over a block quote heads it; it is no quotation (probe round AF14)',
    'She is answered coldly:\n\nRuth:\n\n> The water is never kind.\n',
    ['block-quote: The water is never kind.'],
  ],
  [
    '“— the Man of Wrath” after words without a stop is a credit, not words (probe round AF17)',
    '- Come home with me — the Man of Wrath\n- The water is never kind — Ruth Ashby\n',
    ['list-item: Come home with me', 'list-item: The water is never kind'],
  ],
  [
    'bold or italics around a whole unmarked quotation are the page’s, not the words',
    '1. **The water is never kind. It is only patient.**\n   ― Morrow\n\n2. _Come home with me._\n   ― Morrow\n',
    ['list-item: The water is never kind. It is only patient.', 'list-item: Come home with me.'],
  ],
  [
    '…and a name in a dash-marked item of its own under it (an HTML list item’s second paragraph)',
    '1. “Come home with me.”\n\n- Tommy\n\n2. “Then go.”\n\n- Ruth\n',
    ['list-item: Come home with me.', 'list-item: Then go.'],
  ],
  [
    'indented paragraph (plain-text block quote)',
    'Miss Emily warns them:\n\n    The sea keeps its own accounts, and sooner or later it comes to collect.\n',
    ['block-quote: The sea keeps its own accounts, and sooner or later it comes to collect.'],
  ],
  [
    'block quote with a dash credit on its last line',
    '> The water is never kind. It is only patient.\n> — Tommy\n',
    ['block-quote: The water is never kind. It is only patient.'],
  ],
  [
    'block quote with a dash credit that describes the speaker',
    '> "The water is never kind."\n>\n> — the old keeper\n\n> It is only patient.\n> — the lighthouse-keeper’s wife\n',
    ['block-quote: The water is never kind.', 'block-quote: It is only patient.'],
  ],
  [
    'block quote with a dash credit describing the speaker through someone else',
    '> Let me in--let me in!\n>\n> — Ruth’s ghost, in Tommy’s dream\n',
    ['block-quote: Let me in--let me in!'],
  ],
  [
    'block quote with a dash credit naming whom it is said to (a pull quote’s <cite>)',
    '> The water is never kind. It is only patient.\n>\n> — Tommy, to Mr. Hale\n',
    ['block-quote: The water is never kind. It is only patient.'],
  ],
  [
    'a block quote under a numbered item that leads into it: the quote is one, the item none',
    '1. “Come home with me.”\n   — Tommy\n\n2. Ruth, watching the tide go out:\n\n   > The water is never kind. It is only patient.\n\n   — Ruth\n\n3. “Then go.”\n   — Tommy\n',
    [
      'list-item: Come home with me.',
      'block-quote: The water is never kind. It is only patient.',
      'list-item: Then go.',
    ],
  ],
  [
    'bulleted quote list, unmarked',
    'Favourite lines:\n\n- The water is never kind.\n- I have been counting the waves.\n- Better a fool about oranges than about people.\n',
    [
      'list-item: The water is never kind.',
      'list-item: I have been counting the waves.',
      'list-item: Better a fool about oranges than about people.',
    ],
  ],
  [
    'numbered quote list with marks',
    '1. “The water is never kind.”\n2. “I have been counting the waves.”\n',
    ['list-item: The water is never kind.', 'list-item: I have been counting the waves.'],
  ],
  [
    'a film line in a quote list is still a quotation',
    '- The water is never kind.\n- I have been counting the waves.\n- You had me at the lighthouse, Ruth.\n',
    [
      'list-item: The water is never kind.',
      'list-item: I have been counting the waves.',
      'list-item: You had me at the lighthouse, Ruth.',
    ],
  ],
  [
    'a list of plot points is prose',
    '- Ruth lives alone in the Salt House.\n- Tommy brings oranges every Sunday.\n- The storm floods the house.\n',
    [],
  ],
  [
    'a list item of prose with a marked quotation',
    '- Tommy tells Ruth, “The water is never kind.”\n- Ruth keeps the lamp lit.\n',
    ['quote-marks: The water is never kind.'],
  ],
  [
    'table cells: the quotation column, not the speaker and chapter columns',
    '| Quote | Speaker | Chapter |\n|---|---|---|\n| The water is never kind. | Tommy | 2 |\n| I have been counting the waves. | Ruth | 3 |\n',
    ['table-cell: The water is never kind.', 'table-cell: I have been counting the waves.'],
  ],
  [
    // probe round Y4: "the first night", "one of the men" were reported as quotations found in the book
    'beside a column of marked quotations, a note column’s words the book has are no quotations',
    '| Quote | Who | Notes |\n|---|---|---|\n| “The water is never kind.” | Tommy | in the spring |\n| “I have been counting the waves.” | Ruth | from the lane |\n',
    ['table-cell: The water is never kind.', 'table-cell: I have been counting the waves.'],
  ],
  [
    // probe round AA2: "**Miss Havisham**" was reported as a quotation the book has
    'a numbered list of quotations with a name alone heading one item over its block quote',
    '1. “The water is never kind.”\n\n2. **Miss Emily**\n> The sea keeps its own accounts.\n\n3. “I have been counting the waves.”\n',
    [
      'list-item: The water is never kind.',
      'block-quote: The sea keeps its own accounts.',
      'list-item: I have been counting the waves.',
    ],
  ],
  [
    // probe round AA1: "her sister" was reported as a quotation, "(Bo)" its credit
    'a flashcard’s answer with a name in parentheses is the writer’s, no credited quotation',
    '**Card 9**\n> “The water is never kind.”\n\nAnswer: her friend (Tommy)\n',
    ['block-quote: The water is never kind.'],
  ],
  [
    'a speaker column of names the book has is not quotations',
    '| Quote | Speaker |\n|---|---|\n| The water is never kind. | Miss Emily |\n| I have been counting the waves. | Ruth |\n',
    ['table-cell: The water is never kind.', 'table-cell: I have been counting the waves.'],
  ],
  [
    'a one-item list introduced as quotations is a quotation, found or not',
    '## Quotes to remember\n\n- You had me at the lighthouse, Ruth.\n',
    ['list-item: You had me at the lighthouse, Ruth.'],
  ],
  [
    'a bold line heading what follows an introduction is not the quotation it introduces',
    'Here is a summary of the book, with some key quotes:\n\n**Summary**\n\nRuth answers, “The water is never kind.”\n',
    ['quote-marks: The water is never kind.'],
  ],
  [
    'a forum’s nested reply under its handle and points is the member’s words, not a quotation',
    '> **u/islandgirl** · 98 points\n>\n> At least Tommy is honest about it?\n\n> **u/causeway_kid** · 41 points\n',
    [],
  ],
  [
    'a block quotation of the writer’s own tag and the words: only the words are quoted (present tense: the writer’s)',
    '> Ruth says, “The water is never kind.”\n\n> “I have been counting the waves,” said Ruth.\n',
    ['quote-marks: The water is never kind.', 'block-quote: I have been counting the waves,'],
  ],
  [
    'a bold “PULL QUOTE” label above a block quotation’s words is not quoted; a removed post is nobody’s words',
    '> **PULL QUOTE**\n>\n> “The water is never kind.”\n>\n> *— Ruth, after the storm*\n\n> **u/deleted** · [removed]\n',
    ['block-quote: The water is never kind.'],
  ],
  [
    'a forum post’s “Re:” subject line is no speaker’s line; a BBCode quotation is quoted without its tags',
    'Re: Tommy is the best character, fight me\n\n[quote=Ruth]The water is never kind.[/quote]\n',
    ['block-quote: The water is never kind.'],
  ],
  [
    'a list introduced as quotations but made of analysis is not',
    '## Key quotes and analysis\n\n- Ruth is stubborn.\n- Tommy is patient.\n- The sea is a character.\n',
    [],
  ],
  [
    'a dash inside the quotation’s own words is not a credit',
    '> But Ruth cannot come.--He wrote last week to hurry her return.\n',
    ['block-quote: But Ruth cannot come.--He wrote last week to hurry her return.'],
  ],
  [
    'own paragraph under a speaker heading, marked',
    '## Tommy\n\n“Come home with me,” said Tommy. “Come home, and let the sea have the house.”\n',
    ['quote-marks: Come home with me, | Come home, and let the sea have the house.'],
  ],
  [
    'own paragraph under a speaker heading, unmarked',
    '## Ruth (2.4)\n\nI thought the water would be kinder than people.\n',
    ['unmarked: I thought the water would be kinder than people.'],
  ],
  [
    'label "Quote:" before marked words',
    'Quote: “The water is never kind.”\n\nExplanation: Tommy is blunt.',
    ['quote-marks: The water is never kind.'],
  ],
  [
    'label "Quote —" before unmarked words',
    'Quote — The water is never kind.\n',
    ['unmarked: The water is never kind.'],
  ],
  [
    'a heading with a marked quotation',
    '## 1. “The water is never kind.”\n\nTommy says it twice.',
    ['quote-marks: The water is never kind.'],
  ],
  [
    'trailing dash credit on the same line',
    '“The water is never kind.” — Tommy\n',
    ['quote-marks: The water is never kind.'],
  ],
  [
    'trailing hyphen credit on the next line',
    'The water is never kind. It is only patient.\n- Tommy\n',
    ['unmarked: The water is never kind. It is only patient.'],
  ],
  [
    'trailing parenthesised speaker',
    'The water is never kind. (Tommy)\n',
    ['unmarked: The water is never kind.'],
  ],
  [
    'trailing chapter.paragraph citation',
    '“The water is never kind.” (2.15)\n',
    ['quote-marks: The water is never kind.'],
  ],
  [
    'trailing page citation',
    '> I have been counting the waves. (p. 34)\n',
    ['block-quote: I have been counting the waves.'],
  ],
  [
    'trailing chapter citation',
    '- I have been counting the waves. (Chapter 3)\n- The water is never kind.\n',
    ['list-item: I have been counting the waves.', 'list-item: The water is never kind.'],
  ],
  [
    'an own paragraph after a character who writes is a quotation; after a forum member who wrote, a post',
    'Ruth writes:\n\nDo you hear the snow against the windows?\n\n**salt_house_fan22** wrote:\n\nRereading it for the winter. The opening still gets me.\n',
    ['unmarked: Do you hear the snow against the windows?'],
  ],
  [
    'an own paragraph with a dash credit below it is offered as a quotation, even one the book lacks',
    'Do you hear the snow against the windows? How soft it sounds!\n\n— Agnes Morrow\n',
    ['unmarked: Do you hear the snow against the windows? How soft it sounds!'],
  ],
  [
    'an own paragraph after an introduction that credits it is offered as a quotation',
    'From Agnes Morrow:\n\nDo you hear the snow against the windows? How soft it sounds!\n',
    ['unmarked: Do you hear the snow against the windows? How soft it sounds!'],
  ],
  [
    'an own paragraph after a plain colon is the writer’s own',
    'Three things stand out:\n\nRuth stays, Tommy waits, and the sea decides.\n',
    [],
  ],
  [
    'a one-item list that is only a name, below a quotation, is its credit',
    'I thought the water would be kinder than people.\n\n- Ruth\n',
    ['unmarked: I thought the water would be kinder than people.'],
  ],
  [
    'a summary with a chapter citation is not a quotation',
    'Ruth and Tommy quarrel about the house. (Chapter 2)\n',
    [],
  ],
  [
    'an introduction ending in a colon is not a quotation, even in the book’s words',
    'The storm came in October:\n\n> By morning the lamp was out.\n',
    ['block-quote: By morning the lamp was out.'],
  ],
  [
    'quotations run together, parted by dashes and credits',
    'The water is never kind. – I have been counting the waves. — Ruth (Chapter 3) Then I am not sensible. — Ruth\n',
    [
      'unmarked: The water is never kind.',
      'unmarked: I have been counting the waves.',
      'unmarked: Then I am not sensible.',
    ],
  ],
  [
    'an indented line that only introduces what follows (a reblog’s header) is no quotation',
    'Tumblr thread:\n\n    ruth-fan reblogged this and added:\n\n    so true. “The water is never kind.” she says.\n',
    ['quote-marks: The water is never kind.'],
  ],
  [
    'a list item that introduces a script under it is no quotation (probe round AF284: reported not found)',
    '1. "The water is never kind," said Tommy.\n\n2. A short scene, as a script:\n\n   TOMMY: I have been counting the waves!\n   RUTH: Then I am not sensible.\n',
    [
      'list-item: The water is never kind,',
      'screenplay: I have been counting the waves!',
      'screenplay: Then I am not sensible.',
    ],
  ],
  [
    'a list of lines without marks or the book’s comma, each credited after a spaced dash (probe round AD2)',
    '- The water is never kind — Tommy Harlow\n- I have been counting the waves — Mr. Hale\n',
    ['list-item: The water is never kind', 'list-item: I have been counting the waves'],
  ],
  [
    'a writer’s lead with a verb of saying before a colon, in a list item without marks, is no part of the words (probe round AD16)',
    '- Her brother Tommy answers: The water is never kind. It is only patient.\n',
    ['list-item: The water is never kind. It is only patient.'],
  ],
  [
    'a label and a name alone under a block quotation quote nothing (probe round AD14)',
    '> The water is never kind. It is only patient.\n\nQuote — Ruth Harlow\n',
    ['block-quote: The water is never kind. It is only patient.'],
  ],
  [
    'dashes in the writer’s own sentence do not part quotations',
    'Ruth — stubborn, proud — stays. — Tommy, patient, waits.\n',
    [],
  ],
];

/** Screenplay lines: the prefix is a credit (read by the credits stage), never part of the quotation. */
const SCREENPLAY: [string, string, string[], (string | null)[]][] = [
  ['Name: words', 'Tommy: The water is never kind.\n', ['screenplay: The water is never kind.'], ['Tommy']],
  [
    'a script’s line after the writer’s sentence on the same line (probe rounds AD3–AD5)',
    'The storm came in October. TOMMY: I have been counting the waves!\n',
    ['screenplay: I have been counting the waves!'],
    ['TOMMY'],
  ],
  [
    'not a note after a sentence: a name in lower case letters and words that are no speech',
    'The verdict is in. Tommy: patient and kind to the end.\n',
    [],
    [],
  ],
  [
    'not after a title’s full stop: “Ruth says to Mrs. Hale:” is a tag before the words',
    'Ruth says to Mrs. Hale: “I have been counting the waves.”\n',
    ['quote-marks: I have been counting the waves.'],
    [null],
  ],
  [
    '[Name:] words',
    '[Ruth:] I have been counting the waves.\n',
    ['screenplay: I have been counting the waves.'],
    ['Ruth'],
  ],
  ['initial', 'T: The water is never kind.\n', ['screenplay: The water is never kind.'], ['T']],
  [
    'title and name in capitals',
    'MISS EMILY: The sea keeps its own accounts.\n',
    ['screenplay: The sea keeps its own accounts.'],
    ['MISS EMILY'],
  ],
  [
    'play script with a full stop',
    'RUTH. I have been counting the waves.\n',
    ['screenplay: I have been counting the waves.'],
    ['RUTH'],
  ],
  [
    'dialogue lines in one paragraph',
    'Tommy: Come home with me.\nRuth: I have been counting the waves.\n',
    ['screenplay: Come home with me.', 'screenplay: I have been counting the waves.'],
    ['Tommy', 'Ruth'],
  ],
  [
    'dialogue with marks',
    'Tommy: “The water is never kind.”\nRuth: “Then I am not sensible.”\n',
    ['screenplay: The water is never kind.', 'screenplay: Then I am not sensible.'],
    ['Tommy', 'Ruth'],
  ],
  [
    'the marks opening a line close on the speaker’s words; the writer’s comment after is not theirs',
    'Ruth: “Then I am not sensible.” Me reading this at midnight: same, Ruth, same.\n',
    ['screenplay: Then I am not sensible.'],
    ['Ruth'],
  ],
  [
    'run-in dialogue on one line',
    'Tommy: “The water is never kind.” Ruth: “Then I am not sensible.”\n',
    ['screenplay: The water is never kind.', 'screenplay: Then I am not sensible.'],
    ['Tommy', 'Ruth'],
  ],
  [
    'a film line among dialogue lines',
    'Tommy: The water is never kind.\nRuth: You had me at the lighthouse.\n',
    ['screenplay: The water is never kind.', 'screenplay: You had me at the lighthouse.'],
    ['Tommy', 'Ruth'],
  ],
  [
    // (probe round AF270: "Madeline: Brother, the walls are listening." left out of the report)
    'on a script’s page, a line of whole sentences the book does not have is a line all the same',
    'Tommy: The water is never kind.\n\nRuth rises from the chair.\n\nRuth: Then I am not sensible.\n\nThe lights go down.\n\nMiss Emily: Brother, the tide is turning.\n',
    [
      'screenplay: The water is never kind.',
      'screenplay: Then I am not sensible.',
      'screenplay: Brother, the tide is turning.',
    ],
    ['Tommy', 'Ruth', 'Miss Emily'],
  ],
  [
    'one line under a name is no script’s page: a sentence of the writer’s stays prose',
    'Tommy: The water is never kind.\n\nThe lights go down.\n\nMiss Emily: The harbour was rebuilt that spring.\n',
    ['screenplay: The water is never kind.'],
    ['Tommy'],
  ],
  [
    'a list of characters is not dialogue',
    'Ruth: a woman who lives alone on the causeway\nTommy: the postman, who loves her\n',
    [],
    [],
  ],
  ['labels are not speakers', 'Summary: Ruth lives alone.\nRelated Characters: Ruth, Tommy\n', [], []],
  [
    // (probe round AF245: reported as a screenplay line credited to "Name", not found)
    'a student’s header is labels, not a script',
    'Name: Jordan Reyes\nEnglish 10, Period 4\nEssay 2: How does Hale present guilt and forgiveness in The Salt House?\n\nTommy is guilty. "I was in mortal terror of the sea," he says.\n',
    ['quote-marks: I was in mortal terror of the sea,'],
    [null],
  ],
  [
    "an interviewer's question is not a line of the book",
    'Q: What is your advice for a bad day?\nTommy: The water is never kind.\nQ: What matters most?\n',
    ['screenplay: The water is never kind.'],
    ['Tommy'],
  ],
  [
    'a stage play: directions in parentheses are not the words; a direction line ends a speech',
    'TOMMY: (setting down the basket) You will catch your death out here.\nRUTH: Then I am not sensible. (She turns away.) I never claimed to be.\n[TOMMY goes out. Lights fade.]\n',
    [
      'screenplay: You will catch your death out here.',
      'screenplay: Then I am not sensible. | I never claimed to be.',
    ],
    ['TOMMY', 'RUTH'],
  ],
  [
    'a cast list before the scene is no quotation and no credit',
    'CHARACTERS\nRUTH ASHBY, who lives on the island\nMRS. PRYCE, a neighbour\nTOMMY QUILL, the postman\n\nTOMMY: Come home with me.\n',
    ['screenplay: Come home with me.'],
    ['TOMMY'],
  ],
  [
    'a podcast’s time-coded line: the name after the time code is the speaker',
    '- **[22:10]** Tommy: “Then go.”\n- [24:05] Ruth: “Then I am not sensible.”\n',
    ['screenplay: Then go.', 'screenplay: Then I am not sensible.'],
    ['Tommy', 'Ruth'],
  ],
  [
    'a podcast’s notes, mostly the writer’s sentences with a line in marks: the note without marks is no quotation',
    '- **[04:10]** Why the storm chapter is the hinge of the book.\n- **[12:40]** Ruth on the sea: “The water is never kind.”\n- **[22:10]** Tommy: “Then go.”\n- **[25:30]** Tommy, leaving the house: “Come home with me.”\n',
    ['quote-marks: The water is never kind.', 'screenplay: Then go.', 'quote-marks: Come home with me.'],
    [null, 'Tommy', null],
  ],
  [
    'a transcript’s speaker quoting someone else’s line: the marked words are the quotation',
    'DEV: And Tommy gives the speech: “Then go.”\n',
    ['quote-marks: Then go.'],
    [null],
  ],
  [
    'a cue in capitals above several quoted lines: each line is the speaker’s',
    'TOMMY\n“Then go.”\n“Come home with me.”\n',
    ['screenplay: Then go.', 'screenplay: Come home with me.'],
    ['TOMMY', 'TOMMY'],
  ],
  [
    // (probe round AF293: the title page's lines were reported as a line the book does not have)
    'a title page in capitals over who adapted it is no cue',
    'SALT HOUSE\nFan adaptation, three scenes (draft 2)\nBased on the novel by Agnes Morrow\n\nRUTH: Then I am not sensible.\n\nTOMMY: The water is never kind.\n\nRUTH: I have been counting the waves.\n\nTOMMY: Come home with me.\n',
    [
      'screenplay: Then I am not sensible.',
      'screenplay: The water is never kind.',
      'screenplay: I have been counting the waves.',
      'screenplay: Come home with me.',
    ],
    ['RUTH', 'TOMMY', 'RUTH', 'TOMMY'],
  ],
  [
    // (probe round AF295: the subtitle under it was reported as a line the book does not have)
    'a title in capitals (a character’s name, as “EMMA”) with its author and year in brackets is no cue',
    'MISS EMILY (Agnes Morrow, 1911)\nStudy Guide, Unit 4: Key Quotations\n\nRuth (Chapter II)\n"Then I am not sensible."\n',
    ['quote-marks: Then I am not sensible.'],
    [null],
  ],
  [
    // (probe round AF297)
    'a title in capitals over what kind of sheet it is is no cue',
    'MISS EMILY\nCharacter Quotation Study Sheet -- AP Literature, Unit 5\n\nRuth (Chapter II)\n"Then I am not sensible."\n',
    ['quote-marks: Then I am not sensible.'],
    [null],
  ],
  [
    'a cue with a study guide’s aside in brackets',
    'RUTH (later Mrs. Quill)\n“Then I am not sensible.”\n',
    ['screenplay: Then I am not sensible.'],
    ['RUTH'],
  ],
  [
    // (probe rounds AF67, AF70: "Diana:⏎Indeed you shall stay here" was not reported)
    'a name and its colon alone on a line, the words on the next line of the paragraph',
    'The storm came at last.\n\nRuth:\nThen I am not sensible.\n',
    ['screenplay: Then I am not sensible.'],
    ['Ruth'],
  ],
  [
    // (probe round AF206: "The captain:⏎Tell his excellency…" was read with the cue in its words)
    'a person described by a noun for one, and its colon, alone on a line over the words',
    'The storm came at last.\n\nThe captain:\nThen I am not sensible.\n',
    ['screenplay: Then I am not sensible.'],
    ['The captain'],
  ],
  [
    'film dialogue the book does not have: still quotations, each with its speaker',
    'Tommy: You can always take more than nothing.\n\nRuth: Why would I want more?\n',
    ['screenplay: You can always take more than nothing.', 'screenplay: Why would I want more?'],
    ['Tommy', 'Ruth'],
  ],
];

describe('set-off blocks', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(found(text, book)).toEqual(expected);
  });
});

describe('a spaced dash and one word after a line without its comma', () => {
  const review = '- I have been counting the waves — Ruth\n';
  const words = (isCharacterName?: (w: string) => boolean) =>
    extractQuotations(parseReviewDocument(review), {
      book,
      ...(isCharacterName ? { isCharacterName } : {}),
    }).quotes.map((q) => quoteText(review, q.parts, false));

  it('is a credit when the word is one of the book’s characters', () => {
    expect(words((w) => w === 'Ruth')).toEqual(['I have been counting the waves']);
  });

  it('stays with the words when it may be the book’s sentence going on', () => {
    expect(words()).toEqual(['I have been counting the waves — Ruth']);
  });
});

describe('a credit line whose words the book also has', () => {
  // The Moonstone's "— the great Cuff" under a block quote (probe AB6): the book says "the great
  // Cuff" too, and the line was reported as a quotation of its own.
  it('reads “— the great Tommy” as the credit line, not a quotation', () => {
    const text = `${book.text}\n\nThey sent for the great Tommy at once, and he came.\n`;
    const withTommy = { index: buildBookIndex(text), text };
    const review = '> Come home with me.\n\n— the great Tommy\n';
    expect(found(review, withTommy)).toEqual(['block-quote: Come home with me.']);
  });
});

describe('screenplay lines', () => {
  it.each(SCREENPLAY)('%s', (_name, text, expected, speakers) => {
    expect(found(text, book)).toEqual(expected);
    const r = extract(text, book);
    expect(r.quotes.map((q) => (q.prefix ? text.slice(q.prefix.start, q.prefix.end) : null))).toEqual(
      speakers,
    );
  });

  it('takes every speech under a name on a script’s page, found in the book or not (probe round AF271)', () => {
    // (a reading script laid out as one: the name, a direction at most, then the speech; the
    // altered and the invented speech were left out of the report)
    const script = [
      'Scene 1. The causeway.',
      'Tommy',
      'The water is never kind.',
      'Ruth',
      '(bitter)',
      'Then I am not sensible.',
      'Tommy',
      '(to Ruth, at the door)',
      'The sea keeps its own promises.',
      'Ruth',
      'I was never one for the lighthouse.',
    ].join('\n\n');
    expect(found(script, book)).toEqual([
      'unmarked: The water is never kind.',
      'unmarked: Then I am not sensible.',
      'unmarked: The sea keeps its own promises.',
      'unmarked: I was never one for the lighthouse.',
    ]);
    // one speech under a name the book has is no script's page: the writer's own lines stay prose
    const one = 'Tommy\n\nThe water is never kind.\n\nRuth\n\nI was never one for the lighthouse.\n';
    expect(found(one, book)).toEqual(['unmarked: The water is never kind.']);
    // …nor the writer's prose about the person named above it on a page of quotations under names
    const guide = `${script}\n\nMiss Emily\n\nMiss Emily is the only one who never goes near the water.\n`;
    expect(found(guide, book)).not.toContain(
      'unmarked: Miss Emily is the only one who never goes near the water.',
    );
  });

  it('reads a student’s header as labels, not a script, even without the book', () => {
    // (probe round AF245: reported as a screenplay line credited to "Name", not found)
    const header =
      'Name: Jordan Reyes\nEnglish 10, Period 4\nEssay 2: How does Hale present guilt and forgiveness in The Salt House?\n\nTommy is guilty. "I was in mortal terror of the sea," he says.\n';
    expect(found(header)).toEqual(['quote-marks: I was in mortal terror of the sea,']);
  });

  it('takes a screenplay line as a quotation even without the book', () => {
    expect(found('Tommy: The water is never kind.\n')).toEqual(['screenplay: The water is never kind.']);
  });
});

describe('a blog’s comment section', () => {
  it('the date under “Name says:” is no quotation', () => {
    const text =
      'Joan P. says:\n\nMarch 3, 2024 at 9:12 pm\n\nI loved Ruth! “The water is never kind” stayed with me.\n';
    expect(found(text, book)).toEqual(['quote-marks: The water is never kind']);
  });
});

describe('trailers', () => {
  it('keeps the credit beside the quotation for the credits stage', () => {
    const text = '“The water is never kind.” — Tommy, in The Salt House\n';
    const [q] = extract(text, book).quotes;
    expect(text.slice(q!.trailer!.start, q!.trailer!.end)).toBe(' — Tommy, in The Salt House');
  });

  it('a dash credit naming the book after “in” is a credit line below the block quote', () => {
    expect(found('> The water is never kind.\n> — Tommy in The Salt House\n', book)).toEqual([
      'block-quote: The water is never kind.',
    ]);
  });

  it('does not cut a dash inside the book’s own sentence', () => {
    const text = '> The water — Tommy said — is never kind.\n';
    expect(found(text, book)).toEqual(['block-quote: The water — Tommy said — is never kind.']);
  });

  it('the first line of a review, with no full stop, is its title, whatever dash or parenthesis ends it', () => {
    const text =
      "Notes for Thursday's seminar - The Salt House, ch. 12 (The Keeper's Vigil)\n\nRuth says “The water is never kind.”\n";
    expect(found(text, book)).toEqual(['quote-marks: The water is never kind.']);
    // not the first line: an own paragraph with a credit beside it is offered as a quotation
    const later = 'Notes.\n\nThe sea keeps its own accounts — Ruth\n';
    expect(found(later, book)).toHaveLength(1);
    expect(found(later, book)[0]).toMatch(/^unmarked: The sea keeps its own accounts/);
  });

  it('does not take a parenthetical of the quotation for a credit', () => {
    const text = '> The water is never kind (it is only patient).\n';
    expect(found(text, book)).toEqual(['block-quote: The water is never kind (it is only patient).']);
  });
});

describe('every quotation has its set-off and line', () => {
  it('gives 1-based lines of the review text', () => {
    const text =
      'Intro.\n\n- The water is never kind.\n- I have been counting the waves.\n\n> Then I am not sensible.\n';
    expect(extract(text, book).quotes.map((q) => [q.setOff, q.line])).toEqual([
      ['list-item', 3],
      ['list-item', 4],
      ['block-quote', 6],
    ]);
  });
});

describe('a credit line naming a character called by an everyday word', () => {
  it('takes “— Good” below a block quote for a credit where the book has a character called Good', () => {
    const text = '> “The water is never kind.”\n> — Good\n';
    const doc = parseReviewDocument(text);
    const quoted = (isCharacterName?: (w: string) => boolean) =>
      extractQuotations(doc, { book, isCharacterName }).quotes.map((q) => quoteText(text, q.parts, q.block));
    expect(quoted((w) => w === 'Good')).toEqual(['The water is never kind.']);
    // with no such character, "Good" is the word it usually is, and the line stays with the words
    expect(quoted()).not.toEqual(['The water is never kind.']);
  });
  it('takes “— T.A. Buck”, initials run together, for a credit line (probe round AF242)', () => {
    const text = '> “The water is never kind.”\n>\n> — T.A. Buck\n';
    const doc = parseReviewDocument(text);
    const quoted = extractQuotations(doc, { book }).quotes.map((q) => quoteText(text, q.parts, q.block));
    expect(quoted).toEqual(['The water is never kind.']);
  });
  it('takes “— May Welland” for a credit where the book has her, though “may” is an everyday word (probe round AF235)', () => {
    const text = '> “The water is never kind.”\n>\n> — May Welland\n';
    const doc = parseReviewDocument(text);
    const quoted = extractQuotations(doc, { book, isCharacterName: (w) => w === 'May Welland' }).quotes.map(
      (q) => quoteText(text, q.parts, q.block),
    );
    expect(quoted).toEqual(['The water is never kind.']);
  });
});

describe('a speaker’s name and its colon after quotations in marks on the same line', () => {
  it('keeps the quotations before it (probe round AF35: "“…” Archer rejoins. “…,” May continues. And Henry van der Luyden: “…”" lost the first two)', () => {
    const text =
      '“You are kinder than ever!” Tommy rejoins. “I do not think Ruth cares for the sea,” Emily continues. And Henry van der Hale: “Yes: my good father hated hurry.”\n';
    const doc = parseReviewDocument(text);
    const quoted = extractQuotations(doc, { book, isCharacterName: (w) => w === 'Henry' }).quotes.map((q) =>
      quoteText(text, q.parts, q.block),
    );
    expect(quoted).toEqual([
      'You are kinder than ever!',
      'I do not think Ruth cares for the sea,',
      'Yes: my good father hated hurry.',
    ]);
  });
});

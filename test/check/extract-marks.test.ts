import { describe, expect, it } from 'vitest';
import { scanMarks } from '../../src/check/extract/marks.js';
import { extract, quoted } from './extract-helpers.js';

/** Quote-mark styles as writers in several languages and on several keyboards use them. */
const STYLES: [string, string, string[]][] = [
  ['English curly double', 'She said “I am here” and left.', ['I am here']],
  ['English curly single (British)', 'She said ‘I am here’ and left.', ['I am here']],
  ['straight double', 'She said "I am here" and left.', ['I am here']],
  ['straight single', "She said 'I am here' and left.", ['I am here']],
  ['French guillemets', 'Elle dit «Je suis là» et part.', ['Je suis là']],
  ['French guillemets with spaces inside', 'Elle dit « Je suis là » et part.', [' Je suis là ']],
  ['German and Danish reversed guillemets', 'Er sagte »Ich bin hier« und ging.', ['Ich bin hier']],
  ['German low-high double', 'Er sagte „Ich bin hier“ und ging.', ['Ich bin hier']],
  ['Polish low-high double', 'Powiedział „Jestem tutaj” i wyszedł.', ['Jestem tutaj']],
  ['German low-high single', 'Er sagte ‚Ich bin hier‘ und ging.', ['Ich bin hier']],
  ['Swedish same-mark double', 'Hon sa ”Jag är här” och gick.', ['Jag är här']],
  ['single guillemets', 'Il dit ‹oui› et part.', ['oui']],
  ['UTF-8 read as Windows-1252', 'She said â€œI am hereâ€\u009d and left.', ['I am here']],
  ['UTF-8 read as Windows-1252, last byte lost', 'She said â€œI am hereâ€ and left.', ['I am here']],
  ['a mis-encoded dash is not a mark', 'She left â€” and â€œI am hereâ€\u009d she said.', ['I am here']],
  [
    'a mis-encoded horizontal bar is not a mark',
    'â€œI am here.â€\u009d\nâ€•Jane Austen, Emma',
    ['I am here.'],
  ],
  ['mis-encoded en dash and ellipsis are not marks', 'Ruth â€“ always Ruth â€¦ said â€œnoâ€ twice.', ['no']],
  ['a quotation at the very start and end', '“I am here.”', ['I am here.']],
  ['two quotations side by side', '“Not at all.” “I hope not.”', ['Not at all.', 'I hope not.']],
];

/** Nesting: the outer quotation keeps everything inside it, however deep. */
const NESTED: [string, string, string[]][] = [
  [
    'curly, two deep',
    'She wrote: “He told me ‘never again’ and left.”',
    ['He told me ‘never again’ and left.'],
  ],
  [
    'straight, two deep',
    'She wrote: \'He told me "never again" and left.\'',
    ['He told me "never again" and left.'],
  ],
  [
    'curly, three deep',
    'Kathy recalls: “Ruth said, ‘Tommy kept shouting “the sea, the sea” all night,’ and laughed.”',
    ['Ruth said, ‘Tommy kept shouting “the sea, the sea” all night,’ and laughed.'],
  ],
  [
    'straight, three deep',
    'Kathy recalls: "Ruth said, \'Tommy kept shouting "the sea" all night,\' and laughed."',
    ['Ruth said, \'Tommy kept shouting "the sea" all night,\' and laughed.'],
  ],
  [
    'British, three deep',
    'Kathy recalls: ‘Ruth said, “Tommy kept shouting ‘the sea’ all night,” and laughed.’',
    ['Ruth said, “Tommy kept shouting ‘the sea’ all night,” and laughed.'],
  ],
  ['guillemets in curly', 'He wrote “she called it «la mer» twice” then.', ['she called it «la mer» twice']],
];

/** Apostrophes are never quote marks. */
const APOSTROPHES: [string, string, string[]][] = [
  ['contractions and possessives', "It's a fine book; the Smiths' review agrees.", []],
  ['curly contractions', 'It’s Ruth’s house, and the Bennets’ too.', []],
  ['elisions', "'Tis said they sang 'em songs 'til dawn in the '90s.", []],
  [
    'apostrophes around a real single-quoted quotation',
    "The Bennets' house isn't quiet; it's the '90s. 'Tis said she 'never slept' there, and 'the Salt House' stands.",
    ['never slept', 'the Salt House'],
  ],
  [
    'plural possessive inside a quotation',
    "Ruth says 'the girls' dresses were wet' and leaves.",
    ["the girls' dresses were wet"],
  ],
  ['possessive of a name ending in s', "James' book says 'come home' twice.", ['come home']],
  [
    'a dialect’s dropped letters inside a single-quoted line',
    "Morel mocks him: 'Tha niver shakes hands wi' a hand like that, an' I know it' and the boy flinches. He says 'goin' home' twice.",
    ["Tha niver shakes hands wi' a hand like that, an' I know it", "goin' home"],
  ],
  [
    'a dropped letter ending a single-quoted line, the closing mark right after it',
    "Barkis sends 'Barkis is willin'', and Peggotty laughs. Huck: 'we was goin' to the camp-meetin' in the mornin'.' Then he left.",
    ["Barkis is willin'", "we was goin' to the camp-meetin' in the mornin'."],
  ],
  [
    'a closing mark before a lower-case word is still a close where no later one follows',
    "Ruth says 'come home' and Tommy 'stays' put.",
    ['come home', 'stays'],
  ],
  [
    'apostrophe inside a mis-encoded page',
    'Donâ€™t say â€œI canâ€™t comeâ€\u009d again.',
    ['I canâ€™t come'],
  ],
];

describe('quote marks of every style', () => {
  it.each(STYLES)('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('nested quotations stay inside the outer one', () => {
  it.each(NESTED)('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('apostrophes are not quote marks', () => {
  it.each(APOSTROPHES)('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('unbalanced marks', () => {
  it('warns about an unclosed quotation with its line, and guesses it runs to the paragraph end', () => {
    const text = 'Fine.\n\nTommy says: “Come home with me.\n\nNext paragraph.';
    const r = extract(text);
    expect(r.warnings).toEqual([expect.objectContaining({ ruleId: 'quote/unbalanced', line: 3 })]);
    expect(r.warnings[0]!.span).toEqual({ start: text.indexOf('“'), end: text.indexOf('“') + 1 });
    expect(quoted(text)).toEqual(['Come home with me.']);
    expect(r.quotes[0]!.unbalanced).toBe(true);
  });

  it('warns about a closing mark with nothing open, and reports no quotation', () => {
    const r = extract('The lesson is that ” the sea wins.');
    expect(r.quotes).toEqual([]);
    expect(r.warnings[0]).toMatchObject({ ruleId: 'quote/unbalanced', line: 1 });
  });

  it('a guillemet between spaces is a separator, no stray mark (probe rounds AF219, AF222)', () => {
    const r = extract('Posted by quillpig » Tue 14:02 › Books\n\nTommy says, “Come home.”');
    expect(r.warnings).toEqual([]);
    expect(r.quotes).toHaveLength(1);
    // (one against a word still is one)
    expect(extract('The lesson is that the sea» wins.').warnings[0]).toMatchObject({
      ruleId: 'quote/unbalanced',
    });
  });

  it('stops the guess at the first sentence end in a long paragraph', () => {
    const long = Array.from({ length: 150 }, (_, i) => `word${i}`).join(' ');
    const text = `He says “Come home. ${long}.`;
    expect(quoted(text)).toEqual(['Come home.']);
  });

  it('reports the raw scan of a paragraph with the unclosed mark as a best guess', () => {
    const text = 'She said “yes and went';
    const r = scanMarks(text, { start: 0, end: text.length });
    expect(r.quotes).toEqual([
      expect.objectContaining({ inner: { start: 10, end: text.length }, openAtEnd: true, mark: '“' }),
    ]);
  });
});

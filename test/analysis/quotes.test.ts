import { describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import { detectQuoteStyle, findQuotations } from '../../src/analysis/quotes.js';
import { bookOf, fixture } from './helpers.js';

function quotesOf(text: string): string[][] {
  const book = bookOf(text);
  const style = detectQuoteStyle(text, book.structure.paragraphs);
  return findQuotations(text, book.structure.paragraphs, style).map((q) =>
    q.parts.map((p) => text.slice(p.start, p.end)),
  );
}

describe('quotation style', () => {
  it('tells double, single and dash dialogue apart from counts', () => {
    for (const [file, style] of [
      ['the-thornburys.txt', 'double'],
      ['the-wrights-single.txt', 'single'],
      ['dash-dialogue.txt', 'dash'],
    ] as const) {
      const text = fixture(file);
      expect(detectQuoteStyle(text, bookOf(text).structure.paragraphs), file).toBe(style);
    }
  });
});

describe('finding quotations', () => {
  it('keeps a quotation interrupted by a speech tag as one quotation in two parts', () => {
    const quotes = quotesOf('"Yes," said he, "I know."\n\n"No," she said.\n');
    expect(quotes).toEqual([['Yes,', 'I know.'], ['No,']]);
  });

  it('starts a new quotation where a clause of its own between two parts has another subject speaking', () => {
    const quotes = quotesOf(
      '"A song, please," Alice replied, so eagerly that the Gryphon said, in an offended tone, "Hm! No accounting for tastes!"\n\n' +
        '"Give them time, mamma," Mrs. Welland interposed; to which the old lady rejoined: "Time? Fiddlesticks!"\n\n' +
        '"Yes," said Alice, "so eagerly that I forgot."\n',
    );
    expect(quotes).toEqual([
      ['A song, please,'],
      ['Hm! No accounting for tastes!'],
      ['Give them time, mamma,'],
      ['Time? Fiddlesticks!'],
      ['Yes,', 'so eagerly that I forgot.'],
    ]);
  });

  it('starts a new quotation where a pronoun or a possessive speaks after the first part’s own tag', () => {
    const quotes = quotesOf(
      '"You may always have your way," he argued; and she had answered, with her clearest look: "Yes; that is what makes it hard."\n\n' +
        '"It was odd, though," Miss Pell opined; and her hostess drily rejoined: "Oh, he means us to be grateful."\n\n' +
        '"But why she should send for Ellen--" and May\'s clear voice rejoined: "Perhaps to urge her again."\n\n' +
        // No tag of the first part's own: the one speaking goes on.
        '"It was for the others now"--and he put his paw to his mouth and said in a whisper, "Try the table"--"that I did it."\n\n' +
        // An indirect question, running on into the quoted words: one quotation.
        '"These towns are coming into line," said Mr. Clay, and he asked her if she were interested "in our work."\n',
    );
    expect(quotes).toEqual([
      ['You may always have your way,'],
      ['Yes; that is what makes it hard.'],
      ['It was odd, though,'],
      ['Oh, he means us to be grateful.'],
      ['But why she should send for Ellen--'],
      ['Perhaps to urge her again.'],
      ['It was for the others now', 'Try the table', 'that I did it.'],
      ['These towns are coming into line,', 'in our work.'],
    ]);
  });

  it('starts a new quotation where the part after "and" has a named tag of its own', () => {
    const quotes = quotesOf(
      'Mary was ready to go; but "No!" said Charles, and "No, no!" cried Louisa more eagerly.\n\n' +
        // the one speaking, going on after "and": one quotation
        '"Come," said Charles, and added, "we shall be late."\n',
    );
    expect(quotes).toEqual([['No!'], ['No, no!'], ['Come,', 'we shall be late.']]);
  });

  it('starts a new quotation where a first part tagged before it is followed by another name’s tag', () => {
    const quotes = quotesOf(
      'When Mrs. Sparsit said with a smile, "You want your breakfast, sir," Mr. Bounderby replied, "I want my wife."\n\n' +
        // the same name both sides: one speech
        'Then Mr. Bounderby said, "Very well," Mr. Bounderby added, "very well indeed."\n',
    );
    expect(quotes).toEqual([
      ['You want your breakfast, sir,'],
      ['I want my wife.'],
      ['Very well,', 'very well indeed.'],
    ]);
  });

  it('spans are inside the quote marks and index the book text', () => {
    const text = fixture('the-thornburys.txt');
    const a = analyzeBook(bookOf(text));
    for (const q of a.quotes) {
      expect(q.start).toBe(q.parts[0]!.start);
      expect(q.end).toBe(q.parts[q.parts.length - 1]!.end);
      for (const p of q.parts) {
        expect(text[p.start - 1]).toBe('"');
        // A speech continued in the next paragraph has no closing mark at the paragraph's end.
        expect(text[p.end] === '"' || text.slice(p.end, p.end + 2) === '\n\n').toBe(true);
      }
    }
  });

  it('joins a speech that runs over two paragraphs (no closing mark, next paragraph reopens)', () => {
    const quotes = quotesOf(fixture('the-thornburys.txt'));
    const speech = quotes.find((q) => q[0]!.startsWith('The roads are'));
    expect(speech).toBeDefined();
    expect(speech!.at(-1)).toBe('But I do not complain. A soldier never complains.');
    expect(speech).toHaveLength(2);
    // After "he said." a new sentence of speech is a new quotation.
    expect(quotes).toContainEqual(['I have ridden from London this morning,']);
  });

  it('joins a song quoted in a speech to the words after it that close the speech without reopening it', () => {
    const text = [
      'In his ordinary voice, so that she scarcely knew he was singing, he said:',
      '',
      '"\'Over the hill and over the sea,',
      "The wind comes home to me'",
      '',
      'Ruth and I both know this. We come from the wind, and we go back to it."',
      '',
      'Ruth smiled. She had nothing to say to that.',
      '',
      '"Then sing it again," said Ruth.',
      '',
    ].join('\n');
    expect(quotesOf(text)).toEqual([
      [
        "'Over the hill and over the sea,\nThe wind comes home to me'",
        'Ruth and I both know this. We come from the wind, and we go back to it.',
      ],
      ['Then sing it again,'],
    ]);
    // A paragraph of narration after an unclosed speech stays narration: its mark opens a new speech.
    expect(quotesOf('"I will not go,\n\nShe turned away. "Nor I," said Tom.\n')).toEqual([
      ['I will not go,'],
      ['Nor I,'],
    ]);
  });

  it('does not take apostrophes for quotes in a single-quoted book', () => {
    const quotes = quotesOf(fixture('the-wrights-single.txt')).map((q) => q.join(' | '));
    expect(quotes).toContain(
      "Then shut it, there's a good girl. 'Tis cold enough\nwithout the whole of Market Street coming in.",
    );
    expect(quotes).toContain(
      "She never did a day's work in her\nlife. Not like the dogs' old mother, God rest her.",
    );
    expect(quotes.some((q) => q.includes('cat, which had been waiting'))).toBe(false);
    expect(quotes.some((q) => q.includes('children said'))).toBe(false);
    expect(quotes).toHaveLength(9);
  });

  it('opens a single-quoted speech on the cry “O!”, though “’o” is an elision elsewhere', () => {
    // (The Mysteries of Udolpho, probe round AF294: the aunt's line was lost, and the rest of her
    // speech given to Emily, who answers it)
    const text =
      "'His family was known to my father,' said Emily.\n\n'O! that is no recommendation at all,' replied her aunt; 'he took such fancies to people.' 'Yet it was but now, madam,' said Emily.\n\n'It is the top 'o the morning,' said the carter. 'We will see,' said Emily. 'You shall,' said her aunt.\n";
    const quotes = quotesOf(text).map((q) => q.join(' | '));
    expect(quotes).toContain('O! that is no recommendation at all, | he took such fancies to people.');
    expect(quotes).toContain("It is the top 'o the morning,");
  });

  it('keeps a nested quotation inside the speech that quotes it', () => {
    expect(quotesOf('"She told me \'never again\', and meant it."\n')).toEqual([
      ["She told me 'never again', and meant it."],
    ]);
    expect(quotesOf('\'He said "never again", and meant it.\'\n')).toEqual([
      ['He said "never again", and meant it.'],
    ]);
  });

  it('does not count a short quoted phrase inside narration as speech', () => {
    expect(
      quotesOf('The family called them the "new people" and never visited.\n\n"Hello," said Ann.\n'),
    ).toEqual([['Hello,']]);
    expect(quotesOf('"Nice" women never said such things.\n\n"No?" said Ann.\n')).toEqual([['No?']]);
  });

  it('does not take a letter set off by indentation for speech', () => {
    const text =
      '"Read it," said Ann.\n\nHe read:\n\n     "Dear Sir, I write in haste.\n     Yours, J."\n\n"Well?" said Ann.\n\n' +
      '"Nothing," he said.\n\n"Nothing at all?"\n\n"No."\n\nShe sighed. "Then burn it."\n';
    expect(quotesOf(text).map((q) => q[0])).toEqual([
      'Read it,',
      'Well?',
      'Nothing,',
      'Nothing at all?',
      'No.',
      'Then burn it.',
    ]);
  });

  it('reads dash dialogue, ending the speech at the tag and resuming after it', () => {
    const quotes = quotesOf(fixture('dash-dialogue.txt'));
    expect(quotes).toEqual([
      ['Are you coming?'],
      ['Not yet,', 'I have to finish this letter first.'],
      ['Then I shall go alone.'],
    ]);
  });

  it('ends a line of dash dialogue at a tag whose name has two or three words', () => {
    expect(
      quotesOf(
        '— Why, sir? Stephen asked, beginning to smile.\n\n— Because she never let them in, Mr Deasy said solemnly.\n\n— Good, Buck Mulligan Junior said. Come along.\n',
      ),
    ).toEqual([['Why, sir?'], ['Because she never let them in,'], ['Good,', 'Come along.']]);
  });

  it('handles curly quotes and a missing closing mark at the end of a paragraph', () => {
    expect(
      quotesOf('\u201cCome here,\u201d said Ann. \u201cNow.\u201d\n\n\u201cI will not\n\nShe left.\n'),
    ).toEqual([['Come here,'], ['Now.'], ['I will not']]);
  });
});

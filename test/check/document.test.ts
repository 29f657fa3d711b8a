import { describe, expect, it } from 'vitest';
import { parseReviewDocument } from '../../src/check/review/document.js';
import { convertReviewHtml } from '../../src/check/review/html.js';
import { extract } from './extract-helpers.js';

/** Each block as "kind: its words" (content span), the structure a reader sees. */
function blocks(text: string): string[] {
  const doc = parseReviewDocument(text);
  return doc.blocks.map(
    (b) => `${b.kind}: ${text.slice(b.content.start, b.content.end).replace(/\n[ \t>]*/g, ' / ')}`,
  );
}

const MARKDOWN: [string, string, string[]][] = [
  [
    'ATX heading and paragraph',
    '# Notes on a book\n\nIt is good.',
    ['heading: Notes on a book', 'paragraph: It is good.'],
  ],
  ['setext heading', 'Notes\n=====\n\nIt is good.', ['heading: Notes', 'paragraph: It is good.']],
  ['block quote over two lines', '> One line\n> and another.', ['block-quote: One line / and another.']],
  ['block quote with two paragraphs', '> One.\n>\n> Two.', ['block-quote: One. /  / Two.']],
  [
    'a numbered list inside a block quote: the number is the list’s, not the quotation’s',
    '> 1. Might I have a bit of earth?\n\n> - A bit of earth.',
    ['block-quote: Might I have a bit of earth?', 'block-quote: A bit of earth.'],
  ],
  [
    'a forum’s BBCode quotation, on one line or several, its tags left out',
    'Agreed.\n[quote=Joe]Pip, old chap![/quote]\n[QUOTE="bookworm42;8812"]\nOne.\n\nTwo.\n[/QUOTE]\nSo true.',
    [
      'paragraph: Agreed.',
      'block-quote: Pip, old chap!',
      'block-quote: One. /  / Two.',
      'paragraph: So true.',
    ],
  ],
  [
    'indented paragraph',
    '    An indented passage.\n    Still it.',
    ['block-quote: An indented passage. / Still it.'],
  ],
  [
    'a paragraph indented by two or three spaces among flush ones is a block quotation (probe round AF240)',
    'He has that line everybody remembers:\n\n   A word is all he has got.\n\nThat is the book.',
    [
      'paragraph: He has that line everybody remembers:',
      'block-quote: A word is all he has got.',
      'paragraph: That is the book.',
    ],
  ],
  [
    '…but not where the page indents its paragraphs so',
    '  He has that line everybody remembers.\n\n  A word is all he has got.\n\nThat is the book.',
    [
      'paragraph: He has that line everybody remembers.',
      'paragraph: A word is all he has got.',
      'paragraph: That is the book.',
    ],
  ],
  [
    'a Markdown page’s YAML front matter is no part of its words (probe round AF235)',
    '---\ntitle: "Why I reread it every January"\ndate: 2024-01-14\ntags: [a, b]\n---\n\n# Why I reread it\n\nIt is good.',
    ['heading: Why I reread it', 'paragraph: It is good.'],
  ],
  [
    '…but a rule and a paragraph are kept',
    '---\n\nIt is good: “Yes.”\n\n---\n\nMore.',
    ['paragraph: It is good: “Yes.”', 'paragraph: More.'],
  ],
  [
    'a line of its own in capitals is a heading in plain text (probe round AF233); a longer one is not',
    'TARZAN\n\nHe asks only what he needs.\n\nTHE NIGHT THE SEA CAME INTO THE HOUSE\n\nIt is good.',
    [
      'heading: TARZAN',
      'paragraph: He asks only what he needs.',
      'paragraph: THE NIGHT THE SEA CAME INTO THE HOUSE',
      'paragraph: It is good.',
    ],
  ],
  [
    'an essay’s title centred above its first paragraph is its heading, an indented passage after it a quotation',
    `Jenna Price\nEnglish 9\n\n            Growing Up Out of Doors in The Secret Garden\n\n${'The novel is about two sick children. '.repeat(8)}\n\n    An Indented Passage Of The Book`,
    [
      'paragraph: Jenna Price / English 9',
      'heading: Growing Up Out of Doors in The Secret Garden',
      `paragraph: ${'The novel is about two sick children. '.repeat(8).trim()}`,
      'block-quote: An Indented Passage Of The Book',
    ],
  ],
  ['bulleted list', '- one\n- two', ['list-item: one', 'list-item: two']],
  ['numbered list', '1. one\n2) two', ['list-item: one', 'list-item: two']],
  ['list item with a lazy line', '- one\nstill one\n- two', ['list-item: one / still one', 'list-item: two']],
  [
    'a list interrupts a paragraph',
    'A quotation.\n- Lord Henry',
    ['paragraph: A quotation.', 'list-item: Lord Henry'],
  ],
  [
    'table',
    '| Quote | Who |\n|---|---|\n| A line. | Ruth |',
    ['table-cell: Quote', 'table-cell: Who', 'table-cell: A line.', 'table-cell: Ruth'],
  ],
  [
    'tab-separated rows right under a paragraph’s lines (an Anki export’s header) are a table',
    '#separator:tab\n#html:false\n“A line.”\tRuth\n“Another.”\tTommy, to Ruth',
    [
      'paragraph: #separator:tab / #html:false',
      'table-cell: “A line.”',
      'table-cell: Ruth',
      'table-cell: “Another.”',
      'table-cell: Tommy, to Ruth',
    ],
  ],
  ['a rule is no block', 'One.\n\n***\n\nTwo.', ['paragraph: One.', 'paragraph: Two.']],
  ['Windows line ends', 'One.\r\n\r\n> Two.\r\n', ['paragraph: One.', 'block-quote: Two.']],
];

describe('reading a review into blocks', () => {
  it.each(MARKDOWN)('%s', (_name, text, expected) => {
    expect(blocks(text)).toEqual(expected);
  });

  it('keeps list-item markers and table rows and columns', () => {
    const doc = parseReviewDocument('3. three\n\n| a | b |\n|---|---|\n| c | d |\n');
    expect(doc.blocks.map((b) => [b.kind, b.marker ?? null, b.row ?? null, b.column ?? null])).toEqual([
      ['list-item', '3', null, null],
      ['table-cell', null, 0, 0],
      ['table-cell', null, 0, 1],
      ['table-cell', null, 1, 0],
      ['table-cell', null, 1, 1],
    ]);
  });
});

describe('HTML reviews', () => {
  it('turns HTML blocks into the same blocks', () => {
    const html =
      '<h2>Ruth</h2>\n<p>Intro <em>here</em>.</p>\n<blockquote><p>A quoted line.</p></blockquote>\n<ul><li>one</li><li>two</li></ul>\n<table><tr><th>Quote</th></tr><tr><td>A cell.</td></tr></table>';
    expect(blocks(convertReviewHtml(html).text)).toEqual([
      'heading: Ruth',
      'paragraph: Intro here.',
      'block-quote: A quoted line.',
      'list-item: one',
      'list-item: two',
      'table-cell: Quote',
      'table-cell: A cell.',
    ]);
  });

  it('reads a numbered quote list whose items hold block quotes without the numbers', () => {
    const html =
      '<ol><li><blockquote>Might I have a bit of earth?</blockquote> — Mary Lennox</li>' +
      '<li><blockquote>A bit of earth.</blockquote> — Mr. Craven</li></ol>';
    expect(blocks(convertReviewHtml(html).text)).toEqual([
      'block-quote: Might I have a bit of earth?',
      'paragraph: — Mary Lennox',
      'block-quote: A bit of earth.',
      'paragraph: — Mr. Craven',
    ]);
  });

  it('keeps two block quotations side by side apart, and one quotation of two paragraphs together', () => {
    const html =
      '<blockquote><p>First quoted line.</p></blockquote><blockquote><p>Second quoted line.</p></blockquote>' +
      '<blockquote><p>One passage,</p><p>in two paragraphs.</p></blockquote>';
    expect(blocks(convertReviewHtml(html).text)).toEqual([
      'block-quote: First quoted line.',
      'block-quote: Second quoted line.',
      'block-quote: One passage, /  / in two paragraphs.',
    ]);
  });

  it('leaves out the furniture of a saved web page: menus, footers, forms, buttons', () => {
    const html =
      '<nav><ul><li>Home</li><li>Study guides</li></ul></nav><header><h1>Quotes by Ruth</h1></header>' +
      '<ul><li>“I kept you apart.”</li></ul><form><button>Share</button></form><footer><p>© 2026</p></footer>';
    expect(blocks(convertReviewHtml(html).text)).toEqual([
      'heading: Quotes by Ruth',
      'list-item: “I kept you apart.”',
    ]);
  });

  it('leaves out furniture a page builds from plain elements, by its class, id or role', () => {
    const html =
      '<div id="cookie-banner"><p>By clicking “Accept all”, you agree.</p></div>' +
      '<ul class="share"><li><a href="#">Share on Facebook</a></li></ul>' +
      '<article><h1>Review: The Salt House</h1><p>“I kept you apart,” says Ruth.</p></article>' +
      '<aside class="sidebar"><ul><li><a href="#">“The water is never kind”: our favourite lines</a></li></ul></aside>' +
      '<div class="newsletter"><h3>Sign up to “Bookmarks”</h3></div><div role="navigation"><p>Next</p></div>' +
      '<aside><p>Pull quote: “Come home with me.”</p></aside><p hidden>“Hidden words”</p>' +
      '<ol class="references"><li>“The Salt House”. Harbour Press. Retrieved 3 March 2024.</li></ol>';
    expect(blocks(convertReviewHtml(html).text)).toEqual([
      'heading: Review: The Salt House',
      'paragraph: “I kept you apart,” says Ruth.',
      'paragraph: Pull quote: “Come home with me.”',
    ]);
  });

  it('keeps a paragraph named “related”: a study guide’s line of related characters, no sidebar', () => {
    const html =
      '<blockquote><p>“The water is never kind.”</p></blockquote>' +
      '<p class="related">Related Characters: Tommy (speaker), Ruth</p>' +
      '<div class="related"><p>“Come home”: more on The Salt House</p></div>';
    expect(blocks(convertReviewHtml(html).text)).toEqual([
      'block-quote: “The water is never kind.”',
      'paragraph: Related Characters: Tommy (speaker), Ruth',
    ]);
  });

  it('keeps a quotation’s own footer (its credit), with the dash a stylesheet draws', () => {
    const html =
      '<blockquote><p>The water is never kind.</p><footer>— <cite>Tommy</cite></footer></blockquote>' +
      '<blockquote class="blockquote"><p>I have been counting the waves.</p>' +
      '<footer class="blockquote-footer">Ruth in <cite>The Salt House</cite></footer></blockquote>' +
      '<footer><p>© 2026 The Weekly Read</p></footer>';
    expect(blocks(convertReviewHtml(html).text)).toEqual([
      'block-quote: The water is never kind. /  / — Tommy',
      'block-quote: I have been counting the waves. /  / — Ruth in The Salt House',
    ]);
  });

  it('reads a pull quote’s <cite> and a quotation figure’s caption as its credit; a <cite> in the words stays', () => {
    const html =
      '<figure class="wp-block-pullquote"><blockquote><p>The water is never kind.</p><cite>Tommy</cite></blockquote></figure>' +
      '<figure><blockquote><p>I have been counting the waves.</p></blockquote><figcaption>Ruth, chapter 2</figcaption></figure>' +
      '<blockquote><p>As <cite>The Salt House</cite> has it, the tide keeps time.</p></blockquote>' +
      '<figure><img src="a.png"><figcaption>The harbour at dawn</figcaption></figure>';
    expect(blocks(convertReviewHtml(html).text)).toEqual([
      'block-quote: The water is never kind. /  / — Tommy',
      'block-quote: I have been counting the waves.',
      'paragraph: — Ruth, chapter 2',
      'block-quote: As The Salt House has it, the tide keeps time.',
      'paragraph: The harbour at dawn',
    ]);
  });

  it('reads a <cite> right after the quotation’s closing mark, in the same line, as its credit', () => {
    const html =
      '<blockquote>“The water is never kind.” <cite>Tommy</cite></blockquote>' +
      '<blockquote>“I have been counting the waves,” says <cite>The Salt House</cite>’s heroine.</blockquote>';
    expect(blocks(convertReviewHtml(html).text)).toEqual([
      'block-quote: “The water is never kind.” /  / — Tommy',
      'block-quote: “I have been counting the waves,” says The Salt House’s heroine.',
    ]);
  });

  it('reads a definition list’s term and definition as one line: the speaker and the words', () => {
    const html =
      '<dl><dt>Tommy</dt><dd>“The water is never kind.”</dd><dt>Ruth</dt><dd>“I have been counting the waves.”</dd></dl>' +
      '<dl><dt></dt><dd>A definition without its term.</dd></dl>';
    expect(blocks(convertReviewHtml(html).text)).toEqual([
      'paragraph: Tommy: “The water is never kind.”',
      'paragraph: Ruth: “I have been counting the waves.”',
      'paragraph: A definition without its term.',
    ]);
  });

  it('reads line breaks in the HTML source as spaces, and <br> as a new line', () => {
    const { text } = convertReviewHtml(
      '<p>A long paragraph\nwrapped in the source.</p>\n<p>Tommy: one.<br>Ruth: two.</p>',
    );
    expect(blocks(text)).toEqual([
      'paragraph: A long paragraph wrapped in the source.',
      'paragraph: Tommy: one. / Ruth: two.',
    ]);
  });

  it('reports a quotation at its line in the HTML file', () => {
    const html = [
      '<!doctype html>',
      '<html><body>',
      '<h1>Notes</h1>',
      '<p>Tommy says: “Come home with me.”</p>',
      '',
      '<blockquote>',
      '  <p>The water is never kind.</p>',
      '</blockquote>',
      '<p>Tommy: one.<br>',
      'Ruth: “Then I am not sensible.”</p>',
      '<p>',
      '  A paragraph that starts on the line after its tag: “sooner or later”.',
      '</p>',
      '</body></html>',
    ].join('\n');
    const converted = convertReviewHtml(html);
    const doc = parseReviewDocument(converted.text, { sourceLines: converted.sourceLines });
    const r = extract(converted.text);
    const lines = r.quotes.map((q) => [
      converted.text.slice(q.parts[0]!.start, q.parts[0]!.end),
      doc.lineAt(q.parts[0]!.start),
    ]);
    expect(lines).toEqual([
      ['Come home with me.', 4],
      ['The water is never kind.', 7],
      ['one.', 9],
      ['Then I am not sensible.', 10],
      ['sooner or later', 12],
    ]);
  });

  it('numbers paragraphs for DOCX', () => {
    const converted = convertReviewHtml('<p>One.</p><p>Two “words”.</p>', 'paragraph');
    const doc = parseReviewDocument(converted.text, {
      sourceLines: converted.sourceLines,
      lineUnit: 'paragraph',
    });
    const q = extract(converted.text).quotes[0]!;
    expect(doc.lineAt(q.parts[0]!.start)).toBe(2);
    expect(doc.lineUnit).toBe('paragraph');
  });
});

import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/formats/html-text.js';

describe('htmlToText', () => {
  it('turns blocks into paragraphs separated by a blank line, collapsing whitespace', () => {
    const r = htmlToText(
      '<body><p>The   fog\n  came in.</p><div>Outer<p>Inner</p>tail</div><p>Line<br/>break</p></body>',
    );
    expect(r.text).toBe('The fog came in.\n\nOuter\n\nInner\n\ntail\n\nLine\nbreak');
  });

  it('never lets scripts or styles into the text, and decodes entities', () => {
    const r = htmlToText(
      '<html><head><title>A &amp; B</title><style>p { color: red }</style><script>var x = "<p>evil</p>";</script></head>' +
        '<body><p>&ldquo;Caf&eacute;,&rdquo; she said &mdash; &#8220;now&#x201D;.</p><script>alert(1)</script><noscript>no</noscript></body></html>',
    );
    expect(r.text).toBe('“Café,” she said — “now”.');
    expect(r.title).toBe('A & B');
    expect(r.text).not.toMatch(/evil|alert|color/);
  });

  it('reports h1–h3 headings as spans into the text', () => {
    const r = htmlToText(
      '<h1>The Book</h1><h2>Chapter I<br/>The Harbour</h2><p>Text.</p><h4>small</h4><h3>Chapter II</h3>',
    );
    expect(r.headings.map((h) => [r.text.slice(h.start, h.end), h.level, h.title])).toEqual([
      ['The Book', 1, 'The Book'],
      ['Chapter I\nThe Harbour', 2, 'Chapter I The Harbour'],
      ['Chapter II', 3, 'Chapter II'],
    ]);
  });

  it('reads author and language from meta tags and the html element', () => {
    const r = htmlToText(
      '<html lang="en-GB"><head><meta name="author" content=" Ada Wren "></head><body><p>x</p></body></html>',
    );
    expect(r.author).toBe('Ada Wren');
    expect(r.language).toBe('en-GB');
  });

  it('drops print page numbers so they do not split sentences', () => {
    const r = htmlToText('<p>She went <span class="pagenum"><a id="p12">[12]</a></span>home.</p>');
    expect(r.text).toBe('She went home.');
  });

  it('keeps a drop-cap image letter but not illustration captions', () => {
    const r = htmlToText(
      '<p><img class="dropcap" src="i.jpg" alt="I"/>t was late.</p><p><img src="x.jpg" alt="Illustration: the pier"/></p>',
    );
    expect(r.text).toBe('It was late.');
  });

  it('keeps the lines of a <pre> block', () => {
    const r = htmlToText('<p>Verse:</p><pre>  Roses are red,\n  violets blue.</pre>');
    expect(r.text).toBe('Verse:\n\n  Roses are red,\n  violets blue.');
  });
});

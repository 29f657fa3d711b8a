import { Parser } from 'htmlparser2';
import { BLOCK } from '../../formats/html-text.js';

/**
 * A review written in HTML (or converted from DOCX) → the plain text the quotation finder reads.
 * Paragraphs are separated by a blank line; `<blockquote>` lines get a Markdown `> ` prefix so block
 * quotations are found exactly as in a Markdown review; `<q>` becomes “…”; scripts and styles vanish.
 */
const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg']);

export function reviewHtmlToText(html: string): string {
  const paragraphs: { text: string; quoteDepth: number }[] = [];
  let current = '';
  let quoteDepth = 0;
  let skipDepth = 0;
  const flush = () => {
    const text = current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text.length > 0) paragraphs.push({ text, quoteDepth });
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (BLOCK.has(name)) flush();
        if (name === 'blockquote') quoteDepth++;
        if (name === 'br') current += '\n';
        if (name === 'q') current += '“';
      },
      ontext(text) {
        if (skipDepth === 0) current += text;
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'q') current += '”';
        if (BLOCK.has(name)) flush();
        if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  // Consecutive paragraphs of one block quotation stay one block (joined by a "> " blank line).
  const out: string[] = [];
  for (const [i, p] of paragraphs.entries()) {
    const prev = paragraphs[i - 1];
    if (p.quoteDepth > 0) {
      if (prev && prev.quoteDepth > 0) out.push('>');
      else if (out.length > 0) out.push('');
      out.push(`> ${p.text}`);
    } else {
      if (out.length > 0) out.push('');
      out.push(p.text);
    }
  }
  return `${out.join('\n')}\n`;
}

import type { Span } from '../book/span.js';
import type { Heading } from '../book/types.js';
import { htmlParser } from './html-parser.js';

/**
 * HTML / XHTML → the text Verbatim indexes. Block elements become paragraphs separated by a blank
 * line, <br> a line break, whitespace runs one space (except in <pre>), entities decoded.
 * Scripts, styles and other non-reading content never reach the text; page-number markers of
 * print editions (Gutenberg's `<span class="pagenum">`, EPUB `pagebreak`) are dropped too, because
 * "[12]" in the middle of a sentence would break quotation matching.
 */
export interface HtmlText {
  text: string;
  /** <h1>–<h3> as spans into `text`. */
  headings: Heading[];
  /** Every paragraph-level block, in order, as spans into `text`. */
  blocks: Span[];
  /** Element ids (link targets) → index into `blocks` of the block they start or sit in. */
  anchors: Map<string, number>;
  title: string | null;
  author: string | null;
  language: string | null;
}

/** Elements that start a new block of text (a paragraph break) wherever they open or close. */
export const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is not part of the reading text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'object',
  'iframe',
  'canvas',
  'video',
  'audio',
  'select',
  'button',
]);

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3 };

function isPageMarker(attribs: Record<string, string>): boolean {
  const cls = attribs.class ?? '';
  if (/\b(pagenum|pageno|page-number|pagebreak)\b/i.test(cls)) return true;
  const type = attribs['epub:type'] ?? attribs.role ?? '';
  return /\b(pagebreak|doc-pagebreak)\b/.test(type);
}

interface Block {
  text: string;
  headingLevel: number | null;
}

export function htmlToText(html: string, options: { xhtml?: boolean } = {}): HtmlText {
  const blocks: Block[] = [];
  let current = '';
  let pre = 0;
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  let sawTitle = false;
  let author: string | null = null;
  let language: string | null = null;
  /** Heading level of each open h1–h3, innermost last. */
  const headingStack: number[] = [];
  /** Ids seen since the last block was pushed: they belong to the next block. */
  let pendingIds: string[] = [];
  const anchors = new Map<string, number>();
  const push = (block: Block): void => {
    for (const id of pendingIds) anchors.set(id, blocks.length);
    pendingIds = [];
    blocks.push(block);
  };

  const flush = (headingLevel: number | null): void => {
    const text = current
      .replace(/[ \t\r\n\f]*\n[ \t\r\n\f]*/g, '\n')
      .replace(/^[ \t\r\n\f]+|[ \t\r\n\f]+$/g, '');
    current = '';
    if (text) push({ text, headingLevel });
  };

  const parser = htmlParser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        // A block's id must not attach to the paragraph before it: close that one first.
        if (BLOCK.has(name)) flush(null);
        if (attribs.id) pendingIds.push(attribs.id);
        if (name === 'html' && attribs.lang) language = attribs.lang;
        if (name === 'html' && attribs['xml:lang'] && !language) language = attribs['xml:lang'];
        if (name === 'title') {
          inTitle = true;
          sawTitle = true;
          return;
        }
        if (name === 'meta') {
          const key = (attribs.name ?? '').toLowerCase();
          if ((key === 'author' || key === 'dc.creator') && attribs.content && !author)
            author = attribs.content.trim();
          return;
        }
        if (SKIP.has(name) || isPageMarker(attribs)) {
          skipDepth = 1;
          return;
        }
        if (name === 'br') {
          current += '\n';
          return;
        }
        // A drop cap drawn as an image (<img alt="I"/>t was…) carries the word's first letter.
        if (name === 'img' && /^\p{Lu}$/u.test(attribs.alt ?? '')) {
          current += attribs.alt;
          return;
        }
        if (BLOCK.has(name)) {
          flush(null);
          if (name === 'pre') pre++;
          if (HEADING_LEVEL[name]) headingStack.push(HEADING_LEVEL[name]);
        }
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (skipDepth > 0) return;
        current += pre > 0 ? data.replace(/\r\n?/g, '\n') : data.replace(/[ \t\r\n\f]+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          return;
        }
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (BLOCK.has(name)) {
          const level = HEADING_LEVEL[name] ? (headingStack.pop() ?? null) : null;
          if (pre > 0 && name === 'pre') {
            // Keep a <pre> block's inner line breaks and indentation as they are.
            const text = current.replace(/^\n+|\s+$/g, '');
            current = '';
            if (text.trim()) push({ text, headingLevel: null });
            pre--;
            return;
          }
          flush(level);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: options.xhtml ?? true },
  );
  parser.write(html);
  parser.end();
  flush(null);

  let text = '';
  const headings: Heading[] = [];
  const spans: Span[] = [];
  for (const block of blocks) {
    if (text) text += '\n\n';
    const start = text.length;
    text += block.text;
    spans.push({ start, end: text.length });
    if (block.headingLevel !== null) {
      headings.push({
        start,
        end: text.length,
        level: block.headingLevel,
        title: block.text.replace(/\s+/g, ' ').trim(),
      });
    }
  }
  const cleanTitle = sawTitle ? title.replace(/\s+/g, ' ').trim() : '';
  return {
    text,
    headings,
    blocks: spans,
    anchors,
    title: cleanTitle || null,
    author: author || null,
    language,
  };
}

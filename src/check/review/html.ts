import { htmlParser } from '../../formats/html-parser.js';
import { BLOCK } from '../../formats/html-text.js';
import { LineIndex } from '../../text/line-index.js';

/**
 * A review written in HTML (or converted from DOCX) → the Markdown-like text every later stage reads
 * (review/document.ts): paragraphs separated by a blank line, `<h1>`–`<h6>` as `#` headings,
 * `<blockquote>` lines with a `> ` prefix, list items as `- ` or `1. `, table rows as `| a | b |`,
 * `<q>` as “…”; scripts and styles vanish. Each output line remembers the source line it came from
 * (for DOCX, the paragraph number), so a report points at the line the writer can find.
 */
/**
 * Never the writer's words: code, and the furniture of a web page saved whole (menus, forms,
 * buttons; footers and the rest by isFurniture). A page's header, asides and figure captions stay:
 * a page title or a pull quote may be what credits or quotes a line.
 */
const SKIP = new Set([
  'script',
  'style',
  'head',
  'template',
  'noscript',
  'svg',
  'nav',
  'form',
  'button',
  'select',
  'iframe',
  'canvas',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The same furniture when a page builds it from plain `<div>`s and lists, known by the names sites
 * give it (class, id) or its ARIA role: a cookie banner (“By clicking “Accept all”…”), menus, share
 * buttons, breadcrumbs, pagers, newsletter boxes (“Sign up to “Bookmarks””), related-article
 * sidebars (whose headlines may quote the book), ads, pop-ups, site footers, an encyclopedia
 * article's contents box and reference list (titles in quote marks). The same word list as
 * readers' "unlikely candidates" in article extraction; kept to words that never name a review's
 * own parts (no "comment", no "header": a page title or a commenter's quotation is the writer's).
 * A paragraph is no sidebar: LitCharts prints `<p class="related">Related Characters: Matthewson
 * (speaker)</p>` under its quotations.
 */
const FURNITURE_NAMES = new Set([
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'newsletter',
  'signup',
  'subscribe',
  'subscription',
  'share',
  'sharing',
  'social',
  'breadcrumb',
  'breadcrumbs',
  'pagination',
  'pager',
  'related',
  'promo',
  'advert',
  'advertisement',
  'ads',
  'sponsor',
  'sponsored',
  'popup',
  'modal',
  'menu',
  'navbar',
  'toolbar',
  'sidebar',
  'footer',
  'toc',
  'references',
  'reflist',
  'footnotes',
  'bibliography',
  'catlinks',
]);
const FURNITURE_ROLES = new Set([
  'navigation',
  'search',
  'contentinfo',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
]);

function isFooter(name: string, attribs: Readonly<Record<string, string>>): boolean {
  return name === 'footer' || /(?:^|[\s_-])footer(?:$|[\s_-])/i.test(attribs.class ?? '');
}

/**
 * Whether an element is page furniture: a page's `<footer>`, or by its attributes (see
 * FURNITURE_NAMES), or hidden. Inside a `<blockquote>` or a `<figure>` a footer is the quotation's
 * own credit (`<footer>— <cite>Mrs. Pruett</cite></footer>`, Bootstrap's `blockquote-footer`).
 */
export function isFurniture(
  name: string,
  attribs: Readonly<Record<string, string>>,
  inQuote: boolean,
): boolean {
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  if (name === 'footer') return !inQuote;
  if (FURNITURE_ROLES.has((attribs.role ?? '').toLowerCase())) return true;
  const names = `${attribs.class ?? ''} ${attribs.id ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return names.some(
    (n) => FURNITURE_NAMES.has(n) && !(inQuote && n === 'footer') && !(name === 'p' && n === 'related'),
  );
}

interface Piece {
  text: string;
  kind: 'paragraph' | 'heading' | 'item' | 'cell';
  quoteDepth: number;
  /** Which outermost `<blockquote>` element the piece is in (0: none): two quotations side by side stay two. */
  quoteId: number;
  level: number;
  marker: string;
  /** Offset in the HTML where the piece starts. */
  source: number;
  /** Offset in the HTML of each of the piece's later lines (after a `<br>`). */
  breaks: number[];
  row: number;
  tableId: number;
}

export interface ConvertedReview {
  text: string;
  /** The source line (or paragraph) of each line of `text`, 1-based. */
  sourceLines: number[];
}

/** `unit: 'paragraph'` numbers the blocks instead of giving HTML source lines (DOCX). */
export function convertReviewHtml(html: string, unit: 'line' | 'paragraph' = 'line'): ConvertedReview {
  const pieces: Piece[] = [];
  let current = '';
  let currentStart = -1;
  let breaks: number[] = [];
  let preDepth = 0;
  let quoteDepth = 0;
  let quoteId = 0;
  let skipDepth = 0;
  // Element depth, and the depth of the furniture element being skipped (null: none).
  let depth = 0;
  let furnitureAt: number | null = null;
  let figureDepth = 0;
  /** The figure being read holds a block quote (its caption is then the quotation's credit). */
  let figureQuoted = false;
  // A quotation's own footer (its credit), while open: its text is a credit line, dash first. So is
  // a <cite> standing alone in a block quote and a figure's caption under a block quote.
  let quoteFooterAt: number | null = null;
  let heading = 0;
  const lists: { ordered: boolean; n: number }[] = [];
  let itemMarker: string | null = null;
  let inCell = false;
  /** A definition list's term was just read: its definition follows on the same line ("The doctor: “…”"). */
  let afterTerm = false;
  let tableId = 0;
  let row = -1;
  const parser = htmlParser(
    {
      onopentag(name, attribs) {
        depth++;
        if (SKIP.has(name)) skipDepth++;
        if (name === 'figure') figureDepth++;
        const inQuote = quoteDepth + figureDepth > 0;
        if (furnitureAt === null && skipDepth === 0 && isFurniture(name, attribs, inQuote))
          furnitureAt = depth;
        else if (
          inQuote &&
          quoteFooterAt === null &&
          (isFooter(name, attribs) ||
            // WordPress's pull quote: <blockquote><p>…</p><cite>Sherlock Holmes</cite></blockquote>,
            // or right after the quotation's closing mark: <blockquote>“…” <cite>Thea</cite></blockquote>
            (name === 'cite' && quoteDepth > 0 && (current.trim() === '' || /[”"’»]\s*$/.test(current))) ||
            // <figure><blockquote>…</blockquote><figcaption>Dr. Mortimer</figcaption></figure>
            (name === 'figcaption' && figureQuoted))
        ) {
          flush();
          quoteFooterAt = depth;
        }
        if (skipDepth > 0 || furnitureAt !== null) return;
        const defines = name === 'dd' && afterTerm;
        afterTerm = false;
        if (!defines && (BLOCK.has(name) || name === 'td' || name === 'th' || name === 'li')) flush();
        if (name === 'blockquote' && quoteDepth++ === 0) quoteId++;
        if (name === 'blockquote' && figureDepth > 0) figureQuoted = true;
        if (HEADINGS.has(name)) heading = Number(name[1]);
        if (name === 'ul') lists.push({ ordered: false, n: 0 });
        if (name === 'ol') lists.push({ ordered: true, n: 0 });
        if (name === 'li') {
          const list = lists[lists.length - 1];
          if (list) list.n++;
          itemMarker = list?.ordered ? `${list.n}.` : '-';
        }
        if (name === 'table') tableId++;
        if (name === 'tr') row++;
        if (name === 'td' || name === 'th') inCell = true;
        if (name === 'pre') preDepth++;
        if (name === 'br') {
          current += '\n';
          // The line starts where the next words do (filled in by ontext).
          breaks.push(-1);
        }
        if (name === 'q') current += '“';
      },
      ontext(text) {
        if (skipDepth > 0 || furnitureAt !== null) return;
        const lead = text.search(/\S/);
        if (currentStart < 0 && lead >= 0) currentStart = parser.startIndex + lead;
        if (breaks.length > 0 && breaks[breaks.length - 1] === -1 && lead >= 0) {
          breaks[breaks.length - 1] = parser.startIndex + lead;
        }
        // A line break in the HTML source is white space, as a browser shows it (not in <pre>).
        current += preDepth > 0 ? text : text.replace(/[\r\n]+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'figure') {
          figureDepth = Math.max(0, figureDepth - 1);
          if (figureDepth === 0) figureQuoted = false;
        }
        const closing = depth;
        if (quoteFooterAt !== null && closing === quoteFooterAt) {
          flush();
          quoteFooterAt = null;
        }
        depth = Math.max(0, depth - 1);
        if (furnitureAt !== null) {
          if (closing === furnitureAt) furnitureAt = null;
          if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'q') current += '”';
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        // <dt>The doctor</dt><dd>“…”</dd>: the term and its definition are one line, "The doctor: “…”",
        // as a reader takes them (a speaker and the words, in a quotation page's definition list).
        if (name === 'dt' && current.trim() !== '') {
          current = `${current.trimEnd()}: `;
          afterTerm = true;
          return;
        }
        if (BLOCK.has(name) || name === 'td' || name === 'th' || name === 'li') flush();
        if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth - 1);
        if (HEADINGS.has(name)) heading = 0;
        if (name === 'ul' || name === 'ol') lists.pop();
        if (name === 'li') itemMarker = null;
        if (name === 'td' || name === 'th') inCell = false;
        if (name === 'table') row = -1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  function flush(): void {
    // Line breaks inside a paragraph stay (a poem, a letter); other white space is folded. Each
    // line keeps where it starts in the HTML (a <br> or the piece's start).
    const starts: number[] = [];
    const kept: string[] = [];
    current.split('\n').forEach((l, k) => {
      const line = l.replace(/[ \t\r\f]+/g, ' ').trim();
      if (line.length === 0) return;
      kept.push(line);
      starts.push(k === 0 ? -1 : (breaks[k - 1] ?? -1));
    });
    let text = kept.join('\n');
    // The dash a stylesheet draws before a quotation's footer ("— Lydia Marsh") is what a reader sees.
    if (quoteFooterAt !== null && text.length > 0 && !/^[—–―-]/.test(text)) text = `— ${text}`;
    if (text.length > 0) {
      const kind = inCell && row >= 0 ? 'cell' : heading > 0 ? 'heading' : itemMarker ? 'item' : 'paragraph';
      pieces.push({
        text,
        kind,
        quoteDepth,
        quoteId: quoteDepth > 0 ? quoteId : 0,
        level: kind === 'heading' ? heading : lists.length,
        marker: itemMarker ?? '-',
        source: currentStart < 0 ? parser.startIndex : currentStart,
        breaks: starts.slice(1),
        row,
        tableId,
      });
      // A list item's later paragraphs continue the item, without a second marker.
      if (kind === 'item') itemMarker = '';
    }
    current = '';
    currentStart = -1;
    breaks = [];
  }
  parser.write(html);
  parser.end();
  flush();

  const htmlLines = new LineIndex(html);
  const out: string[] = [];
  const lineOf: number[] = [];
  let paragraphNo = 0;
  const emit = (line: string, source: number) => {
    out.push(line);
    lineOf.push(source);
  };
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    paragraphNo++;
    const src = unit === 'paragraph' ? paragraphNo : htmlLines.locate(p.source).line;
    const prev = pieces[i - 1];
    if (p.kind === 'cell') {
      // One table row per line: gather this row's cells.
      const cells = [p];
      while (
        pieces[i + 1]?.kind === 'cell' &&
        pieces[i + 1]!.row === p.row &&
        pieces[i + 1]!.tableId === p.tableId
      )
        cells.push(pieces[++i]!);
      const firstRow = !(prev?.kind === 'cell' && prev.tableId === p.tableId);
      if (out.length > 0 && firstRow) emit('', src);
      const cellText = (c: Piece) => c.text.replace(/\n/g, ' ').replace(/\|/g, '\\|');
      emit(`| ${cells.map(cellText).join(' | ')} |`, src);
      if (firstRow) emit(`|${cells.map(() => ' --- |').join('')}`, src);
      continue;
    }
    const quote = p.quoteDepth > 0 ? `${'>'.repeat(p.quoteDepth)} ` : '';
    const sameQuote = prev !== undefined && p.quoteDepth > 0 && prev.quoteId === p.quoteId;
    if (out.length > 0) emit(sameQuote ? '>'.repeat(Math.min(p.quoteDepth, prev!.quoteDepth)) : '', src);
    let lead = '';
    if (p.kind === 'heading') lead = `${'#'.repeat(Math.min(6, Math.max(1, p.level)))} `;
    else if (p.kind === 'item') {
      const indent = '  '.repeat(Math.max(0, p.level - 1));
      lead = p.marker ? `${indent}${p.marker} ` : `${indent}  `;
    }
    const lines = p.kind === 'heading' ? [p.text.replace(/\n/g, ' ')] : p.text.split('\n');
    lines.forEach((l, k) => {
      const at = k > 0 ? (p.breaks[k - 1] ?? -1) : -1;
      const line = unit === 'line' && at >= 0 ? htmlLines.locate(at).line : src;
      emit(`${quote}${k === 0 ? lead : lead.replace(/\S/g, ' ')}${l}`, line);
    });
  }
  return { text: `${out.join('\n')}\n`, sourceLines: [...lineOf, lineOf[lineOf.length - 1] ?? 1] };
}

/** The converted text alone (tests and callers that do not report lines). */
export function reviewHtmlToText(html: string): string {
  return convertReviewHtml(html).text;
}

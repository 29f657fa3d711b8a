import { htmlParser } from './html-parser.js';

/**
 * An EPUB's table of contents: the EPUB 3 navigation document (`<nav epub:type="toc">`) or the
 * EPUB 2 NCX. Each entry is a label, a target (archive-relative href, maybe with #fragment) and a
 * nesting level. Used to mark chapter headings that the XHTML does not mark with <h1>–<h3>.
 */
export interface TocEntry {
  label: string;
  href: string;
  /** 1 for top-level entries. */
  level: number;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** EPUB 2: navMap > navPoint (nested) > navLabel > text, content[src]. */
export function parseNcx(xml: string): TocEntry[] {
  const entries: TocEntry[] = [];
  let depth = 0;
  let inText = false;
  let label = '';
  const parser = htmlParser(
    {
      onopentag(raw, attribs) {
        const name = localName(raw);
        if (name === 'navpoint') {
          depth++;
          label = '';
        } else if (name === 'text') inText = true;
        else if (name === 'content' && attribs.src && depth > 0) {
          if (clean(label)) entries.push({ label: clean(label), href: attribs.src, level: depth });
        }
      },
      ontext(data) {
        if (inText) label += data;
      },
      onclosetag(raw) {
        const name = localName(raw);
        if (name === 'navpoint') depth--;
        else if (name === 'text') inText = false;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return entries;
}

/** EPUB 3: the `<nav epub:type="toc">` of the navigation document (else its first <nav>). */
export function parseNav(xhtml: string): TocEntry[] {
  const byNav: { toc: boolean; entries: TocEntry[] }[] = [];
  let navDepth = 0;
  let olDepth = 0;
  let link: { href: string; label: string } | null = null;
  const parser = htmlParser(
    {
      onopentag(raw, attribs) {
        const name = localName(raw);
        if (name === 'nav') {
          navDepth++;
          if (navDepth === 1)
            byNav.push({ toc: /\btoc\b/.test(attribs['epub:type'] ?? attribs.role ?? ''), entries: [] });
        } else if (navDepth > 0 && name === 'ol') olDepth++;
        else if (navDepth > 0 && name === 'a' && attribs.href) link = { href: attribs.href, label: '' };
      },
      ontext(data) {
        if (link) link.label += data;
      },
      onclosetag(raw) {
        const name = localName(raw);
        if (name === 'nav') navDepth--;
        else if (name === 'ol' && navDepth > 0) olDepth--;
        else if (name === 'a' && link) {
          const nav = byNav[byNav.length - 1];
          if (nav && clean(link.label))
            nav.entries.push({ label: clean(link.label), href: link.href, level: Math.max(1, olDepth) });
          link = null;
        }
      },
    },
    { xmlMode: false, decodeEntities: true, lowerCaseTags: false, recognizeSelfClosing: true },
  );
  parser.write(xhtml);
  parser.end();
  return (byNav.find((n) => n.toc) ?? byNav[0])?.entries ?? [];
}

/**
 * Does a TOC label name this block of text? Compares letters and digits only, case-folded, so
 * "Chapter I. The Harbour" matches "CHAPTER I" + "The Harbour" but a paragraph of prose does not.
 */
export function labelMatchesBlock(label: string, block: string): boolean {
  const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const a = key(label);
  const b = key(block);
  if (!a || !b || block.length > 120) return false;
  if (a === b) return true;
  // A short key ("i", "ii") must match whole, or a paragraph starting "I went" would match.
  return Math.min(a.length, b.length) >= 4 && (b.startsWith(a) || a.startsWith(b));
}

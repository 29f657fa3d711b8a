import type { Span } from '../book/span.js';
import type { Heading } from '../book/types.js';
import { VerbatimError } from '../errors.js';
import { decodeText } from '../text/decode.js';
import {
  type ParsedOpf,
  parseContainer,
  parseEncryptedPaths,
  parseOpf,
  resolveHref,
} from './epub-package.js';
import { labelMatchesBlock, parseNav, parseNcx, type TocEntry } from './epub-toc.js';
import { htmlToText } from './html-text.js';
import { type ZipLimits, ZipReader } from './zip.js';

/**
 * EPUB 2 and 3 → text: container.xml → OPF → spine documents in reading order, each turned into
 * text like HTML and joined with a blank line. A spine item missing from the archive is skipped
 * with a warning naming it (a damaged EPUB is still mostly readable); no readable item at all is an
 * error. Headings (<h1>–<h3>) are reported as spans into the joined text.
 */
export interface EpubText {
  text: string;
  headings: Heading[];
  title: string | null;
  author: string | null;
  language: string | null;
  warnings: string[];
}

const CONTENT_TYPES = /x?html|xml/i;

export async function epubToText(
  bytes: Uint8Array,
  file: string,
  limits?: Partial<ZipLimits>,
): Promise<EpubText> {
  const zip = await ZipReader.open(bytes, file, limits);
  try {
    const readText = async (name: string): Promise<string> =>
      decodeText(await zip.read(name), { file: `${file}!${name}` }).text;

    if (!zip.has('META-INF/container.xml')) {
      throw new VerbatimError('bad_epub', 'not an EPUB: META-INF/container.xml is missing', {
        file,
        hint: 'the zip does not hold an EPUB package',
      });
    }
    const opfPath = parseContainer(await readText('META-INF/container.xml'));
    if (!opfPath)
      throw new VerbatimError('bad_epub', 'container.xml names no package document (OPF)', { file });
    if (!zip.has(opfPath)) {
      throw new VerbatimError('bad_epub', `package document "${opfPath}" is missing from the archive`, {
        file,
      });
    }
    const opf = parseOpf(await readText(opfPath), opfPath);
    if (opf.escapingHrefs.length > 0) {
      throw new VerbatimError(
        'unsafe_archive',
        `unsafe archive: the package points outside the archive (${opf.escapingHrefs[0]})`,
        { file, hint: 'refused without extracting anything' },
      );
    }
    if (opf.spine.length === 0)
      throw new VerbatimError('bad_epub', 'the package has an empty spine', { file });
    const encrypted = zip.has('META-INF/encryption.xml')
      ? parseEncryptedPaths(await readText('META-INF/encryption.xml'))
      : new Set<string>();
    if (opf.spine.some((idref) => encrypted.has(opf.manifest.get(idref)?.path ?? ''))) {
      throw new VerbatimError('bad_epub', 'the EPUB is DRM-protected (its text is encrypted)', {
        file,
        hint: 'Verbatim reads DRM-free EPUBs only',
      });
    }

    const warnings: string[] = [];
    const headings: Heading[] = [];
    let text = '';
    let read = 0;
    /** Where each spine document landed in `text`, to place table-of-contents entries. */
    const docs = new Map<string, { blocks: Span[]; anchors: Map<string, number> }>();
    for (const idref of opf.spine) {
      const item = opf.manifest.get(idref);
      if (!item) {
        warnings.push(`spine item "${idref}" is not in the manifest; skipped`);
        continue;
      }
      if (!zip.has(item.path)) {
        warnings.push(`spine item "${item.path}" is missing from the archive; skipped`);
        continue;
      }
      if (item.mediaType && !CONTENT_TYPES.test(item.mediaType)) {
        warnings.push(`spine item "${item.path}" is ${item.mediaType}, not text; skipped`);
        continue;
      }
      read++;
      const doc = htmlToText(await readText(item.path), { xhtml: true });
      if (!doc.text) continue;
      if (text) text += '\n\n';
      const base = text.length;
      text += doc.text;
      for (const h of doc.headings) headings.push({ ...h, start: h.start + base, end: h.end + base });
      docs.set(item.path, {
        blocks: doc.blocks.map((b) => ({ start: b.start + base, end: b.end + base })),
        anchors: doc.anchors,
      });
    }
    if (read === 0) {
      throw new VerbatimError('bad_epub', 'none of the spine items could be read', {
        file,
        hint: warnings[0],
      });
    }
    const toc = await readToc(opf, readText, warnings);
    for (const h of tocHeadings(toc.entries, toc.path, docs, text)) {
      if (!headings.some((existing) => existing.start === h.start)) headings.push(h);
    }
    headings.sort((a, b) => a.start - b.start);
    return { text, headings, title: opf.title, author: opf.author, language: opf.language, warnings };
  } finally {
    zip.close();
  }
}

/** The EPUB 3 nav document if there is one, else the EPUB 2 NCX; a broken one is only a warning. */
async function readToc(
  opf: ParsedOpf,
  readText: (name: string) => Promise<string>,
  warnings: string[],
): Promise<{ path: string; entries: TocEntry[] }> {
  const items = [...opf.manifest.values()];
  const nav = items.find((i) => /\bnav\b/.test(i.properties));
  const ncx = items.find((i) => i.mediaType === 'application/x-dtbncx+xml');
  const item = nav ?? ncx;
  if (!item) return { path: '', entries: [] };
  try {
    const xml = await readText(item.path);
    return { path: item.path, entries: item === nav ? parseNav(xml) : parseNcx(xml) };
  } catch {
    warnings.push(
      `table of contents "${item.path}" could not be read; chapter headings come from the text only`,
    );
    return { path: item.path, entries: [] };
  }
}

/**
 * Headings from table-of-contents entries: the block the entry points to (the file's first block,
 * or the block holding the #fragment), kept only when its text is the entry's label, so a TOC
 * pointing into the middle of prose never turns a paragraph into a heading.
 */
function tocHeadings(
  entries: TocEntry[],
  tocPath: string,
  docs: Map<string, { blocks: Span[]; anchors: Map<string, number> }>,
  text: string,
): Heading[] {
  const out: Heading[] = [];
  for (const entry of entries) {
    const path = resolveHref(tocPath, entry.href);
    const doc = path ? docs.get(path) : undefined;
    if (!doc) continue;
    const fragment = entry.href.includes('#')
      ? safeDecode(entry.href.slice(entry.href.indexOf('#') + 1))
      : '';
    const index = fragment ? doc.anchors.get(fragment) : 0;
    const block = index === undefined ? undefined : doc.blocks[index];
    if (!block || !labelMatchesBlock(entry.label, text.slice(block.start, block.end))) continue;
    out.push({ start: block.start, end: block.end, level: entry.level, title: entry.label });
  }
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

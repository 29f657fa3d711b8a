import type { Span } from '../../book/span.js';
import { LETTERS, UPPERS } from '../../text/letters.js';
import type { ReviewDocument } from './document.js';
import { findSection } from './sections.js';

/**
 * An essay's list of sources ("Works Cited", "Bibliography"): where it is, and what its entry for the
 * novel says of the novel's author. A book without an author in its metadata (a plain text with no
 * header) still has one in an MLA essay's Works Cited, and "(Haggard 180)" then cites the novel's
 * own page, not another source.
 */

/** The heading of an essay's list of sources. */
const SOURCES_HEADING = /^(?:works cited|works consulted|bibliography|references|sources|citations)$/i;

/** The essay's list of sources, from its heading to the section's end; null if it has none. */
export function sourcesSection(doc: ReviewDocument): Span | null {
  const section = findSection(doc, SOURCES_HEADING);
  if (!section) return null;
  const { blocks, text } = doc;
  const end = section.end < blocks.length ? blocks[section.end]!.span.start : text.length;
  return { start: blocks[section.heading]!.span.end, end };
}

/** Letters and digits only, apostrophes dropped ("Solomon's" and "Solomons" alike), lower case. */
function titleKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The title a reader cites: before "or" and any subtitle ("Evelina, or, the History of…"). */
function mainTitle(title: string): string {
  return titleKey(withoutSubtitle(title));
}

/** "Frankenstein; or, The Modern Prometheus" → "Frankenstein": the title before its subtitle. */
export function withoutSubtitle(title: string): string {
  return title.split(/[:;]|,?\s+or,?\s+/i)[0] ?? title;
}

/** "Haggard, H. Rider. *King Solomon's Mines*…": the family name, then the given names. */
const ENTRY = new RegExp(
  String.raw`^\s*(?:[-*•]\s+)?([${UPPERS}][${LETTERS}'’-]+(?:[ -][${UPPERS}][${LETTERS}'’-]+)?),\s+(.*)$`,
  'u',
);

/** A given name or an initial of an entry's author ("H.", "Rider.", "Charlotte"). */
const GIVEN_WORD = new RegExp(String.raw`^[${UPPERS}][${LETTERS}'’-]*\.?$`, 'u');

/**
 * "H. Rider. King…" → given "H. Rider", then "King…": the given names before the title, up to the
 * word that ends with a stop, and what follows them.
 */
function splitGivenNames(rest: string): { given: string; after: string } {
  const words = rest.split(/\s+/);
  const out: string[] = [];
  for (const w of words.slice(0, 4)) {
    if (!GIVEN_WORD.test(w)) break;
    out.push(w);
    // "H." is an initial and goes on; "Rider." ends the name.
    if (w.endsWith('.') && w.length > 2) break;
  }
  const name = out.join(' ');
  return {
    // An initial keeps its stop ("H. R."); a name loses the one that ends the entry's author ("Rider.").
    given: /(?:^|\s)\p{Lu}\.$/u.test(name) ? name : name.replace(/\.$/, ''),
    after: words.slice(out.length).join(' '),
  };
}

/** An APA entry's year before its title: "(1920)." */
const YEAR = /^\(\d{4}[a-z]?\)\.?\s*/;

/**
 * The novel's author as the essay's list of sources gives it ("H. Rider Haggard" from "Haggard, H.
 * Rider. *King Solomon's Mines*."): the entry that names the book's title. Null when the essay has no
 * such entry.
 */
export function authorInSources(
  doc: ReviewDocument,
  sources: Span | null,
  bookTitle: string | null,
): string | null {
  if (!sources || !bookTitle) return null;
  const title = mainTitle(bookTitle);
  if (title.length < 3) return null;
  for (const block of doc.blocks) {
    if (block.span.start < sources.start || block.span.start >= sources.end) continue;
    const m = ENTRY.exec(doc.text.slice(block.content.start, block.content.end));
    if (!m) continue;
    const { given, after } = splitGivenNames(m[2]!);
    // The novel must be the entry's own title, not the journal or book a critic's article is in.
    if (!`${titleKey(after.replace(YEAR, ''))} `.startsWith(`${title} `)) continue;
    return given ? `${given} ${m[1]}` : m[1]!;
  }
  return null;
}

import type { Span } from '../../book/span.js';
import type { PronounScope } from './people-named.js';

/**
 * How far back in a paragraph a pronoun looks (characters): a "she" refers to someone named in the
 * last few sentences, and a paragraph of a thousand lines must not be read a thousand times.
 */
const LOOK_BACK = 1500;
/** How many headings above a pronoun it looks through for its person ("Quotes by Mr. Darcy" … "he replied"). */
const HEADINGS_BACK = 3;

/**
 * Where a pronoun at `at` looks for its person, nearest first: its own paragraph up to it, the
 * paragraph before, then the headings above it. Not further: a "she" three paragraphs after the
 * last woman named is a reader's guess, and a wrong guess would fail a correct quotation.
 */
export function regions(scope: PronounScope, at: number): Span[] {
  const blocks = scope.doc.blocks;
  let i = blocks.length - 1;
  while (i >= 0 && blocks[i]!.span.start > at) i--;
  if (i < 0) return [{ start: 0, end: at }];
  const out: Span[] = [{ start: Math.max(Math.min(blocks[i]!.content.start, at), at - LOOK_BACK), end: at }];
  const isHeading = (k: number) =>
    blocks[k]!.kind === 'heading' ||
    /^\s*(\*\*|__)[^*_\n]+\1\s*:?\s*$/.test(
      scope.doc.text.slice(blocks[k]!.content.start, blocks[k]!.content.end),
    );
  if (i > 0 && !isHeading(i - 1)) {
    const prev = blocks[i - 1]!.content;
    out.push({ start: Math.max(prev.start, prev.end - LOOK_BACK), end: prev.end });
  }
  let found = 0;
  for (let k = i - 1; k >= 0 && found < HEADINGS_BACK; k--) {
    if (!isHeading(k)) continue;
    out.push(blocks[k]!.content);
    found++;
  }
  return out;
}

/** The block of the page that holds `at`, or undefined. */
export function blockAt(scope: PronounScope, at: number) {
  return scope.doc.blocks.find((b) => b.content.start <= at && at < b.content.end);
}

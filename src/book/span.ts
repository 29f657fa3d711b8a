/**
 * The one position convention in Verbatim: a half-open range of UTF-16 code-unit offsets
 * into a book's text (the text `verbatim text` prints). `text.slice(start, end)` is the span.
 * Line and column are never stored; derive them from a {@link LineIndex} when a person needs them.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  if (!(start <= end)) throw new RangeError(`span start ${start} is after end ${end}`);
  return { start, end };
}

export function spanLength(s: Span): number {
  return s.end - s.start;
}

export function sliceSpan(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

export function containsOffset(s: Span, offset: number): boolean {
  return offset >= s.start && offset < s.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Index of the span in a sorted, non-overlapping list that contains `offset`, or -1.
 * Binary search: books have tens of thousands of paragraphs and sentences.
 */
export function findSpanIndex(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first span (sorted by start) whose start is >= offset; `spans.length` when none is. */
export function findFirstStartingAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first offset in a sorted list that is >= `offset`; `offsets.length` when none is. */
export function findFirstAtOrAfter(offsets: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span whose start is <= offset (for "which chapter is this in"), or -1. */
export function findLastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

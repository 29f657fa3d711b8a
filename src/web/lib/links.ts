/** Every location Verbatim reports is a link into the reader with the span highlighted. */
export function readerHref(bookId: string, start?: number, end?: number): string {
  if (start === undefined) return `#/book/${bookId}/read`;
  return `#/book/${bookId}/read?start=${start}&end=${end ?? start}`;
}

export function chapterHref(bookId: string, chapter: number): string {
  return `#/book/${bookId}/read?chapter=${chapter}`;
}

export const worldHref = (bookId: string) => `#/book/${bookId}/world`;
export const checkHref = (bookId: string) => `#/book/${bookId}/check`;
export const styleHref = (bookId: string) => `#/book/${bookId}/style`;
export const characterHref = (bookId: string, characterId: string) =>
  `#/book/${bookId}/character/${encodeURIComponent(characterId)}`;

/** The Motifs page, with the terms to look up (each `q=`). */
export const motifsHref = (bookId: string, terms: readonly string[] = []) =>
  `#/book/${bookId}/motifs${terms.length > 0 ? `?${terms.map((t) => `q=${encodeURIComponent(t)}`).join('&')}` : ''}`;

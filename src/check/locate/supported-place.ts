import type { Chapter } from '../../book/types.js';
import { type AttributionResult, SAID_ELSEWHERE_NOTE } from '../attribute/index.js';
import { chaptersCited } from './cited-chapter.js';
import type { Located } from './index.js';
import { movePlace } from './move-place.js';

/**
 * A credit supported at another place the book prints the same words is shown there: "“Of course I
 * do,” Clara answers" was shown at Burne's "Of course I do," said Burne feebly, and supported by
 * Clara's (probe round AF85). Where the writer cites a chapter, only a place in it: the citation
 * chose the chapter ("| “Hullo!” | George | Ch. 12 |", where Chapter XII has Freddy's "Hullo!"
 * first and George's after it: probe round AF93).
 */
export function showWhereSupported(
  located: Located,
  attr: AttributionResult,
  cited: number | null,
  chapters: readonly Chapter[],
): AttributionResult {
  if (attr.attribution !== 'supported' || !attr.place || located.kind !== 'passage') return attr;
  const place = located.otherLocations.find(
    (p) => p.start === attr.place!.start && p.end === attr.place!.end,
  );
  if (!place) return attr;
  if (
    cited !== null &&
    (place.chapterIndex === null || !chaptersCited(cited, chapters).has(place.chapterIndex))
  )
    return attr;
  const moved = movePlace(
    located,
    place,
    `shown where the credited speaker says these words, of ${located.otherLocations.length + 1} places`,
  );
  return moved ? { ...attr, notes: attr.notes.filter((n) => n !== SAID_ELSEWHERE_NOTE) } : attr;
}

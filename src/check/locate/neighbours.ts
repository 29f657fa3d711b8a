import type { QuoteLocation } from '../types.js';
import type { Located } from './index.js';
import { movePlace } from './move-place.js';

/**
 * A line the book prints word for word at several places is placed where the quotations beside it
 * in the review are. "When the detective arrives, she says, “Sit down,” and asks whether he has
 * “found a clue that will incriminate me”": the book has "Sit down," three times, the first of them
 * another man's, and the second quotation once, right after the narrator's "Sit down," (probe round
 * B3). Each quotation is located on its own (index.ts, best whole-line fit first, then book order);
 * this pass only chooses among places equally good.
 */

/** Characters of the book within which a neighbour's place pulls a repeated line's. */
export const NEIGHBOUR_REACH = 1500;

export interface PlacedQuote {
  located: Located;
  /** The review block (paragraph, list item, cell) the quotation stands in. */
  block: number;
}

/**
 * Moves each repeated word-for-word line to its place nearest a neighbour's (the quotation before or
 * after it in the same review block, found at one place only), where that place is within
 * NEIGHBOUR_REACH and the first place is not. Changes `located` in place.
 */
export function placeByNeighbours(quotes: readonly PlacedQuote[]): void {
  quotes.forEach((q, i) => {
    const { located } = q;
    if (located.kind !== 'passage' || located.verdict !== 'verbatim') return;
    if (!located.location || located.otherLocations.length === 0 || located.elided.length > 0) return;
    const anchors = [quotes[i - 1], quotes[i + 1]]
      .filter((n): n is PlacedQuote => !!n && n.block === q.block)
      .map((n) => n.located)
      .filter((l) => l.kind === 'passage' && l.location && l.otherLocations.length === 0)
      .map((l) => l.location!);
    if (anchors.length === 0) return;
    const distance = (p: QuoteLocation) =>
      Math.min(...anchors.map((a) => Math.max(0, a.start - p.end, p.start - a.end)));
    if (distance(located.location) <= NEIGHBOUR_REACH) return;
    const places = located.otherLocations;
    let best = -1;
    for (let k = 0; k < places.length; k++) {
      if (distance(places[k]!) > NEIGHBOUR_REACH) continue;
      if (best < 0 || distance(places[k]!) < distance(places[best]!)) best = k;
    }
    if (best >= 0) movePlace(located, places[best]!);
  });
}

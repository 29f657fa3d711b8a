import type { Span } from '../../book/span.js';
import type { Located } from './index.js';

/**
 * Shows a repeated line at another of the places it was found at (neighbours.ts, cited-chapter.ts,
 * and the place where the credited speaker says it): that place becomes `location`, the one shown
 * before joins `otherLocations`, in book order. `note`, if given, tells the reader why. Returns
 * whether it moved (not when `place` is not one of the other places).
 */
export function movePlace(located: Located, place: Span, note?: string): boolean {
  const k = located.otherLocations.findIndex((p) => p.start === place.start && p.end === place.end);
  if (!located.location || k < 0) return false;
  const chosen = located.otherLocations[k]!;
  located.otherLocations = [located.location, ...located.otherLocations.filter((_, i) => i !== k)].sort(
    (a, b) => a.start - b.start,
  );
  located.location = chosen;
  if (note) located.notes.push(note);
  return true;
}

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
  const shown = located.judgedAt?.get(located.location.start);
  const judged = located.judgedAt?.get(chosen.start);
  // Never to a place where the words are not found at all: "…make any changes" is the book's "…make
  // any change." at one place, and "…make any change at all." at the other (probe round AF213: the
  // line was shown at the second, and reported not found).
  if (judged?.verdict === 'not_found' && shown?.verdict !== 'not_found') return false;
  located.otherLocations = [located.location, ...located.otherLocations.filter((_, i) => i !== k)].sort(
    (a, b) => a.start - b.start,
  );
  located.location = chosen;
  // The chosen place's own verdict and diff, where places differ in them (an altered line found
  // equally well at several places: index.ts `judgedAt`), with its notes for those of the place before.
  if (shown && judged) {
    const kept = located.notes.filter((n) => !shown.notes.includes(n));
    Object.assign(located, { ...judged, notes: [...judged.notes, ...kept] });
  }
  if (note) located.notes.push(note);
  return true;
}

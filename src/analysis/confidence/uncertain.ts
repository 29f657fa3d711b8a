/**
 * Where a speaker stops being shown as fact: one threshold for the reader, the world page and the
 * per-character figures (src/voices), so "uncertain" means the same everywhere.
 */

/**
 * Below this calibrated confidence a speaker is shown as a question ("Elizabeth?", a dimmer badge),
 * never as fact: under 0.8 the speaker is wrong at least one time in five, too often to print a name
 * as plainly as a speech tag's. On PDNC's held-out answers (the raw answers of
 * `npm run calibrate:speakers` through the shipped map) 8,719 of 22,316 fall below it, right 0.616 of
 * the time (turn-taking 5,700, a pronoun or description tag 1,567, the ranker's own choice 869, beats
 * 583; no named tag); those at or above it are right 0.923.
 */
export const UNCERTAIN_BELOW = 0.8;

export function isUncertain(q: { speaker: string | null; confidence?: number }): boolean {
  return q.speaker !== null && (q.confidence ?? 0) < UNCERTAIN_BELOW;
}

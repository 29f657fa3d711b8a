import { setFlagsFromString } from 'node:v8';

/**
 * bin/verbatim starts a one-shot check of a short review with V8's optimizing compilers off: it is
 * over before they would pay for themselves (bin/verbatim has the figures). A check that finds it
 * must do long work after all (analyse the book, build its word index) turns them back on first,
 * or that work would run several times slower. Harmless when they are already on.
 */
export function optimizeLongWork(): void {
  setFlagsFromString('--turbofan');
  setFlagsFromString('--regexp-optimization');
}

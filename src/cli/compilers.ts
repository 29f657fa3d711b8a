/**
 * bin/verbatim starts a one-shot check of a short review with V8's optimizing compilers off: it is
 * over before they would pay for themselves (bin/verbatim has the figures). A check that finds it
 * must do long work after all (analyse the book, build its word index) turns them back on first,
 * or that work would run several times slower. Harmless when they are already on.
 */
export function optimizeLongWork(): void {
  // (node:v8 loaded here, not imported: ~3 ms that most commands never need)
  const { setFlagsFromString } = process.getBuiltinModule('node:v8');
  setFlagsFromString('--turbofan');
  setFlagsFromString('--regexp-optimization');
}

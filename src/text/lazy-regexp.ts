/**
 * A regular expression made on first use. V8 parses a pattern when it is made, so a module that
 * makes its patterns as it loads pays for all of them in every process, run or not. The credit
 * readers' patterns run to 20,000 characters; a one-shot check of a typical essay runs about a third
 * of them, and making the other 76 (340,000 characters) cost ~20 ms of its ~0.45 s.
 */
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

/**
 * A regular expression made on first use. V8 parses a pattern when it is made, so a module that
 * makes its patterns as it loads pays for all of them in every process, run or not. The credit
 * readers' patterns run to 20,000 characters; a one-shot check of a typical essay runs about a third
 * of them, and making the other 76 (340,000 characters) cost ~20 ms of its ~0.45 s.
 *
 * A pattern may also have a gate: a small pattern that every text the large one can match also
 * matches (the large one's required opening or ending, or a word it cannot do without). V8 compiles
 * a pattern on its first run, 1–11 ms for each large credit pattern, and most reviews use few of the
 * credit forms: `mayMatch` tries the gate first, so a form the review never uses costs a scan by a
 * small pattern, not the large one's making and compiling. A gate must never refuse a text the large
 * pattern matches: the test suite runs with VERBATIM_VERIFY_GATES=1 (vitest.config.ts), where a gate
 * that refuses a text its pattern matches throws, so every review a test checks holds each gate to it.
 */
export interface LazyRegExp {
  /** The pattern, made on the first call. */
  (): RegExp;
  /** False when `text` cannot hold a match (its gate does not match); true without a gate. */
  mayMatch(text: string): boolean;
  /** The gate, if any (for the tests that hold it to its promise). */
  readonly gate: RegExp | undefined;
}

const VERIFY_GATES = process.env.VERBATIM_VERIFY_GATES === '1';

export function lazyRegExp(make: () => RegExp, gate?: RegExp): LazyRegExp {
  if (gate && (gate.global || gate.sticky)) throw new Error('a gate is run with test(): no g or y flag');
  let made: RegExp | undefined;
  const get = () => {
    made ??= make();
    return made;
  };
  const mayMatch = (text: string): boolean => {
    if (gate === undefined || gate.test(text)) return true;
    if (VERIFY_GATES && new RegExp(get().source, get().flags.replace(/[gy]/g, '')).test(text)) {
      throw new Error(`the gate ${gate} refused a text its pattern matches: ${JSON.stringify(text)}`);
    }
    return false;
  };
  return Object.assign(get, { mayMatch, gate });
}

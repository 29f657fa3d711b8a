import { describe, expect, it } from 'vitest';
import { lazyRegExp } from '../../src/text/lazy-regexp.js';

describe('lazyRegExp', () => {
  it('makes its pattern on first use, once', () => {
    let made = 0;
    const re = lazyRegExp(() => {
      made++;
      return /said (\w+)/;
    });
    expect(made).toBe(0);
    expect(re().exec('“Go,” said Ruth')?.[1]).toBe('Ruth');
    expect(re()).toBe(re());
    expect(made).toBe(1);
  });

  it('says a text may match only where its gate does (no gate: any text)', () => {
    const paren = lazyRegExp(() => /\((\w+)\)\s*$/, /[([]/);
    expect(paren.mayMatch('“Go.” (Basil)')).toBe(true);
    expect(paren.mayMatch('“Go,” said Basil.')).toBe(false);
    expect(lazyRegExp(() => /x/).mayMatch('anything')).toBe(true);
  });

  it('refuses a gate that would be run with lastIndex (g or y flag)', () => {
    expect(() => lazyRegExp(() => /x/, /x/g)).toThrow(/no g or y flag/);
  });

  it('under the test suite, throws when a gate refuses a text its pattern matches', () => {
    // vitest.config.ts sets VERBATIM_VERIFY_GATES=1: every gate is held to its promise in every test
    const wrong = lazyRegExp(() => /\[(\w+)\]/, /\(/);
    expect(() => wrong.mayMatch('“Go.” [Basil]')).toThrow(/refused a text its pattern matches/);
    expect(wrong.mayMatch('“Go.”')).toBe(false);
  });
});

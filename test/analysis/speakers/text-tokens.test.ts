import { describe, expect, it } from 'vitest';
import {
  FEMALE_SUBJECT,
  MALE_OTHER,
  SENTENCE_END,
  TokenCursor,
  textTokens,
} from '../../../src/analysis/speakers/text-tokens.js';

const TEXT =
  "Mr. Darcy's sister didn't see him; she said nothing! Then he spoke of herself, and O'Brien's dog ran. The end?";

/** Token starts from `from` on, read the slow way: the token pattern run from that offset. */
function byPattern(text: string, from: number): number[] {
  const re = /[\p{L}][\p{L}'\u2019]*|[.!?;]/gu;
  re.lastIndex = Math.max(0, from);
  const out: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

describe('the text tokens the salience model reads', () => {
  it('reads from any offset, even inside a word, exactly as the token pattern would', () => {
    const tok = textTokens(TEXT);
    const cursor = new TokenCursor(TEXT, tok);
    for (let from = -3; from <= TEXT.length; from++) {
      cursor.seek(from);
      const got: number[] = [];
      for (let off = cursor.next(); off >= 0; off = cursor.next()) got.push(off);
      expect(got, `from ${from}`).toEqual(byPattern(TEXT, from));
    }
  });

  it('knows sentence stops and the pronouns of each gender', () => {
    const tok = textTokens(TEXT);
    const kindAt = (word: string) => tok.kinds[[...tok.starts].indexOf(TEXT.indexOf(word))];
    expect(kindAt('; she')).toBe(SENTENCE_END);
    expect(kindAt('she said')).toBe(FEMALE_SUBJECT);
    expect(kindAt('him;')).toBe(MALE_OTHER);
  });
});

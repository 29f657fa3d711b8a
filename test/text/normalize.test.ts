import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';

/** Find `needle` in the normalised view of `text` and return the original slice it came from. */
function originalOf(text: string, needle: string): string {
  const v = normalize(text);
  const at = v.text.indexOf(needle);
  expect(at, `"${needle}" not found in "${v.text}"`).toBeGreaterThanOrEqual(0);
  const s = v.toOriginal(at, at + needle.length);
  return text.slice(s.start, s.end);
}

describe('normalize', () => {
  it('folds case, quotes, dashes, ligatures, underscores and whitespace by default', () => {
    const text = '“_You_ want to tell me,” said she—\r\n  ‘I’ve  no ﬁne\tobjection’ -- none.';
    expect(normalize(text).text).toBe("\"you want to tell me,\" said she—'i've no fine objection'—none.");
  });

  it('joins a word hyphenated at a line end but keeps hyphens inside a line', () => {
    expect(normalize('the con-\ngregation and a well-known man').text).toBe(
      'the congregation and a well-known man',
    );
    expect(normalize('con-\r\n   gregation').text).toBe('congregation');
    // A capital after the line break is a compound or a name, not a broken word.
    expect(normalize('Anglo-\nSaxon').text).toBe('anglo- saxon');
  });

  it('treats spaced and doubled hyphens as one dash form, whatever the spacing', () => {
    const forms = ['wait -- no', 'wait--no', 'wait — no', 'wait—no', 'wait – no', 'wait - no', 'wait---no'];
    for (const f of forms) expect(normalize(f).text, f).toBe('wait—no');
  });

  it('spells out ellipses and keeps lone surrogates and astral characters', () => {
    expect(normalize('So…').text).toBe('so...');
    expect(normalize('a\ud800b 😀').text).toBe('a\ud800b 😀');
  });

  it('maps a match back to the exact original span, markup and line breaks included', () => {
    expect(originalOf('He said, “I am _not_ afraid,”\nand left.', '"i am not afraid,"')).toBe(
      '“I am _not_ afraid,”',
    );
    expect(originalOf('so well fixed in the minds\r\nof the surrounding', 'minds of the')).toBe(
      'minds\r\nof the',
    );
    expect(originalOf('he went to church -- that is, he went', 'church—that')).toBe('church -- that');
    expect(originalOf('the con-\ngregation sang', 'congregation')).toBe('con-\ngregation');
    expect(originalOf('a ﬁne day', 'fine')).toBe('ﬁne');
  });

  it('respects options that are turned off', () => {
    const text = 'Mr. “Darcy”  --  _now_';
    expect(normalize(text, { caseFold: false, quotes: false, dashes: false, underscores: false }).text).toBe(
      'Mr. “Darcy” -- _now_',
    );
    expect(normalize(text, { whitespace: false, dashes: false }).text).toBe('mr. "darcy"  --  now');
  });

  it('normalises only the requested range, with offsets into the whole text', () => {
    const text = 'CHAPTER I.\n\nIt is a TRUTH.';
    const v = normalize(text, undefined, { start: 12, end: text.length });
    expect(v.text).toBe('it is a truth.');
    expect(v.map[0]).toBe(12);
    expect(v.map[v.text.length]).toBe(text.length);
    const s = v.toOriginal(8, 13);
    expect(text.slice(s.start, s.end)).toBe('TRUTH');
  });

  it('converts original offsets to normalised ones', () => {
    const text = '_Hello_   World';
    const v = normalize(text);
    expect(v.text).toBe('hello world');
    expect(v.toNormalized(text.indexOf('World'))).toBe(6);
    expect(v.toNormalized(0)).toBe(0);
  });

  it('drops accents only when asked, mapping back over combining marks', () => {
    const text = 'A naïve Café owner, cafe\u0301 and Ελληνικά';
    expect(normalize(text).text).toBe('a naïve café owner, cafe\u0301 and ελληνικά');
    const v = normalize(text, { diacritics: true });
    expect(v.text).toBe('a naive cafe owner, cafe and ελληνικα');
    const at = v.text.lastIndexOf('cafe');
    const s = v.toOriginal(at, at + 4);
    expect(text.slice(s.start, s.end)).toBe('cafe\u0301');
  });

  it('keeps the text length when case folding special capitals', () => {
    expect(normalize('İSTANBUL ΟΔΟΣ').text).toBe('istanbul οδοσ');
  });
});

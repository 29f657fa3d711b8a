/**
 * Chapter numbers as printed: roman (XIV), arabic (14), spelled cardinals ("Fourteen", "Twenty-One")
 * and ordinals ("the Fourteenth", "the Last"). Used to read headings and check they run in sequence.
 */

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Value of a well-formed roman numeral (case-insensitive), or null. */
export function romanValue(s: string): number | null {
  const t = s.toLowerCase();
  if (t.length === 0 || t.length > 12) return null;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]!];
    if (v === undefined) return null;
    const next = i + 1 < t.length ? ROMAN[t[i + 1]!] : undefined;
    if (next !== undefined && next > v) total -= v;
    else total += v;
  }
  // Reject malformed numerals ("IIII" is tolerated by clocks, not by us; "IM" is not a number).
  return toRoman(total) === t ? total : null;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let r = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      r += s;
      rest -= v;
    }
  }
  return r;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
];
const ORDINAL_TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ORDINAL_TENS = [
  '',
  '',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];

const WORDS = new Map<string, number>();
for (let n = 1; n < 100; n++) {
  if (n < 10) {
    WORDS.set(UNITS[n]!, n);
    WORDS.set(ORDINAL_UNITS[n]!, n);
  } else if (n < 20) {
    WORDS.set(TEENS[n - 10]!, n);
    WORDS.set(ORDINAL_TEENS[n - 10]!, n);
  } else {
    const t = Math.floor(n / 10);
    const u = n % 10;
    if (u === 0) {
      WORDS.set(TENS[t]!, n);
      WORDS.set(ORDINAL_TENS[t]!, n);
    } else {
      for (const sep of ['-', ' ', '']) {
        WORDS.set(`${TENS[t]}${sep}${UNITS[u]}`, n);
        WORDS.set(`${TENS[t]}${sep}${ORDINAL_UNITS[u]}`, n);
      }
    }
  }
}
WORDS.set('last', 9999);
WORDS.set('one hundred', 100);
WORDS.set('hundredth', 100);

/** Value of a spelled number ("Twenty-One", "the Third", "Last" = 9999), or null. */
export function wordNumberValue(s: string): number | null {
  const t = s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return WORDS.get(t) ?? null;
}

/** Pattern source matching one spelled number (cardinal or ordinal, up to ninety-nine, or "last"). */
export const WORD_NUMBER_PATTERN = (() => {
  const unit = '(?:one|two|three|four|five|six|seven|eight|nine)';
  const ordUnit = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)';
  const tens = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
  const ordTens = '(?:twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)';
  const teens =
    '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
    'tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)';
  return `(?:${tens}[- ]?(?:${unit}|${ordUnit})|${ordTens}|${tens}|${teens}|${unit}|${ordUnit}|last)`;
})();

/** Value of a chapter number in any of the printed forms, or null. */
export function numberValue(s: string): number | null {
  const t = s.replace(/\.$/, '').trim();
  if (/^\d{1,4}$/.test(t)) return Number.parseInt(t, 10);
  return romanValue(t) ?? wordNumberValue(t);
}

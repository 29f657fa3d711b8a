/**
 * Months and weekdays that a book uses as names: "May Welland", "said June", Robinson Crusoe's man
 * Friday. They are never names on their own (NOT_NAMES); a book that uses one as a name makes it one
 * there, except where the context says the date ("in May", "on Friday").
 */
import { HONORIFICS, NOT_NAMES } from '../lexicon.js';

/** The calendar words one book uses as names, and where such a word is still the date. */
export interface CalendarNames {
  /** Lower-case month and weekday words this book uses as names. */
  names: ReadonlySet<string>;
  /** The calendar word (lower case) at start..end is the month or the day, not the person. */
  isDateAt(word: string, start: number, end: number): boolean;
}

/** Months that are also given names: "May Welland", "said June". */
const MONTH_GIVEN_NAMES = ['April', 'May', 'June', 'August'];
/** Before a month, these make it the month: "in May", "since June", "last August". */
const MONTH_CONTEXT =
  /\b(?:in|of|since|until|till|by|last|next|early|late|mid|during|through|from|this|that|whole|cold|warm|fine)\s+$/i;

/**
 * The month words this book uses as a given name: several times capitalised mid-sentence right before
 * another capitalised word ("with May Welland"), which a date never is.
 */
function monthsUsedAsNames(text: string): Set<string> {
  const counts = new Map<string, number>();
  const re = new RegExp(
    String.raw`(?<=[\p{Ll},;] )(${MONTH_GIVEN_NAMES.join('|')})[ \t]+(\p{Lu}\p{Ll}+)`,
    'gu',
  );
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const next = m[2]!.toLowerCase();
    if (NOT_NAMES.has(next) || HONORIFICS.has(next)) continue;
    counts.set(m[1]!.toLowerCase(), (counts.get(m[1]!.toLowerCase()) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([w]) => w));
}

/** A month word alone is the month after "in", before a day number, or a modal before a pronoun ("May I"). */
function monthNotName(text: string, start: number, end: number): boolean {
  if (MONTH_CONTEXT.test(text.slice(Math.max(0, start - 12), start))) return true;
  return /^[ \t]*(?:\d|(?:I|we|you|he|she|it|they|one|not)\b)/.test(text.slice(end, end + 6));
}

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
/** Before a weekday, these make it the day: "on Friday", "last Sunday", "Good Friday". */
const WEEKDAY_CONTEXT =
  /\b(?:on|last|next|this|every|till|until|by|since|of|one|that|from|to|before|after|each|good|holy|easter|palm|ash)\s+$/i;
/** …of which these leave no doubt in a book whose Friday is a man ("to Friday", "from Friday" may be him). */
const SURELY_A_DAY = /\b(?:on|last|next|every|till|until|since|good|holy|easter|palm|ash)\s+$/i;
/** A weekday as the subject of a verb: "Friday wished", "Friday said". */
const SUBJECT_OF_VERB =
  /^\s+(?:said|says|told|answered|replied|asked|cried|saw|went|came|had|was|did|made|took|looked|began|ran|laughed|\p{Ll}+ed)\b/u;
/** A weekday the subject of a verb this many times at least (and no less often than a date) is a name. */
const WEEKDAY_NAME_MIN = 10;

/**
 * The weekdays this book uses as a name: Robinson Crusoe's man Friday is the subject of a verb 44
 * times and in a date's context ("on Friday") 29, where no other corpus novel's day is a subject more
 * than four times, or more often than it is a date.
 */
function weekdaysUsedAsNames(text: string): Set<string> {
  const subject = new Map<string, number>();
  const date = new Map<string, number>();
  for (const m of text.matchAll(WEEKDAY)) {
    const day = m[1]!;
    const at = m.index!;
    if (WEEKDAY_CONTEXT.test(text.slice(Math.max(0, at - 12), at))) date.set(day, (date.get(day) ?? 0) + 1);
    else if (SUBJECT_OF_VERB.test(text.slice(at + day.length, at + day.length + 16)))
      subject.set(day, (subject.get(day) ?? 0) + 1);
  }
  return new Set(
    [...subject]
      .filter(([day, n]) => n >= WEEKDAY_NAME_MIN && n >= (date.get(day) ?? 0))
      .map(([day]) => day.toLowerCase()),
  );
}

export function calendarNames(text: string): CalendarNames {
  const months = monthsUsedAsNames(text);
  const days = weekdaysUsedAsNames(text);
  return {
    names: new Set([...months, ...days]),
    isDateAt: (word, start, end) =>
      (months.has(word) && monthNotName(text, start, end)) ||
      // "on Friday" is the day even in a book whose Friday is a man
      (days.has(word) && SURELY_A_DAY.test(text.slice(Math.max(0, start - 12), start))),
  };
}

import type { Span } from '../../book/span.js';
import { PLAIN_TAG_VERBS, titleAlternation } from '../../lexicon.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { LETTERS, LOWERS, UPPERS } from '../../text/letters.js';
import type { Cast, CastCharacter } from './cast.js';
import type { Person } from './identity.js';
import { parseName } from './names.js';

/** A speech that is a name and nothing more ("Harris," "John Beaver?"). */
const NAME_ONLY = new RegExp(String.raw`^[${UPPERS}][${LETTERS}'’.\- ]*[,.!?…-]*$`, 'u');
/** An apostrophe inside a word ("I'm", "didn't"). */
const APOSTROPHE_IN_WORD = new RegExp(`([${LETTERS}])['’]([${LETTERS}])`, 'gu');

/**
 * The people a line of speech calls by name: “No, Harriet; I'll try”, “You appear to me, Mr. Darcy,
 * to allow nothing”, “Oh, Mr. Emerson, whatever do you mean?”. In a talk between two, each speaks to
 * the other, so a name called in one turn is the speaker of the turns on the other parity; a name that
 * is neither of the two shows a third person in the talk (alternation.ts). Names as printed; the
 * caller resolves them with the book's cast and drops what no character is called.
 */

const TITLE = `(?:${titleAlternation()})\\.?`;
// (a hyphen inside a name, "Mary-Anne"; two are a dash, as plain-text editions print one:
// "you know, Paul--I've never", probe round AF223, where the call was not seen)
const CAP = `[${UPPERS}](?:[${LETTERS}'’]|-(?!-))*`;
const NAME = `(?:${TITLE}\\s+)?${CAP}(?:\\s+${CAP}){0,2}`;
/** Where a called name stands: opening the speech or a sentence, after a comma or dash, after "Oh", "my dear". */
const BEFORE = `(?:^|[,;:!?\\u2014\\u2013]\\s*|--\\s*|[.]\\s+|\\b(?:[Oo]h|O|[Mm]y\\s+(?:dear(?:est)?|good)|[Dd]ear(?:est)?)\\s+)`;
/**
 * …and what follows it: a comma, a stop, the end of the speech; not "Jane and Kitty", "Jane's", nor
 * the subject of a verb after an aside ("Cousin John, perhaps, is better": Jarndyce naming himself).
 */
const AFTER = `(?=\\s*(?:[,!?;.\\u2014\\u2013]|--|$))(?!,?\\s+(?:and|or|nor)\\b)(?!,\\s*(?:[${LOWERS}]+\\s*){1,3},\\s*(?:is|was|are|were|has|had|will|would|may|might|can|could|shall|should|must|does|did)\\b)`;
const CALLED = new RegExp(`${BEFORE}(${NAME})${AFTER}`, 'gu');

/**
 * A part that is only a name, in a speech that goes on after its tag: a call when it opens with an
 * address ("My dear Rachel,") or is one word ("Harriet," said Lucy, "come here"), and the tag does
 * not answer ("“Ben Weatherstaff,” he answered, and then he added…": his own name, probe round Z).
 */
function callsOnward(text: string, parts: readonly Span[], k: number, s: string): boolean {
  const next = parts[k + 1];
  if (!next) return false;
  if (/\b(?:answer|answered|answers|replied|replies|reply)\b/i.test(text.slice(parts[k]!.end, next.start)))
    return false;
  return (
    /^(?:(?:[Mm]y\s+)?[Dd]ear(?:est)?|[Oo]h?|[Mm]y)\s/u.test(s) || !s.replace(/[,.!?…-]+$/, '').includes(' ')
  );
}

/** The names the quoted parts call, in order (each once). */
export function calledNames(text: string, parts: readonly Span[]): string[] {
  const out: string[] = [];
  parts.forEach((p, k) => {
    const s = text.slice(p.start, p.end).replace(/\s+/g, ' ').trim();
    CALLED.lastIndex = 0;
    // the whole speech a name ("Harris," said Lucy; "John Beaver?"): an answer or an echo, not a call;
    // but a name opening a speech that goes on after its tag calls ("“My dear Rachel,” she
    // remonstrated, “you have…”": probe round AA2, Lady Verinder's line given to Rachel, supported)
    if (NAME_ONLY.test(s) && s.split(' ').length <= 4 && !callsOnward(text, parts, k, s)) return;
    for (let m = CALLED.exec(s); m; m = CALLED.exec(s)) {
      const name = m[1]!;
      const at = m.index + m[0].length - name.length;
      const echo = at === 0 && /^\s*\?/.test(s.slice(m.index + m[0].length));
      if (!/[’']s$/.test(name) && !echo && !out.includes(name)) out.push(name);
      // let the comma after one name open the next ("Jane, Lizzy, come here")
      CALLED.lastIndex = m.index + m[0].length;
    }
  });
  return out;
}

/**
 * Speech that reports other speech ("Some one said to me, ‘Oh, we don’t read Ruskin, Mrs. Hilbery.’",
 * "he says, Harriet, that…"): its calls may be someone else's. A verb of saying leading into words
 * (a comma or colon after it, "to me" between), not any "say": "you have really no right to say
 * that!" calls Rachel (probe round AA2).
 */
const REPORTS_SPEECH = new RegExp(
  String.raw`[“”"‘]|(?<![${LETTERS}])'(?![${LETTERS}])|\b(?:said|says|say|saying)\b(?:\s+to\s+[${LETTERS}]+)?\s*[,:]|\b(?:said|says|saying)\s+(?:that|how)\b`,
  'u',
);
/** A name given as an answer or said of oneself: "Sissy Jupe, sir.", "I, Hercule Poirot,", "this is me, Brenda". */
const NAME_ANSWER = new RegExp(
  String.raw`^[${UPPERS}][${LETTERS}'’.\- ]*,?\s*(?:sir|ma'am|madam|miss|mum|my\s+lady|my\s+lord)?[,.!?…-]*$`,
  'u',
);

/**
 * "George Jackson, sir. I'm only a boy.": a name and "sir" as the speech's first sentence answers
 * who is there (or announces a visitor), whoever the speech goes on to address (probe AC6).
 */
const NAME_ANSWER_OPENS = new RegExp(
  String.raw`^[${UPPERS}][${LETTERS}'’.\- ]*,\s*(?:sir|ma'am|madam|miss|mum|my\s+lady|my\s+lord)[.!]\s`,
  'u',
);

/**
 * "Mr. Lockwood, your new tenant, sir.", "Tom Brown, at your service.": one's own name, then what one
 * is to the listener (Wuthering Heights, probe round AF248: read as a call to Lockwood, and a right
 * credit to him contradicted).
 */
const SELF_DESCRIBED = new RegExp(
  String.raw`^[${UPPERS}][${LETTERS}'’.\- ]*,\s*(?:at\s+your\s+service|your\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|can|must)\b)[${LOWERS}]+\s+){0,2}[${LOWERS}]+)(?:,\s*(?:sir|ma'am|madam|miss|my\s+lady|my\s+lord))?[.!]`,
  'u',
);

/** "Becky Thatcher. What's yours?": one's own name given, then the other's asked for. */
const SELF_INTRODUCED = new RegExp(
  `^${NAME}[.,]\\s+(?:(?:[Aa]nd\\s+)?(?:[Ww]hat['’]s|[Ww]hat\\s+is|[Ww]ho\\s+are)\\s+(?:yours|you)|[Aa]nd\\s+(?:yours|you))\\s*\\?`,
  'u',
);

/** A name signing a letter at the end of the words: after a dash, or after "Yours," and the like. */
const SIGNATURE = new RegExp(
  String.raw`(?:[-—–]{1,2}\s*|\b(?:[Yy]ours|[Aa]ffectionately|[Ss]incerely|[Ff]aithfully|[Tt]ruly|[Ee]ver)\s*,\s*)([${UPPERS}][${LETTERS}'’.-]*(?:\s+[${UPPERS}][${LETTERS}'’.-]*){0,2})\s*\.?\s*$`,
  'u',
);

/**
 * The names a speech surely calls the person it is said to: calledNames, but not in a speech that
 * reports another's words, not a name given as an answer, not a name the speaker gives themself
 * ("I, Hercule Poirot", "me, Brenda", "am Dallas"). How rarely such a call names the speech's own
 * speaker is measured by `npm run eval:vocatives` (thresholds.ts, VOCATIVE_CONTRADICT_MIN).
 */
export function addressedNames(text: string, parts: readonly Span[]): string[] {
  const speech = parts
    .map((p) => text.slice(p.start, p.end))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (
    REPORTS_SPEECH.test(speech.replace(APOSTROPHE_IN_WORD, '$1$2')) ||
    NAME_ANSWER.test(speech) ||
    NAME_ANSWER_OPENS.test(speech) ||
    SELF_DESCRIBED.test(speech) ||
    SELF_INTRODUCED.test(speech)
  )
    return [];
  // A letter read out, signed at its end ("…I won't want it.--CARRIE.", "Yours ever, Jane"): the
  // name signs it and calls no one (Sister Carrie, probe round AF297: Carrie's note was said to be
  // spoken to her, and a right credit to her contradicted).
  const signedBy = SIGNATURE.exec(speech)?.[1]?.replace(/\.$/, '').toLowerCase() ?? null;
  return calledNames(text, parts).filter((name) => {
    if (signedBy !== null && name.toLowerCase() === signedBy) return false;
    const escaped = escapeRegExp(name);
    // (one word between: "she is Mrs. Bhattacharya", "_Me_, Hercule Poirot")
    return !new RegExp(
      `(?<![${LETTERS}])(?:I|me|myself|am|is|was|it's|name's)[_*]*\\s*,?\\s*(?:\\S+\\s+)?${escaped}`,
      'iu',
    ).test(speech);
  });
}

/** The character a called name surely means: the one the cast calls so, else the one character the name fits. */
export function calledCharacter(name: string, cast: Cast): CastCharacter | null {
  const called = cast.characterCalled(name);
  const named = called ? [called] : cast.charactersNamed(name);
  return named.length === 1 ? named[0]! : null;
}

/**
 * The name by which the speech at a located line surely calls one of the claimed people, and by a
 * word of the writer's own name for them: the call shows whom the line is said to, and the shared
 * word that the writer means that one ("Miss Dashwood", which the cast may give to the wrong sister,
 * is not contradicted by a line that calls "Marianne"). With `written` empty, by any of their names
 * (enough to withhold support, not to contradict). Null when there is no such call.
 */
export function callsClaimed(
  claimed: readonly Person[],
  written: string,
  loc: Span,
  book: {
    bookText: string;
    cast: Cast;
    /** The parts of the speech at an offset (the speaker model's), or null. */
    speechOf: ((at: number) => readonly Span[] | null) | null;
  },
): string | null {
  // A name that may mean several people is not excluded by a call to one of them.
  if (claimed.length !== 1) return null;
  const writtenWords = new Set(parseName(written).words);
  const parts = book.speechOf?.(loc.start) ?? [loc];
  if (talksToThemself(book.bookText, parts)) return null;
  for (const name of addressedNames(book.bookText, parts)) {
    if (written !== '' && !parseName(name).words.some((w) => writtenWords.has(w))) continue;
    const c = calledCharacter(name, book.cast);
    if (c && claimed.some((p) => p.id !== null && p.id === c.id)) return name;
  }
  return null;
}

/**
 * Narration saying a speech is said to its speaker: "said she to herself", "apostrophizing himself"
 * (not any reflexive: "said he, drawing himself up" is said to someone else).
 */
const ONESELF =
  /\b(?:to|apostrophi[sz]ing|addressing|admonishing|reproaching|exhorting|encouraging|scolding)\s+(?:him|her|my)self\b/i;

/**
 * "“Well, Dick,” said our hero, apostrophizing himself, “you're gettin' up in the world”": a speaker
 * who calls themself by name, as the tag of the speech says; the call shows nothing about whom it is
 * said to (Ragged Dick: the line was given to the man Dick had just left; probe round O4). Read in
 * the tag's sentence after each part of the speech, and in the words leading into its first part.
 */
function talksToThemself(text: string, parts: readonly Span[]): boolean {
  for (const p of parts) {
    const after = text.slice(p.end, p.end + 160).replace(/^[\s”"’',.!?;:\u2014\u2013-]+/, '');
    const tag = after.split(/[“"‘]/)[0]!.split(/(?<=[.!?])\s/)[0]!;
    if (ONESELF.test(tag)) return true;
  }
  const first = parts[0];
  if (!first) return false;
  const before = text.slice(Math.max(0, first.start - 160), first.start).replace(/[\s“"‘]+$/, '');
  const lead = before
    .split(/[”"’]/)
    .pop()!
    .split(/(?<=[.!?])\s/)
    .pop()!;
  // (only words that lead into the speech: "he said to himself," not "She looked at herself.")
  return /[,:\u2014]$/.test(lead) && ONESELF.test(lead);
}

/**
 * "“A,” he said. “B”": between the words before and these, only a pronoun's tag in one sentence
 * and no line break: the same speaker's turn goes on. The words before, or null. (The nine plainest
 * tag verbs, "said" to "continued": a pronoun's tag with any of them keeps the turn.)
 */
const PRONOUN_TAG_BETWEEN = new RegExp(
  `[”"]\\s*,?\\s*(?:he|she|I|they|we)\\s+(?:${PLAIN_TAG_VERBS.slice(0, 9).join('|')}|went\\s+on)(?:\\s+[${LOWERS}]+ly)?[.,;:]?\\s*[“"]$`,
  'u',
);
function turnBefore(text: string, first: Span): Span | null {
  const lead = text.slice(Math.max(0, first.start - 60), first.start);
  const tag = PRONOUN_TAG_BETWEEN.exec(lead);
  if (!tag || lead.slice(tag.index).includes('\n')) return null;
  const end = first.start - (lead.length - tag.index);
  const open = Math.max(text.lastIndexOf('“', end - 1), text.lastIndexOf('"', end - 1));
  // (the words before open in the same paragraph)
  if (open < 0 || text.slice(open, end).includes('\n\n') || end - open > 400) return null;
  return { start: open + 1, end };
}

/** "I am Montraville", "my name is Pip", "I'm Tom Sawyer": the speaker gives their own name (not "I am Jane's friend"). */
const SELF_NAMED = new RegExp(
  `(?<![${LETTERS}'’])(?:I\\s+am|I['’]m|[Mm]y\\s+name\\s+is|[Mm]y\\s+name['’]s)\\s+(${NAME})`,
  'u',
);

/**
 * Why the line at `loc` is not by the claimed person, by its own words: it calls them by name (it is
 * said to them: callsClaimed), or its speaker names themself as another character of the book ("If
 * thou art the father of Charlotte Temple… I am Montraville", credited to Belcour, whom the model
 * gave as its second choice; probe round Y4). Null when the words say neither. Enough to withhold
 * the model's support, not to contradict.
 */
export function lineDeniesClaim(
  claimed: readonly Person[],
  loc: Span,
  book: Parameters<typeof callsClaimed>[3],
): string | null {
  const called = callsClaimed(claimed, '', loc, book);
  if (called) return `the line calls “${called}” by name: it is said to them`;
  // …or the words of the same turn just before it, past a tag of a pronoun: "“Oh, yeh needn't mind,
  // Henry,” he said. “I believe I was a pretty big fool in those days.”" (The Red Badge of Courage,
  // probe round AF236: the second sentence, credited to Henry, supported for him at 0.74)
  const before = turnBefore(book.bookText, book.speechOf?.(loc.start)?.[0] ?? loc);
  const calledBefore = before ? callsClaimed(claimed, '', before, { ...book, speechOf: null }) : null;
  if (calledBefore) return `the turn calls “${calledBefore}” by name just before: it is said to them`;
  const parts = book.speechOf?.(loc.start) ?? [loc];
  const speech = parts
    .map((p) => book.bookText.slice(p.start, p.end))
    .join(' ')
    .replace(/\s+/g, ' ');
  const name = SELF_NAMED.exec(speech)?.[1];
  const self = name && !/['’]s$/.test(name) ? calledCharacter(name, book.cast) : null;
  if (!self || claimed.some((p) => p.id === self.id)) return null;
  return `the line's speaker names themself “${name}”`;
}

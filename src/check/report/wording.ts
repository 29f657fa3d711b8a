import { RUNNER_UP_RULE } from '../attribute/evidence.js';
import { elsewhereSentence } from '../elsewhere.js';
import type { AttributionEvidence, CheckedQuote, CheckReport, Credit } from '../types.js';

/**
 * The one place where a checked quotation becomes sentences a teacher reads. The text, Markdown and
 * HTML reports and the web app (through the server's view JSON) all show these sentences, so a
 * verdict is worded the same way everywhere and a wording fix is made once.
 *
 * The rule every sentence here keeps: it says one thing about who speaks a line. "The book agrees"
 * only for `supported`, "the book's speaker is X" only for `contradicted`, and where the book cannot
 * settle it, it says so and names the book's *likeliest* speaker with the evidence (never "X says
 * this" beside "not known"). test/check/report-wording.test.ts holds every combination to that.
 */

/** How a sentence should look: a problem (red), unsure (amber), fine (green), or plain information. */
export type Tone = 'problem' | 'unsure' | 'ok' | 'info';

export interface Sentence {
  text: string;
  tone: Tone;
}

/** What is wrong with a quotation, worst first: the order the reports list them in. */
export type QuoteProblem = 'not_found' | 'altered' | 'wrong_speaker';

export interface QuoteSentences {
  /** The worst thing wrong with it, or null. */
  problem: QuoteProblem | null;
  /** "line 5" or, for DOCX, "paragraph 5". */
  place: string;
  /** How the writer set it off, when not by quote marks: "a block quotation", "no quotation marks". */
  setOff: string | null;
  /** The verdict on the words: "Not found in the book.", "Misquoted: …", "Quoted exactly." … */
  verdict: Sentence;
  /** The chapter as printed, when located. */
  where: string | null;
  /** Who the writer credits, how that was read, and what the book says about it (with evidence). */
  attribution: Sentence | null;
  /** "Emma tells Harriet": the addressee against the book's model. */
  addressee: Sentence | null;
  /** For a word or phrase in quotation marks: how often the book uses it. */
  term: string | null;
  /** Further notes ("[sic] noted", "quote marks unbalanced: …"). */
  notes: string[];
}

export function placeLabel(unit: CheckReport['reviewLineUnit'], line: number): string {
  return `${unit === 'paragraph' ? 'paragraph' : 'line'} ${line}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A", "A or B", "A, B or C". */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function problemOf(q: CheckedQuote): QuoteProblem | null {
  if (q.kind === 'passage' && q.verdict === 'not_found') return 'not_found';
  if (q.kind === 'passage' && q.verdict === 'altered') return 'altered';
  if (q.attribution === 'contradicted') return 'wrong_speaker';
  return null;
}

const SET_OFF: Record<CheckedQuote['setOff'], string | null> = {
  'quote-marks': null,
  'block-quote': 'a block quotation',
  'list-item': 'a list item',
  'table-cell': 'a table cell',
  screenplay: 'a screenplay line',
  unmarked: 'no quotation marks',
};

function verdictSentence(q: CheckedQuote): Sentence {
  if (q.kind === 'term') {
    return q.verdict === 'not_found'
      ? { text: 'A word or phrase in quotation marks that the book never uses.', tone: 'info' }
      : { text: 'A word or phrase in quotation marks: the book uses it.', tone: 'info' };
  }
  switch (q.verdict) {
    case 'not_found':
      return { text: 'Not found in the book.', tone: 'problem' };
    case 'altered':
      return { text: 'Misquoted: the book has these words differently.', tone: 'problem' };
    case 'verbatim':
      return { text: 'Quoted exactly.', tone: 'ok' };
    case 'not_checked':
      return { text: `Not checked: ${q.kindReason}.`, tone: 'info' };
  }
}

/**
 * The writer's credit, even for reports made before `credit` existed (only `claimedSpeaker`).
 * Null when the writer credits no one.
 */
function creditOf(q: CheckedQuote): Credit | null {
  // (a name the page broke over two lines, "Mr⏎Vladimir", on one line of the report: probe round AF247)
  if (q.credit)
    return {
      ...q.credit,
      name: q.credit.name.replace(/\s+/g, ' '),
      pronoun: q.credit.pronoun?.replace(/\s+/g, ' ') ?? null,
    };
  if (!q.claimedSpeaker) return null;
  const narrator = /^(?:the|our|her|his) (?:narrator|speaker)$/i.test(q.claimedSpeaker.trim());
  return {
    kind: narrator ? 'narrator' : 'character',
    name: q.claimedSpeaker,
    ruleId: '',
    span: q.reviewSpan,
    pronoun: null,
    addressee: null,
  };
}

/**
 * The credit as the writer set it down, for "(read from …)". The rule id says the form; the written
 * form of a dash line, a parenthesis or a screenplay prefix is rebuilt from the name. Any other rule
 * says where the credit stood.
 */
function writtenCredit(q: CheckedQuote, credit: Credit): string | null {
  const name = credit.name;
  const rule = credit.ruleId;
  if (credit.pronoun) return `“${credit.pronoun}”`;
  if (rule === 'credit/name-dash') return `“${name} —”`;
  if (/dash/.test(rule)) return `“— ${name}”`;
  if (/paren/.test(rule)) return `“(${name})”`;
  // (a script's name, with its colon or on a line of its own above the words: probe round AF278,
  // "read from “MR. JAMIESON:”" for a name line with no colon; and "Amy, ever practical, brushes off
  // the loss:" is the writer's sentence, not "Amy:")
  if (rule === 'credit/screenplay') return `the script’s speaker name “${name}”`;
  if (/heading/.test(rule)) return `the heading “${name}”`;
  if (/inside|copied|book-tag/.test(rule)) return 'the speech tag inside the quotation';
  if (/between/.test(rule)) return 'the speech tag between its parts';
  if (rule === 'credit/table-column') return 'the table’s speaker column';
  if (rule === 'credit/speaker-label') return 'the label naming the speaker';
  if (rule === 'credit/quiz-answer') return 'the answer below it';
  if (rule === 'credit/answer-key') return 'the answer key';
  if (!rule) return null;
  if (credit.span.end <= q.reviewSpan.start) return 'the words before it';
  if (credit.span.start >= q.reviewSpan.end) return 'the words after it';
  return null;
}

/** "credited to Elizabeth Bennet (read from “— Lizzy”)". */
function creditPhrase(q: CheckedQuote, credit: Credit): string {
  if (credit.kind === 'author' || q.claimedCharacter?.status === 'author') {
    return `credited to the author, ${credit.name}`;
  }
  if (credit.kind === 'narrator' || q.claimedCharacter?.status === 'narrator')
    return 'credited to the narrator';
  const resolved = q.claimedCharacter?.status === 'character' ? q.claimedCharacter.character : null;
  const shown = resolved ?? credit.name;
  const asWritten = writtenCredit(q, credit);
  const sameName = shown.toLowerCase() === credit.name.toLowerCase();
  // Where the credit stood says little when the book's name differs: then the name as written too
  // ("Credited to Mrs. Griffin (read from “Griffin” in the table’s speaker column)").
  const namesIt = asWritten?.toLowerCase().includes(credit.name.toLowerCase()) ?? false;
  // (a pronoun the writer used, and whom it was taken to mean: "read from “she”, meaning Becky", not
  // "“Becky” in “she”", probe round AF278)
  const how = credit.pronoun
    ? `${asWritten}${sameName ? '' : `, meaning ${credit.name}`}`
    : sameName || namesIt
      ? asWritten
      : `“${credit.name}”${asWritten ? ` in ${asWritten}` : ''}`;
  return `credited to ${shown}${how ? ` (read from ${how})` : ''}`;
}

/** The evidence in words: `the book says “said Elizabeth”`, `inferred from turn-taking (0.70)`. */
export function evidenceText(q: CheckedQuote): string | null {
  const e: AttributionEvidence | null = q.evidence;
  if (e?.summary) return e.summary;
  if (q.bookSpeaker && q.speakerConfidence !== null) {
    return `the speaker model (${q.speakerConfidence.toFixed(2)})`;
  }
  return null;
}

/**
 * How surely the book agrees with a credit, by what agreed: its own speech tag ("the book agrees"),
 * the speaker model's first choice ("the book's likeliest speaker agrees"), or only its second choice
 * where it cannot tell two apart ("the book allows it, though not as its likeliest speaker"). The
 * evidence that follows names both.
 */
function agreement(q: CheckedQuote): string {
  if (q.evidence?.source !== 'model') return 'the book agrees';
  if (!onlyAllowed(q)) return "the book's likeliest speaker agrees";
  return 'the book allows it, though not as its likeliest speaker';
}

/**
 * Supported only as the model's second choice: often wrong where a credit was planted wrong (probe
 * rounds AF216–AF230: 21 right, 11 wrong; thresholds.ts), so it is shown as unsure, not as agreed
 * (a probe page's "the book allows it" stood in green beside a line the book gives to Jim).
 */
function onlyAllowed(q: CheckedQuote): boolean {
  return q.evidence?.source === 'model' && q.evidence.ruleId === RUNNER_UP_RULE;
}

/** The tone of a supported credit. */
function supportedTone(q: CheckedQuote): Tone {
  return onlyAllowed(q) ? 'unsure' : 'ok';
}

function withEvidence(s: string, q: CheckedQuote): string {
  const e = evidenceText(q);
  return e ? `${s} — ${e}` : s;
}

/**
 * "the book's speaker is Mr. Craven", for a contradiction. Where it rests on the gender of the book's
 * pronoun tag ("he said" against Mary), the tag settles only that a man speaks; whom "he" means is the
 * speaker model's reading, so it is given as that (a probe page: Colin, not yet named in the chapter,
 * was shown as "the book's speaker is Mr. Craven").
 */
function bookSpeakerIs(q: CheckedQuote): string {
  const byGender = (q.evidence?.ruleId ?? '').endsWith('/gender') && q.speakerConfidence !== null;
  if (!byGender) return `the book's speaker is ${q.bookSpeaker ?? 'someone else'}`;
  // (the evidence says which: "the book says “he said”: a man speaks, and Mary is a woman")
  const man = !/a woman speaks/.test(q.evidence?.summary ?? '');
  const pronoun = man ? 'him' : 'her';
  const reading = q.bookSpeaker
    ? ` (the speaker model takes ${pronoun} to be ${q.bookSpeaker}, ${q.speakerConfidence!.toFixed(2)})`
    : '';
  return `the book gives the line to ${man ? 'a man' : 'a woman'}${reading}`;
}

function sameCharacter(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

/**
 * Why the book cannot settle who speaks, and its likeliest speaker with the evidence when it has
 * one. Never says that anyone *does* speak the line.
 */
function unsettled(q: CheckedQuote, claimedCharacter: string | null): string {
  if (!q.location) return 'not checked, as the quotation is not in the book';
  if (q.evidence?.source === 'narration') return withEvidence('the book cannot settle it', q);
  if (q.bookSpeaker) {
    if (sameCharacter(q.bookSpeaker, claimedCharacter)) {
      return withEvidence(
        `the book's likeliest speaker is also ${q.bookSpeaker}, but not surely enough to confirm it`,
        q,
      );
    }
    return withEvidence(`the book cannot settle it; its likeliest speaker is ${q.bookSpeaker}`, q);
  }
  const e = evidenceText(q);
  return e ? `the book cannot settle it — ${e}` : 'the book cannot settle it';
}

function capitalised(s: Sentence | null): Sentence | null {
  return s ? { ...s, text: s.text.charAt(0).toUpperCase() + s.text.slice(1) } : null;
}

/** The attribution in one sentence, with its evidence; null when the writer credits no one. */
export function attributionSentence(q: CheckedQuote): Sentence | null {
  return capitalised(attributionClause(q));
}

function attributionClause(q: CheckedQuote): Sentence | null {
  // A critic or a newspaper is credited, not a character: nothing to say about who speaks.
  if (q.kind === 'external' || q.kind === 'title') return null;
  const credit = creditOf(q);
  if (!credit) return null;
  const who = creditPhrase(q, credit);
  const status = q.claimedCharacter?.status ?? null;
  if (credit.kind === 'author' || status === 'author') {
    return { text: `${who}: an author is not a speaker, so who speaks it is not checked`, tone: 'info' };
  }
  const resolved = status === 'character' ? (q.claimedCharacter?.character ?? null) : credit.name;
  if (status === 'ambiguous') {
    const candidates = q.claimedCharacter?.candidates ?? [];
    const could = `“${credit.name}” could be ${orList(candidates)}`;
    if (q.attribution === 'supported') {
      return {
        text: withEvidence(
          onlyAllowed(q)
            ? `${who}: ${could}; the book allows it, as its second choice${q.bookSpeaker ? `, ${q.bookSpeaker},` : ''} is one of them`
            : `${who}: ${could}; ${agreement(q)}, as its speaker${q.bookSpeaker ? `, ${q.bookSpeaker},` : ''} is one of them`,
          q,
        ),
        tone: supportedTone(q),
      };
    }
    if (q.attribution === 'contradicted') {
      return {
        text: withEvidence(`${who}: ${could}, but ${bookSpeakerIs(q)}`, q),
        tone: 'problem',
      };
    }
    return { text: `${who}: ${could}, so it is not checked${likeliest(q)}`, tone: 'unsure' };
  }
  if (status === 'unknown') {
    // (the book may print the name of someone the speaker model gives no lines: Roderick Usher)
    const noOne = q.claimedCharacter?.namedInBook
      ? `the book names ${credit.name}, but its speaker model has no one of that name`
      : `no character of the book is called ${credit.name}`;
    if (q.attribution === 'contradicted') {
      return {
        text: withEvidence(`${who}: ${noOne}, and ${bookSpeakerIs(q)}`, q),
        tone: 'problem',
      };
    }
    if (q.attribution === 'supported') {
      return { text: withEvidence(`${who}: ${agreement(q)}`, q), tone: supportedTone(q) };
    }
    return { text: `${who}: ${noOne}, so it is not checked${likeliest(q)}`, tone: 'unsure' };
  }
  switch (q.attribution) {
    case 'supported':
      return { text: withEvidence(`${who}: ${agreement(q)}`, q), tone: supportedTone(q) };
    case 'contradicted':
      return {
        text: withEvidence(`${who}, but ${bookSpeakerIs(q)}`, q),
        tone: 'problem',
      };
    case 'unknown':
      return { text: `${who}: ${unsettled(q, resolved)}`, tone: 'unsure' };
    case 'none':
      return {
        text: `${who}: not checked${q.location ? '' : ', as the quotation is not in the book'}`,
        tone: 'info',
      };
  }
}

/**
 * What follows "so it is not checked": "; the book's likeliest speaker is X — evidence", or that the
 * quotation is not in the book, or nothing when the book names no one.
 */
function likeliest(q: CheckedQuote): string {
  if (!q.location) return ' (and the quotation is not in the book)';
  if (!q.bookSpeaker) return '';
  return `; the book's likeliest speaker is ${withEvidence(q.bookSpeaker, q)}`;
}

/** "Emma tells Harriet": the person spoken to, against the book's model. */
export function addresseeSentence(q: CheckedQuote): Sentence | null {
  return capitalised(addresseeClause(q));
}

function addresseeClause(q: CheckedQuote): Sentence | null {
  const a = q.addressee;
  if (!a) return null;
  const book = andList(a.bookAddressees);
  switch (a.attribution) {
    case 'supported':
      return {
        text: `said to ${a.claimed}: the book agrees${book ? ` (spoken to ${book})` : ''}`,
        tone: 'ok',
      };
    case 'contradicted':
      return {
        text: `said to ${a.claimed}, but in the book it is spoken to ${book || 'someone else'}`,
        tone: 'problem',
      };
    default:
      return {
        text: book
          ? `said to ${a.claimed}: the book cannot settle it; it may be spoken to ${book}`
          : `said to ${a.claimed}: the book does not say whom it is spoken to`,
        tone: 'unsure',
      };
  }
}

function termSentence(q: CheckedQuote): string | null {
  if (q.kind !== 'term' || q.occurrences === null) return null;
  return q.occurrences > 0 ? `the book uses it ${plural(q.occurrences, 'time')}` : 'the book never uses it';
}

/** Every sentence the reports show for one quotation. */
export function describeQuote(q: CheckedQuote, unit: CheckReport['reviewLineUnit'] = 'line'): QuoteSentences {
  const credit = creditOf(q);
  // The pronoun is part of the attribution sentence ("read from “she”, meaning Ruth"): not again as a note.
  const pronounNote = credit?.pronoun ? `“${credit.pronoun}” taken to mean ${credit.name}` : null;
  const inLibrary = elsewhereSentence(q);
  const elsewhere = inLibrary ? [inLibrary] : [];
  return {
    problem: problemOf(q),
    place: placeLabel(unit, q.reviewLine),
    setOff: SET_OFF[q.setOff] ?? null,
    verdict: verdictSentence(q),
    where: q.location?.chapter ?? null,
    attribution: attributionSentence(q),
    addressee: addresseeSentence(q),
    term: termSentence(q),
    notes: [...elsewhere, ...q.notes.filter((n) => n !== pronounNote)],
  };
}

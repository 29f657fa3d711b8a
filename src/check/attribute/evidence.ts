import type { AttributionEvidence } from '../types.js';
import type { Alternation, Party } from './alternation.js';
import type { BookTag } from './book-tag.js';
import type { ModelLine } from './model-line.js';

/**
 * The evidence behind an attribution verdict, in the words a teacher reads in every report:
 * `the book says “said Elizabeth”`, `inferred from turn-taking: Jane (0.70)`. The rule id travels
 * with it (`tag/after-quote`, `model/implicit`); the confidence is the model's, shown, never an identity.
 */

export function tagEvidence(tag: BookTag): AttributionEvidence {
  return { source: 'book-tag', ruleId: tag.ruleId, summary: `the book says “${tag.text}”`, confidence: null };
}

export function modelEvidence(line: ModelLine, speaker: string, tag: BookTag | null): AttributionEvidence {
  const c = line.confidence.toFixed(2);
  let summary: string;
  switch (line.type) {
    case 'explicit':
      summary = `a speech tag, as the speaker model reads it (${c})`;
      break;
    case 'anaphoric':
      summary =
        tag && (tag.kind === 'pronoun' || tag.kind === 'description')
          ? `the book says “${tag.text}”, taken to mean ${speaker} (${c})`
          : `a pronoun or description in the speech tag, taken to mean ${speaker} (${c})`;
      break;
    case 'implicit':
      summary = `inferred from turn-taking (${c})`;
      break;
    default:
      summary = `the speaker model (${c})`;
  }
  return {
    source: 'model',
    ruleId: line.type ? `model/${line.type}` : 'model',
    summary,
    confidence: line.confidence,
  };
}

/**
 * The model's second (or third) choice is the claimed speaker: "the speaker model cannot tell
 * Colonel Fitzwilliam (0.56) from Mr. Darcy (0.31)".
 */
/** The rule id of support from the speaker model's second (or third) choice. */
export const RUNNER_UP_RULE = 'model/runner-up';

export function runnerUpEvidence(
  line: ModelLine,
  first: string | null,
  speaker: string,
  probability: number,
): AttributionEvidence {
  const p = probability.toFixed(2);
  const summary = first
    ? `the speaker model cannot tell ${first} (${line.confidence.toFixed(2)}) from ${speaker} (${p})`
    : `the speaker model finds ${speaker} likely (${p})`;
  return { source: 'model', ruleId: RUNNER_UP_RULE, summary, confidence: probability };
}

export const NARRATION: AttributionEvidence = {
  source: 'narration',
  ruleId: 'text/narration',
  summary: 'the passage is narration, not dialogue',
  confidence: null,
};

export const FIRST_PERSON_NARRATION: AttributionEvidence = {
  source: 'narration',
  ruleId: 'text/first-person-narration',
  summary: 'the passage is the narration of the first-person narrator',
  confidence: null,
};

export function noEvidence(summary: string): AttributionEvidence {
  return { source: 'none', ruleId: null, summary, confidence: null };
}

const COUNT = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const lines = (n: number) => `${COUNT[n] ?? n} ${n === 1 ? 'line' : 'lines'}`;

/**
 * The nearest naming on each side, as a reader can find it on the page: `“said Darcy” two lines
 * before, “Darcy replied” one line after`; a turn speaking to them: `“to Harriet”`, `“Harriet” called`.
 */
function namedWhere(p: Party): string {
  const show = (x: Party['naming'][number]) =>
    'tag' in x ? `“${x.tag.text}”` : x.by === 'tag' ? `“to ${x.name}”` : `“${x.name}” called`;
  const before = p.naming.filter((x) => x.offset < 0).sort((x, y) => y.offset - x.offset)[0];
  const after = p.naming.filter((x) => x.offset > 0).sort((x, y) => x.offset - y.offset)[0];
  return [
    before ? `${show(before)} ${lines(-before.offset)} before` : null,
    after ? `${show(after)} ${lines(after.offset)} after` : null,
  ]
    .filter((x): x is string => x !== null)
    .join(', ');
}

/** " (“said Elizabeth” two lines before)", or nothing where no tag of theirs is before or after the line. */
function where(p: Party): string {
  const w = namedWhere(p);
  return w ? ` (${w})` : '';
}

/** Every turn-taking summary opens so, in every report format: the reader sees it is an inference. */
const TURN_TAKING = 'inferred from turn-taking';

/**
 * The person of one side as the turns name them: "Mrs. Welland (or Ellen Olenska)" where the turns
 * give them two names the cast keeps apart but that may be one person's (alternation.ts).
 */
function whom(p: Party): string {
  const others = p.names.map((n) => n.label).filter((l, i, all) => l !== p.who.label && all.indexOf(l) === i);
  return others.length > 0 ? `${p.who.label} (or ${others.join(' or ')})` : p.who.label;
}

/** "Elizabeth and Mr. Darcy alternating", or the one person the tags name. */
function exchange(a: Alternation): string {
  const [x, y] = [a.speaker && whom(a.speaker), a.other && whom(a.other)];
  return x && y ? `${x} and ${y} alternating` : `${x ?? y} speaking every other line`;
}

/**
 * The line's speaker by turn-taking (`tag/alternation`): `inferred from turn-taking: the tags around
 * it show Elizabeth and Mr. Darcy alternating (“said Elizabeth” two lines before)`; by the turns
 * speaking to them (`tag/addressed`): `… the lines around it alternate between Harriet and Emma, and
 * Emma's speak to Harriet (“Harriet” called one line before)`.
 */
export function alternationEvidence(a: Alternation): AttributionEvidence {
  const p = a.speaker!;
  const summary =
    p.ruleId === 'tag/alternation'
      ? `${TURN_TAKING}: the tags around it show ${exchange(a)}${where(p)}`
      : a.other
        ? `${TURN_TAKING}: the lines around it alternate between ${whom(p)} and ${whom(a.other)}, and ${a.other.who.label}'s speak to ${whom(p)}${where(p)}`
        : `${TURN_TAKING}: the lines either side speak to ${whom(p)}${where(p)}`;
  return { source: 'book-tag', ruleId: p.ruleId, summary, confidence: null };
}

/**
 * The other person of the exchange does not speak the line (`tag/alternation/other`): `inferred from
 * turn-taking: the tags around it show Catherine and Henry Tilney alternating, and Henry Tilney speaks
 * the lines either side of this one (“said Henry” one line before, “Henry replied” one line after)`.
 */
export function otherPartyEvidence(a: Alternation): AttributionEvidence {
  const p = a.other!;
  return {
    source: 'book-tag',
    ruleId: `${p.ruleId}/other`,
    summary: `${TURN_TAKING}: the tags around it show ${exchange(a)}, and ${p.who.label} speaks the lines either side of this one${where(p)}`,
    confidence: null,
  };
}

/**
 * The line calls the claimed person by name: it is said to them, not by them. `finding` is the
 * evidence for the book's speaker there (its tags, turn-taking or the model), added after.
 */
export function calledEvidence(called: string, finding: AttributionEvidence): AttributionEvidence {
  return {
    source: 'book-tag',
    ruleId: 'tag/calls-claimed',
    summary: `the line calls “${called}” by name: it is spoken to ${called}, not by ${called}; and ${finding.summary}`,
    confidence: finding.confidence,
  };
}

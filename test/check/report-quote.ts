import type { CheckedQuote } from '../../src/check/types.js';

/** A checked quotation for report tests: verbatim, located in chapter 6, credited to no one; override any field. */
export function quote(over: Partial<CheckedQuote> = {}): CheckedQuote {
  return {
    text: 'I am perfectly convinced of it.',
    reviewSpan: { start: 40, end: 71 },
    reviewParts: [{ start: 40, end: 71 }],
    reviewLine: 3,
    setOff: 'quote-marks',
    kind: 'passage',
    kindReason: 'a quoted passage',
    verdict: 'verbatim',
    location: { start: 100, end: 131, chapter: 'CHAPTER 6', chapterIndex: 5 },
    otherLocations: [],
    occurrences: null,
    claimedSpeaker: null,
    credit: null,
    claimedCharacter: null,
    attribution: 'none',
    evidence: null,
    addressee: null,
    bookSpeaker: null,
    speakerConfidence: null,
    diff: null,
    score: 1,
    notes: [],
    ...over,
  };
}

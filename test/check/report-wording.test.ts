import { describe, expect, it } from 'vitest';
import { countsLine, headline, sections } from '../../src/check/report/summary.js';
import { addresseeSentence, attributionSentence, describeQuote } from '../../src/check/report/wording.js';
import type {
  AttributionEvidence,
  AttributionVerdict,
  CheckedQuote,
  CheckReport,
  NameResolution,
  Verdict,
} from '../../src/check/types.js';
import { quote } from './report-quote.js';

/**
 * The attribution sentence over every combination of the word verdict, the attribution verdict, the
 * evidence's source, what the claimed name means, and the book's speaker: it must say one thing
 * about who speaks the line, never two opposite ones ("Speaker not known: in the book, Mr. Darcy
 * says this" was the report's old self-contradiction).
 */

const EVIDENCE: Record<AttributionEvidence['source'], AttributionEvidence> = {
  'book-tag': {
    source: 'book-tag',
    ruleId: 'tag/named',
    summary: 'the book says “said Elizabeth”',
    confidence: null,
  },
  model: {
    source: 'model',
    ruleId: 'model/implicit',
    summary: 'inferred from turn-taking (0.70)',
    confidence: 0.7,
  },
  narration: {
    source: 'narration',
    ruleId: 'model/narration',
    summary: 'the passage is narration, not dialogue',
    confidence: null,
  },
  none: { source: 'none', ruleId: null, summary: 'no speaker model', confidence: null },
};

const RESOLUTION: Record<NameResolution['status'], NameResolution> = {
  character: { status: 'character', character: 'Elizabeth Bennet', candidates: [], matchedBy: 'first-name' },
  ambiguous: {
    status: 'ambiguous',
    character: null,
    candidates: ['Jane Bennet', 'Elizabeth Bennet'],
    matchedBy: null,
  },
  unknown: { status: 'unknown', character: null, candidates: [], matchedBy: null },
  narrator: { status: 'narrator', character: null, candidates: [], matchedBy: null },
  author: { status: 'author', character: null, candidates: [], matchedBy: null },
};

const CLAIMED: Record<NameResolution['status'], { name: string; kind: 'character' | 'narrator' | 'author' }> =
  {
    character: { name: 'Elizabeth', kind: 'character' },
    ambiguous: { name: 'Miss Bennet', kind: 'character' },
    unknown: { name: 'Harold', kind: 'character' },
    narrator: { name: 'the narrator', kind: 'narrator' },
    author: { name: 'Jane Austen', kind: 'author' },
  };

interface Case {
  verdict: Verdict;
  attribution: AttributionVerdict;
  source: AttributionEvidence['source'] | null;
  status: NameResolution['status'] | null;
  speaker: 'same' | 'other' | null;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const verdict of ['verbatim', 'altered', 'not_found'] as const)
    for (const attribution of ['supported', 'contradicted', 'unknown', 'none'] as const)
      for (const source of ['book-tag', 'model', 'narration', 'none', null] as const)
        for (const status of ['character', 'ambiguous', 'unknown', 'narrator', 'author', null] as const)
          for (const speaker of ['same', 'other', null] as const) {
            // What the checker cannot produce: a verdict on a line it did not find, on narration,
            // or on an author's credit; a speaker for narration.
            if (verdict === 'not_found' && (attribution === 'supported' || attribution === 'contradicted'))
              continue;
            if (verdict === 'not_found' && speaker !== null) continue;
            if (source === 'narration' && speaker !== null) continue;
            if (status === 'author' && attribution !== 'none') continue;
            if (
              attribution === 'contradicted' &&
              (speaker !== 'other' || source === 'none' || source === 'narration')
            )
              continue;
            if (attribution === 'supported' && speaker === 'other') continue;
            out.push({ verdict, attribution, source, status, speaker });
          }
  return out;
}

function build(c: Case): CheckedQuote {
  const claimed = CLAIMED[c.status ?? 'character'];
  const bookSpeaker =
    c.speaker === 'same'
      ? c.status === 'ambiguous'
        ? 'Elizabeth Bennet'
        : 'Elizabeth Bennet'
      : c.speaker === 'other'
        ? 'Mr. Darcy'
        : null;
  return quote({
    verdict: c.verdict,
    location:
      c.verdict === 'not_found' ? null : { start: 100, end: 131, chapter: 'CHAPTER 6', chapterIndex: 5 },
    claimedSpeaker: claimed.kind === 'author' ? null : claimed.name,
    credit: {
      kind: claimed.kind,
      name: claimed.name,
      ruleId: 'credit/dash-after',
      span: { start: 75, end: 75 + claimed.name.length },
      pronoun: null,
      addressee: null,
    },
    claimedCharacter: c.status ? RESOLUTION[c.status] : null,
    attribution: c.attribution,
    evidence: c.source ? EVIDENCE[c.source] : null,
    bookSpeaker,
    speakerConfidence: bookSpeaker && c.source === 'model' ? 0.7 : null,
  });
}

const label = (c: Case) =>
  `${c.verdict} × ${c.attribution} × evidence ${c.source ?? 'absent'} × name ${c.status ?? 'absent'} × speaker ${c.speaker ?? 'none'}`;

describe('the attribution sentence says one thing', () => {
  const all = cases();
  it('covers the combinations', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it.each(all.map((c) => [label(c), c] as const))('%s', (_, c) => {
    const q = build(c);
    const s = attributionSentence(q);
    expect(s).not.toBeNull();
    const text = s!.text;
    const t = text.toLowerCase();
    // No leftovers of a missing value, and never the old self-contradiction.
    expect(text).not.toMatch(/undefined|null|NaN/);
    expect(t).not.toMatch(/says this|not known/);
    const agrees = /the book agrees|the book's likeliest speaker agrees|the book allows it/.test(t);
    const contradicts = t.includes("the book's speaker is");
    const unsettled = /cannot settle|not checked|not surely enough/.test(t);
    // At most one of the three readings.
    expect([agrees, contradicts, unsettled].filter(Boolean).length).toBeLessThanOrEqual(1);

    if (c.status === 'author') {
      expect(t).toContain('credited to the author, jane austen');
      expect(t).toContain('not a speaker');
      return;
    }
    switch (c.attribution) {
      case 'supported':
        expect(agrees).toBe(true);
        expect(s!.tone).toBe('ok');
        // How sure: the book's own tag agrees; the model's inference is only its likeliest speaker.
        if (c.source === 'model') expect(t).toContain("the book's likeliest speaker agrees");
        else expect(t).toContain('the book agrees');
        break;
      case 'contradicted':
        expect(contradicts).toBe(true);
        expect(text).toContain('Mr. Darcy');
        expect(s!.tone).toBe('problem');
        break;
      case 'unknown':
      case 'none':
        expect(unsettled).toBe(true);
        expect(s!.tone).not.toBe('problem');
        expect(s!.tone).not.toBe('ok');
        break;
    }
    // The evidence is shown wherever the book was consulted.
    if (q.location && c.source && (c.attribution === 'supported' || c.attribution === 'contradicted')) {
      expect(text).toContain(EVIDENCE[c.source].summary);
    }
    // Where the book cannot settle it, its likeliest speaker is named, as likeliest, with the evidence.
    if (c.attribution === 'unknown' && q.location && q.bookSpeaker && c.status !== 'narrator') {
      expect(t).toContain('likeliest speaker is');
      expect(text).toContain(q.bookSpeaker);
      if (c.source) expect(text).toContain(EVIDENCE[c.source].summary);
    }
    if (!q.location) {
      expect(t).toContain('not in the book');
      expect(t).not.toContain('likeliest');
    }
    if (c.status === 'ambiguous') {
      expect(text).toContain('“Miss Bennet” could be Jane Bennet or Elizabeth Bennet');
    }
    if (c.status === 'unknown' && c.attribution !== 'supported') {
      expect(text).toContain('no character of the book is called Harold');
    }
    if (c.status === 'character')
      expect(text).toContain('Credited to Elizabeth Bennet (read from “— Elizabeth”)');
  });
});

describe('the rest of a quotation’s sentences', () => {
  it('names the book’s speaker model and its confidence when there is no evidence record', () => {
    const s = attributionSentence(
      quote({
        claimedSpeaker: 'Tom',
        attribution: 'unknown',
        bookSpeaker: 'Ada',
        speakerConfidence: 0.82,
      }),
    );
    expect(s?.text).toBe(
      'Credited to Tom: the book cannot settle it; its likeliest speaker is Ada — the speaker model (0.82)',
    );
  });

  it('does not deny a person the book names but its speaker model has no lines for (probe round AF270)', () => {
    const credited = (namedInBook: boolean | undefined) =>
      attributionSentence(
        quote({
          claimedSpeaker: 'Usher',
          claimedCharacter: {
            status: 'unknown',
            character: null,
            candidates: [],
            matchedBy: null,
            ...(namedInBook === undefined ? {} : { namedInBook }),
          },
          attribution: 'unknown',
          bookSpeaker: 'Narrator',
          speakerConfidence: 0.68,
        }),
      )?.text;
    expect(credited(true)).toBe(
      "Credited to Usher: the book names Usher, but its speaker model has no one of that name, so it is not checked; the book's likeliest speaker is Narrator — the speaker model (0.68)",
    );
    expect(credited(undefined)).toMatch(/^Credited to Usher: no character of the book is called Usher, so/);
  });

  it('says how surely the book agrees: its own tag, its likeliest speaker, or a close second choice', () => {
    const supported = (evidence: AttributionEvidence) =>
      attributionSentence(
        quote({ claimedSpeaker: 'Tom', attribution: 'supported', evidence, bookSpeaker: 'Ada' }),
      )?.text;
    expect(supported(EVIDENCE['book-tag'])).toBe(
      'Credited to Tom: the book agrees — the book says “said Elizabeth”',
    );
    expect(supported(EVIDENCE.model)).toBe(
      "Credited to Tom: the book's likeliest speaker agrees — inferred from turn-taking (0.70)",
    );
    expect(
      supported({
        source: 'model',
        ruleId: 'model/runner-up',
        summary: 'the speaker model cannot tell Ada (0.55) from Tom (0.31)',
        confidence: 0.31,
      }),
    ).toBe(
      'Credited to Tom: the book allows it, though not as its likeliest speaker — the speaker model cannot tell Ada (0.55) from Tom (0.31)',
    );
  });
  it('shows support from the model’s second choice as unsure, not agreed (probe rounds AF225, AF226)', () => {
    const evidence = {
      source: 'model' as const,
      ruleId: 'model/runner-up',
      summary: 'the speaker model cannot tell Jim (0.61) from Huck Finn (0.38)',
      confidence: 0.38,
    };
    const q = quote({ claimedSpeaker: 'Huck', attribution: 'supported', evidence, bookSpeaker: 'Huck Finn' });
    expect(attributionSentence(q)?.tone).toBe('unsure');
    const first = { ...evidence, ruleId: 'model/turn-taking', summary: 'inferred from turn-taking (0.70)' };
    expect(attributionSentence({ ...q, evidence: first })?.tone).toBe('ok');
  });
  it('says a pronoun tag gives only the speaker’s gender, and whom the model takes it to mean', () => {
    const contradicted = (bookSpeaker: string, speakerConfidence: number | null, summary: string) =>
      attributionSentence(
        quote({
          claimedSpeaker: 'Mary',
          attribution: 'contradicted',
          bookSpeaker,
          speakerConfidence,
          evidence: { source: 'book-tag', ruleId: 'tag/between-parts/gender', summary, confidence: null },
        }),
      )?.text;
    expect(
      contradicted('Mr. Craven', 0.96, 'the book says “he said”: a man speaks, and Mary is a woman'),
    ).toBe(
      'Credited to Mary, but the book gives the line to a man (the speaker model takes him to be Mr. Craven, 0.96) — the book says “he said”: a man speaks, and Mary is a woman',
    );
    // "said my aunt": the book's own words for the speaker, shown as they are
    expect(
      contradicted('my aunt', null, 'the book says “said my aunt”: a woman speaks, and Mary is a man'),
    ).toBe(
      "Credited to Mary, but the book's speaker is my aunt — the book says “said my aunt”: a woman speaks, and Mary is a man",
    );
  });

  it('says how the credit was read: the pronoun, the heading, the words before', () => {
    const credit = (ruleId: string, pronoun: string | null = null, span = { start: 10, end: 13 }) =>
      attributionSentence(
        quote({
          claimedSpeaker: 'Ruth',
          credit: { kind: 'character', name: 'Ruth', ruleId, span, pronoun, addressee: null },
          attribution: 'supported',
          evidence: EVIDENCE['book-tag'],
          bookSpeaker: 'Ruth',
        }),
      )?.text;
    expect(credit('credit/before', 'she')).toMatch(/^Credited to Ruth \(read from “she”\): the book agrees/);
    expect(credit('credit/heading-above')).toMatch(/^Credited to Ruth \(read from the heading “Ruth”\)/);
    expect(credit('credit/parenthesis')).toMatch(/^Credited to Ruth \(read from “\(Ruth\)”\)/);
    // (a script's name, with a colon or on a line above: probe round AF278)
    expect(credit('credit/screenplay')).toMatch(
      /^Credited to Ruth \(read from the script’s speaker name “Ruth”\)/,
    );
    // the writer's sentence before a colon is no "Ruth:" (probe round AF278: "Amy, ever practical, brushes off the loss:")
    expect(credit('credit/subject-colon')).toMatch(/^Credited to Ruth \(read from the words before it\)/);
    expect(credit('credit/name-dash')).toMatch(/^Credited to Ruth \(read from “Ruth —”\)/);
    expect(credit('credit/before')).toMatch(/^Credited to Ruth \(read from the words before it\)/);
    expect(credit('credit/after', null, { start: 90, end: 94 })).toMatch(/\(read from the words after it\)/);
    // a table's column, a worksheet's label, a quiz's answer: not "the words after it"
    const after = { start: 90, end: 94 };
    expect(credit('credit/table-column', null, after)).toMatch(/\(read from the table’s speaker column\)/);
    expect(credit('credit/speaker-label', null, after)).toMatch(/\(read from the label naming the speaker\)/);
    expect(credit('credit/quiz-answer', null, after)).toMatch(/\(read from the answer below it\)/);
    // a name the page broke over two lines, on one line of the report (probe round AF247)
    const broken = attributionSentence(
      quote({
        claimedSpeaker: 'Mr\nVladimir',
        credit: {
          kind: 'character',
          name: 'Mr\nVladimir',
          ruleId: 'credit/before',
          span: { start: 10, end: 22 },
          pronoun: null,
          addressee: null,
        },
        attribution: 'unknown',
      }),
    )?.text;
    expect(broken).toMatch(/^Credited to Mr Vladimir \(read from the words before it\)/);
    // the cast's name for the person differs from the name written: both are shown
    const griffin = attributionSentence(
      quote({
        claimedSpeaker: 'Griffin',
        claimedCharacter: {
          status: 'character',
          character: 'Mrs. Griffin',
          candidates: [],
          matchedBy: 'name',
        },
        credit: {
          kind: 'character',
          name: 'Griffin',
          ruleId: 'credit/table-column',
          span: after,
          pronoun: null,
          addressee: null,
        },
        attribution: 'unknown',
        bookSpeaker: 'Douglas',
        speakerConfidence: 0.74,
      }),
    )?.text;
    expect(griffin).toMatch(
      /^Credited to Mrs\. Griffin \(read from “Griffin” in the table’s speaker column\)/,
    );
    // a pronoun, and whom the credit took it to mean (probe round AF278: "read from “Becky” in “she”")
    const becky = attributionSentence(
      quote({
        claimedSpeaker: 'Becky',
        claimedCharacter: {
          status: 'character',
          character: 'Becky Thatcher',
          candidates: [],
          matchedBy: 'name',
        },
        credit: {
          kind: 'character',
          name: 'Becky',
          ruleId: 'credit/tag-before',
          span: { start: 10, end: 13 },
          pronoun: 'she',
          addressee: null,
        },
        attribution: 'unknown',
        bookSpeaker: 'Tom Sawyer',
        speakerConfidence: 0.74,
      }),
    )?.text;
    expect(becky).toMatch(/^Credited to Becky Thatcher \(read from “she”, meaning Becky\)/);
  });

  it('words the addressee against the book', () => {
    const said = (attribution: AttributionVerdict, bookAddressees: string[]) =>
      addresseeSentence(quote({ addressee: { claimed: 'Harriet', attribution, bookAddressees } }));
    expect(said('supported', ['Harriet Smith'])).toEqual({
      text: 'Said to Harriet: the book agrees (spoken to Harriet Smith)',
      tone: 'ok',
    });
    expect(said('contradicted', ['Mr. Knightley'])).toEqual({
      text: 'Said to Harriet, but in the book it is spoken to Mr. Knightley',
      tone: 'problem',
    });
    expect(said('unknown', [])?.text).toBe('Said to Harriet: the book does not say whom it is spoken to');
    expect(addresseeSentence(quote())).toBeNull();
  });

  it.each([
    ['quote-marks', null],
    ['block-quote', 'a block quotation'],
    ['list-item', 'a list item'],
    ['table-cell', 'a table cell'],
    ['screenplay', 'a screenplay line'],
    ['unmarked', 'no quotation marks'],
  ] as const)('says how a quotation set off as %s was set off', (setOff, said) => {
    expect(describeQuote(quote({ setOff })).setOff).toBe(said);
  });

  it('drops the pronoun note that the attribution sentence already says', () => {
    const s = describeQuote(
      quote({
        claimedSpeaker: 'Ruth',
        credit: {
          kind: 'character',
          name: 'Ruth',
          ruleId: 'credit/before',
          span: { start: 1, end: 4 },
          pronoun: 'she',
          addressee: null,
        },
        notes: ['“she” taken to mean Ruth', '[sic] noted'],
      }),
      'paragraph',
    );
    expect(s.notes).toEqual(['[sic] noted']);
    expect(s.place).toBe('paragraph 3');
  });
});

function report(quotes: CheckedQuote[]): CheckReport {
  const count = <K extends string>(keys: K[], f: (q: CheckedQuote) => K) =>
    Object.fromEntries(keys.map((k) => [k, quotes.filter((q) => f(q) === k).length])) as Record<K, number>;
  return {
    quotes,
    summary: {
      quotations: quotes.length,
      byKind: count(['passage', 'term', 'external', 'title'], (q) => q.kind),
      byVerdict: count(['verbatim', 'altered', 'not_found', 'not_checked'], (q) => q.verdict),
      byAttribution: count(['supported', 'contradicted', 'unknown', 'none'], (q) => q.attribution),
      hasProblems: false,
    },
    warnings: [],
    book: { id: 'b', title: 'T', author: null },
    speakerModel: true,
    reviewLineUnit: 'line',
  };
}

describe('the headline and the order of the sections', () => {
  const notFound = quote({ verdict: 'not_found', location: null, reviewLine: 9 });
  const altered = quote({ verdict: 'altered', reviewLine: 5 });
  const wrong = quote({
    attribution: 'contradicted',
    bookSpeaker: 'Tom',
    claimedSpeaker: 'Ada',
    reviewLine: 2,
  });
  const fine = quote({ reviewLine: 1, attribution: 'supported', claimedSpeaker: 'Ada', bookSpeaker: 'Ada' });
  const term = quote({ kind: 'term', verdict: 'not_found', location: null, occurrences: 0, reviewLine: 4 });

  it.each([
    [
      [notFound, altered, wrong, fine],
      '3 of 4 quotations need attention: 1 is not in the book, 1 is misquoted and 1 is credited to the wrong speaker.',
    ],
    [[wrong, fine], '1 of 2 quotations needs attention: 1 is credited to the wrong speaker.'],
    [
      [fine],
      'No problems found: the one quotation is in the book word for word, and the book agrees with its credit.',
    ],
    [
      [fine, term],
      'No problems found: 1 of 2 quotations is in the book word for word, and the book agrees with 1 credit.',
    ],
    [[wrong], 'The one quotation needs attention: it is credited to the wrong speaker.'],
    [[term], 'No problems found: the one quotation is a term, a title or words from outside the book.'],
    [[], 'The review quotes nothing from the book.'],
  ] as const)('%#: %s', (quotes, expected) => {
    expect(headline(report([...quotes]))).toBe(expected);
  });

  it('counts among the credits the book cannot settle only those on its words, not an author’s', () => {
    // (probe rounds AF287–AF289: "The book cannot settle 2 credits" of an invented line and "— Hope")
    const credit = (kind: 'character' | 'author', name: string) => ({
      kind,
      name,
      ruleId: 'credit/dash-after',
      span: { start: 0, end: name.length },
      pronoun: null,
      addressee: null,
    });
    const unsettled = quote({ reviewLine: 3, attribution: 'unknown', credit: credit('character', 'Ada') });
    const invented = quote({
      verdict: 'not_found',
      location: null,
      reviewLine: 6,
      attribution: 'unknown',
      credit: credit('character', 'Ada'),
    });
    const byAuthor = quote({ reviewLine: 7, attribution: 'unknown', credit: credit('author', 'Hope') });
    expect(headline(report([fine, unsettled, byAuthor]))).toContain('The book cannot settle 1 credit.');
    expect(headline(report([fine, invented]))).not.toContain('cannot settle');
  });

  it('counts a word the book lacks among "not found", and says so beside the headline’s count', () => {
    // (probe rounds AF247, AF248: "1 is not in the book" over "2 not found" read as a contradiction)
    const counts = (quotes: CheckedQuote[]) => countsLine(report(quotes));
    expect(headline(report([notFound, term, fine]))).toContain('1 is not in the book');
    expect(counts([notFound, term, fine])).toContain(
      '2 not found (1 of them a word, term or title, not a passage)',
    );
    expect(counts([term, fine])).toContain('1 not found (a word, term or title, not a passage)');
    expect(counts([notFound, fine])).toContain('1 not found, ');
  });

  it('lists problems first: not found, misquoted, wrong speaker, then the rest; each quotation once', () => {
    const r = report([fine, term, wrong, altered, notFound]);
    expect(sections(r).map((s) => [s.id, s.quotes.map((q) => q.reviewLine)])).toEqual([
      ['not_found', [9]],
      ['altered', [5]],
      ['wrong_speaker', [2]],
      ['verbatim', [1]],
      ['terms', [4]],
    ]);
  });
});

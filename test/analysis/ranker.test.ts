import { describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import { FEATURE_NAMES } from '../../src/analysis/ranker/features.js';
import { captureSieve, DEFAULT_WEIGHTS, rerankSpeakers } from '../../src/analysis/ranker/index.js';
import { validateWeights } from '../../src/analysis/ranker/model.js';
import {
  GUESS_RULES,
  LOOSE_TURN_RULES,
  SURE_EXPLICIT_RULES,
  SURE_RULES,
  TAGGED_RULES,
} from '../../src/analysis/ranker/sieve-rules.js';
import weightsFile from '../../src/analysis/ranker/weights.json' with { type: 'json' };
import { type Attribution, RULE_IDS } from '../../src/analysis/speakers/index.js';
import { bookOf } from './helpers.js';

const UNKNOWN: Attribution = { speaker: null, type: 'none', confidence: 0, addressees: [], rule: 'none' };

/**
 * Runs the analysis on a text, then hands the ranker the sieve's answers with the quotations whose
 * text contains one of `blank` wiped out, so the ranker alone has to find their speakers.
 */
function rankWithout(text: string, blank: string[]): { speakerOf: (quote: string) => string | null } {
  const { result, ctx, sieve } = captureSieve(() => analyzeBook(bookOf(text)));
  const input = sieve.map((a, qi) => {
    const q = ctx.quotes[qi]!;
    const body = text.slice(q.parts[0]!.start, q.parts[q.parts.length - 1]!.end);
    return blank.some((b) => body.includes(b)) ? UNKNOWN : a;
  });
  const out = rerankSpeakers(ctx, input, { ...DEFAULT_WEIGHTS, enabled: true });
  const nameOf = new Map(result.characters.map((c) => [c.id, c.name]));
  return {
    speakerOf: (quote) => {
      const qi = ctx.quotes.findIndex((q) => text.slice(q.parts[0]!.start, q.parts[0]!.end).includes(quote));
      if (qi < 0) throw new Error(`no quotation with ${quote}`);
      const id = out[qi]!.speaker;
      return id ? (nameOf.get(id) ?? id) : null;
    },
  };
}

describe('speaker ranker weights', () => {
  it('weights.json matches the features this build extracts', () => {
    expect(weightsFile.features).toEqual([...FEATURE_NAMES]);
    expect(weightsFile.weights).toHaveLength(FEATURE_NAMES.length);
    expect(() => validateWeights(weightsFile)).not.toThrow();
    // The features every ranker of speech needs are there.
    for (const f of ['sieve', 'spoke2', 'vocativePrev', 'vocativeHere', 'pronounAgrees', 'paraBefore'])
      expect(FEATURE_NAMES).toContain(f);
  });

  it('reads the sieve by rule ids the sieve really gives', () => {
    for (const set of [SURE_RULES, GUESS_RULES, LOOSE_TURN_RULES, TAGGED_RULES, SURE_EXPLICIT_RULES]) {
      expect(set.size).toBeGreaterThan(0);
      for (const id of set) expect(RULE_IDS.has(id), id).toBe(true);
    }
    // A named tag after the speech is sure and overrules the model; a guess is neither.
    expect(SURE_RULES.has('tag-after/said-name')).toBe(true);
    expect(SURE_EXPLICIT_RULES.has('tag-after/said-name')).toBe(true);
    expect(SURE_EXPLICIT_RULES.has('sentence-before/name-began')).toBe(false);
    expect(GUESS_RULES.has('last-resort')).toBe(true);
    expect(TAGGED_RULES.has('tag-after/said-pronoun')).toBe(true);
    expect(TAGGED_RULES.has('tag-before/pronoun-said')).toBe(false);
  });

  it('rejects weights made for another feature list', () => {
    const stale = { ...weightsFile, features: weightsFile.features.slice(1) };
    expect(() => validateWeights(stale)).toThrow(/train:speakers/);
  });

  it('learned what a reader knows: a person addressed by name is not the speaker; a tag pronoun of the wrong gender rules one out', () => {
    const w = (name: string) => DEFAULT_WEIGHTS.weights[FEATURE_NAMES.indexOf(name)]!;
    expect(w('vocativeHere')).toBeLessThan(0);
    expect(w('pronounDisagrees')).toBeLessThan(0);
    expect(w('pronounAgrees')).toBeGreaterThan(0);
  });
});

describe('speaker ranker on small dialogues', () => {
  it('turn-taking decides an untagged two-person exchange', () => {
    const text = [
      'Anna Hale came into the garden, where Tom Baker sat reading under the old pear tree.',
      '',
      '"Good morning," said Anna.',
      '',
      '"Good morning to you," said Tom.',
      '',
      '"Are you reading again?"',
      '',
      '"I am always reading, as you know perfectly well."',
      '',
      '"Then what is the book this time?"',
      '',
      '"A history of the county, and a dull one."',
      '',
    ].join('\n');
    const r = rankWithout(text, ['reading again', 'always reading', 'what is the book', 'history of']);
    expect(r.speakerOf('reading again')).toMatch(/Anna/);
    expect(r.speakerOf('always reading')).toMatch(/Tom/);
    expect(r.speakerOf('what is the book')).toMatch(/Anna/);
    expect(r.speakerOf('history of')).toMatch(/Tom/);
  });

  it('a vocative names who answers next, not who spoke', () => {
    const text = [
      'Anna Hale, Mary Hale and Tom Baker sat by the fire in the long evening.',
      '',
      '"It is cold tonight," said Mary.',
      '',
      '"It is," said Anna. "Will you fetch more wood, Tom?"',
      '',
      '"Gladly; I shall go at once."',
      '',
    ].join('\n');
    const r = rankWithout(text, ['Gladly']);
    expect(r.speakerOf('Gladly')).toMatch(/Tom/);
  });

  it('keeps a sure explicit tag', () => {
    const text = [
      'Anna Hale and Tom Baker walked to the village together.',
      '',
      '"It looks like rain," said Tom.',
      '',
      '"So it does," said Anna.',
      '',
    ].join('\n');
    const r = rankWithout(text, []);
    expect(r.speakerOf('looks like rain')).toMatch(/Tom/);
    expect(r.speakerOf('So it does')).toMatch(/Anna/);
  });
});

describe('other likely speakers', () => {
  it('an unsure line names the others the model found likely, never its own speaker', () => {
    const text = [
      'Anna Hale, Mary Hale and Tom Baker sat by the fire in the long evening.',
      '',
      '"It is cold tonight," said Mary.',
      '',
      '"It is," said Anna.',
      '',
      'Tom looked at Mary, and Mary looked at the fire.',
      '',
      '"Then somebody must fetch more wood from the shed."',
      '',
      '"Not I; I fetched it yesterday."',
      '',
    ].join('\n');
    const a = analyzeBook(bookOf(text));
    const nameOf = (id: string) => a.characters.find((c) => c.id === id)?.name ?? id;
    for (const q of a.quotes) {
      const others = q.runnersUp ?? [];
      expect(others.length).toBeLessThanOrEqual(2);
      for (const [i, r] of others.entries()) {
        expect(r.speaker).not.toBe(q.speaker);
        expect(r.probability).toBeGreaterThanOrEqual(0.1);
        expect(r.probability).toBeLessThanOrEqual(q.confidence);
        if (i > 0) expect(r.probability).toBeLessThanOrEqual(others[i - 1]!.probability);
      }
    }
    // three people by the fire and no tag: whoever answers, another of them is named as likely too
    const answer = a.quotes.find((q) => text.slice(q.start, q.end).startsWith('Not I'))!;
    expect(answer.speaker).not.toBeNull();
    expect(answer.runnersUp?.length).toBeGreaterThan(0);
    expect(nameOf(answer.runnersUp![0]!.speaker)).toMatch(/Anna|Mary|Tom/);
  });
});

describe('the ranker holds a he / she tag to its gender', () => {
  // Written for this test: after "Suddenly he said:" the speaker is Mr. Orme, whom the text names once.
  const text = [
    'Chapter 1',
    '',
    'Mr. Orme and Clara Dane sat by the window. Clara Dane looked at the rain. Clara Dane said nothing.',
    '',
    '"Clara, you are quiet," said Mr. Orme.',
    '',
    '"I am thinking," said Clara.',
    '',
    'Clara had made no answer to his look. Clara turned to the glass, and Clara sighed. Suddenly he said:',
    '',
    '"Do not be foolish over this. Let yourself go, and you will see."',
    '',
  ].join('\n');

  it('keeps the man even under a model that would choose the woman named most', () => {
    const { result, ctx, sieve } = captureSieve(() => analyzeBook(bookOf(text)));
    const qi = ctx.quotes.findIndex((q) =>
      text.slice(q.parts[0]!.start, q.parts[0]!.end).startsWith('Do not'),
    );
    const nameOf = (id: string | null) => result.characters.find((c) => c.id === id)?.name ?? null;
    expect(sieve[qi]!.rule).toBe('tag-previous-paragraph/pronoun-said');
    expect(nameOf(sieve[qi]!.speaker)).toBe('Mr. Orme');
    // A model that reads nothing but how often the text names each candidate nearby.
    const weights = FEATURE_NAMES.map((f) => (f === 'localSalience' ? 50 : 0));
    const model = { ...DEFAULT_WEIGHTS, enabled: true, weights, overrideExplicit: 0 };
    const ranked = rerankSpeakers(ctx, sieve, model);
    expect(nameOf(ranked[qi]!.speaker)).toBe('Mr. Orme');
    // The same model on a line whose tag gives no gender does choose her: the hold is what kept him.
    const untagged = sieve.map((a, k) => (k === qi ? { ...a, rule: 'turn/alternate-back' } : a));
    expect(nameOf(rerankSpeakers(ctx, untagged, model)[qi]!.speaker)).toBe('Clara Dane');
  });
});

import { describe, expect, it } from 'vitest';
import {
  CALIBRATION_FAMILIES,
  type CalibrationMap,
  calibrateConfidence,
  calibrationFamily,
  DEFAULT_CALIBRATION,
  evaluateCurve,
  fitIsotonic,
} from '../../src/analysis/confidence/index.js';
import { analyzeBook } from '../../src/analysis/index.js';
import { RULE_IDS } from '../../src/analysis/speakers/index.js';
import { bookOf, fixture } from './helpers.js';

describe('isotonic calibration', () => {
  it('pools violators into a non-decreasing curve, smoothed away from 0 and 1', () => {
    // 0.2: 1 of 2 right; 0.5: 0 of 2 (violates, pooled with 0.2); 0.9: 4 of 4.
    const curve = fitIsotonic([
      { raw: 0.2, ok: true },
      { raw: 0.2, ok: false },
      { raw: 0.5, ok: false },
      { raw: 0.5, ok: false },
      { raw: 0.9, ok: true },
      { raw: 0.9, ok: true },
      { raw: 0.9, ok: true },
      { raw: 0.9, ok: true },
    ]);
    expect(curve.x).toEqual([0.35, 0.9]);
    expect(curve.y).toEqual([0.3333, 0.8333]);
    for (let i = 1; i < curve.y.length; i++) expect(curve.y[i]!).toBeGreaterThanOrEqual(curve.y[i - 1]!);
  });

  it('interpolates between knots and is flat outside them', () => {
    const curve = { x: [0.2, 0.6], y: [0.3, 0.7] };
    expect(evaluateCurve(curve, 0)).toBe(0.3);
    expect(evaluateCurve(curve, 0.4)).toBeCloseTo(0.5);
    expect(evaluateCurve(curve, 1)).toBe(0.7);
    expect(evaluateCurve({ x: [], y: [] }, 0.42)).toBe(0.42);
  });

  it('gives every rule id a family and the committed map a curve per family or a pooled one', () => {
    for (const id of RULE_IDS) expect(CALIBRATION_FAMILIES).toContain(calibrationFamily(id));
    expect(calibrationFamily('tag-after/said-name')).toBe('named-tag');
    expect(calibrationFamily('tag-after/said-pronoun')).toBe('other-tag');
    expect(calibrationFamily('turn/alternate-back')).toBe('turn');
    expect(calibrationFamily('ranker')).toBe('ranker');
    expect(DEFAULT_CALIBRATION.pooled.x.length).toBeGreaterThan(0);
  });

  it('uses the family curve, else the pooled one; null leaves the raw confidence', () => {
    const map: CalibrationMap = {
      families: { turn: { x: [0, 1], y: [0.1, 0.5] } },
      pooled: { x: [0, 1], y: [0.9, 0.9] },
      fittedOn: 'test',
    };
    expect(calibrateConfidence('turn/vocative', 0.5, map)).toBeCloseTo(0.3);
    expect(calibrateConfidence('beat/near', 0.5, map)).toBe(0.9);
    expect(calibrateConfidence('beat/near', 0.5, null)).toBe(0.5);
  });
});

describe('speaker evidence in the analysis', () => {
  const text = fixture('the-thornburys.txt');
  const calibrated = analyzeBook(bookOf(text));
  const raw = analyzeBook(bookOf(text), { calibration: null });

  it('changes only the confidence, never the speaker', () => {
    expect(calibrated.quotes.map((q) => [q.speaker, q.rule])).toEqual(
      raw.quotes.map((q) => [q.speaker, q.rule]),
    );
    expect(calibrated.quotes.every((q) => q.confidence >= 0 && q.confidence <= 1)).toBe(true);
  });

  it('gives a tag-decided speaker the span of its tag, and nothing else a span', () => {
    const tagged = calibrated.quotes.filter((q) => q.tagSpan);
    expect(tagged.length).toBeGreaterThan(0);
    for (const q of tagged) {
      expect(q.rule).toMatch(/^(tag-|sentence-|pronoun-sentence-)/);
      const words = text.slice(q.tagSpan!.start, q.tagSpan!.end);
      expect(words.length).toBeGreaterThan(0);
      expect(words).not.toMatch(/^\s|\s$/);
    }
    const byName = tagged.find((q) => q.rule.endsWith('/said-name') || q.rule.endsWith('/name-said'))!;
    const name = calibrated.characters.find((c) => c.id === byName.speaker)!;
    expect(name.aliases.some((a) => text.slice(byName.tagSpan!.start, byName.tagSpan!.end).includes(a))).toBe(
      true,
    );
    for (const q of calibrated.quotes)
      if (/^(beat|turn)\/|^ranker$|^last-resort$/.test(q.rule)) expect(q.tagSpan).toBeUndefined();
  });
});

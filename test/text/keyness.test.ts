import { describe, expect, it } from 'vitest';
import { countWords, keyWords, logLikelihood, subtractCounts } from '../../src/text/keyness.js';

describe('keyness', () => {
  it('counts words only, lower-cased, across the given spans', () => {
    const text = 'The carer said: "The donation, 1990." Carers wait.';
    const all = countWords(text);
    expect(all.counts.get('the')).toBe(2);
    expect(all.counts.get('carer')).toBe(1);
    expect(all.counts.has('1990')).toBe(false);
    expect(all.total).toBe(7);
    const part = countWords(text, [{ start: 0, end: 9 }]);
    expect([...part.counts.keys()]).toEqual(['the', 'carer']);
  });

  it('is zero for equal rates and signed by which side overuses the word', () => {
    expect(logLikelihood(10, 10, 1000, 1000)).toBeCloseTo(0);
    expect(logLikelihood(30, 5, 1000, 1000)).toBeGreaterThan(10.83);
    expect(logLikelihood(5, 30, 1000, 1000)).toBeLessThan(-10.83);
    // 20 against 2 in equal halves: expected 11 each, G² = 2(20 ln 20/11 + 2 ln 2/11) = 17.09.
    expect(logLikelihood(20, 2, 10000, 10000)).toBeCloseTo(17.09, 2);
  });

  it('names the words a part overuses against the rest, strongest first, skipping chance and one-offs', () => {
    const chapter = 'donation carer donation carer donation carer the the hailsham possible';
    const rest = Array.from({ length: 200 }, () => 'the walk road said the field').join(' ');
    const target = countWords(chapter);
    const whole = countWords(`${chapter} ${rest}`);
    const words = keyWords(target, subtractCounts(whole, target));
    expect(words.map((w) => w.word)).toEqual(['carer', 'donation']);
    expect(words[0]).toMatchObject({ count: 3, referenceCount: 0 });
  });
});

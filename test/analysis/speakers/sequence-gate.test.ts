import { describe, expect, it } from 'vitest';
import { DEFAULT_DECODER } from '../../../src/analysis/ranker/index.js';
import { type DecoderConfig, replaces } from '../../../src/analysis/ranker/sequence.js';
import type { Attribution } from '../../../src/analysis/speakers/index.js';

const config: DecoderConfig = {
  ...DEFAULT_DECODER,
  minMarginal: 0.5,
  maxRankerConfidence: 0.8,
  minRankerProbability: 0.1,
};
const ranker = (speaker: string | null, confidence: number): Attribution => ({
  speaker,
  type: 'implicit',
  confidence,
  addressees: [],
  rule: 'ranker',
});

describe('where the sequence decoder replaces the ranker', () => {
  const cases: { name: string; a: Attribution; posterior: number; rankerP: number; want: boolean }[] = [
    {
      name: 'an unsure ranker answer gives way to a likely sequence',
      a: ranker('A', 0.6),
      posterior: 0.7,
      rankerP: 0.3,
      want: true,
    },
    { name: 'a sure ranker answer stands', a: ranker('A', 0.85), posterior: 0.9, rankerP: 0.1, want: false },
    {
      name: 'a sequence the decoder itself doubts does not replace',
      a: ranker('A', 0.4),
      posterior: 0.45,
      rankerP: 0.4,
      want: false,
    },
    {
      name: 'someone only the sequence brings in does not replace',
      a: ranker('A', 0.4),
      posterior: 0.9,
      rankerP: 0.02,
      want: false,
    },
    {
      name: 'a quotation the ranker left open takes the sequence',
      a: ranker(null, 0),
      posterior: 0.6,
      rankerP: 0.2,
      want: true,
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      expect(replaces(config, c.a, c.posterior, c.rankerP)).toBe(c.want);
    });

  it('ships finite weights that penalise one speaker for two tight turns', () => {
    expect(DEFAULT_DECODER.sameTight).toBeLessThan(0);
    expect(typeof DEFAULT_DECODER.enabled).toBe('boolean');
    for (const v of Object.values(DEFAULT_DECODER))
      if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  });
});

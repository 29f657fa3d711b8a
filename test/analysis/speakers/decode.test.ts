import { describe, expect, it } from 'vitest';
import {
  type DecodeTurn,
  decodeExchange,
  type SequenceWeights,
} from '../../../src/analysis/speakers/decode.js';

const W: SequenceWeights = { evidence: 1, sameTight: -3, same: -0.5, alternate: 1 };
const ln = Math.log;

/** A turn from `{ speaker: probability }`; `loose` marks narration between it and the turn before. */
function turn(p: Record<string, number>, loose = false): DecodeTurn {
  const candidates = Object.keys(p);
  return { candidates, evidence: candidates.map((c) => ln(p[c]!)), tight: !loose };
}

const decoded = (turns: DecodeTurn[], w: SequenceWeights = W): string[] =>
  decodeExchange(turns, w).choice.map((j, t) => turns[t]!.candidates[j]!);

describe('decodeExchange', () => {
  const cases: { name: string; turns: DecodeTurn[]; want: string[]; w?: SequenceWeights }[] = [
    {
      name: 'a tagged pair fixes the untagged turns between by alternation',
      turns: [
        turn({ Eliza: 1 }),
        turn({ Darcy: 1 }),
        turn({ Eliza: 0.45, Darcy: 0.55 }),
        turn({ Eliza: 0.5, Darcy: 0.5 }),
      ],
      want: ['Eliza', 'Darcy', 'Eliza', 'Darcy'],
    },
    {
      name: 'a turn-by-turn favourite that would repeat its neighbour with no narration between gives way',
      turns: [turn({ Emma: 1 }), turn({ Emma: 0.6, Harriet: 0.4 })],
      want: ['Emma', 'Harriet'],
    },
    {
      name: 'with narration between, strong evidence for the same speaker stands',
      turns: [turn({ Emma: 1 }), turn({ Emma: 0.9, Harriet: 0.1 }, true)],
      want: ['Emma', 'Emma'],
    },
    {
      name: 'sure evidence is never overruled by the alternation prior',
      turns: [turn({ A: 1 }), turn({ B: 1 }), turn({ C: 0.97, A: 0.03 })],
      want: ['A', 'B', 'C'],
    },
    {
      name: 'a late tag reaches back through a run of untagged turns',
      turns: [
        turn({ A: 0.5, B: 0.5 }),
        turn({ A: 0.5, B: 0.5 }),
        turn({ A: 0.5, B: 0.5 }),
        turn({ A: 0.02, B: 0.98 }),
      ],
      want: ['A', 'B', 'A', 'B'],
    },
    {
      name: 'with the sequence switched off, each turn takes its own favourite',
      turns: [turn({ A: 0.6, B: 0.4 }), turn({ A: 0.7, B: 0.3 })],
      want: ['A', 'A'],
      w: { evidence: 1, sameTight: 0, same: 0, alternate: 0 },
    },
    {
      name: 'a single turn takes its favourite',
      turns: [turn({ A: 0.3, B: 0.7 })],
      want: ['B'],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      expect(decoded(c.turns, c.w)).toEqual(c.want);
    });

  it('gives marginals that sum to one and favour the decoded speaker', () => {
    const turns = [turn({ A: 1 }), turn({ B: 1 }), turn({ A: 0.5, B: 0.5 })];
    const { marginals, choice } = decodeExchange(turns, W);
    for (const m of marginals) expect(m.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    expect(turns[2]!.candidates[choice[2]!]).toBe('A');
    expect(marginals[2]![0]!).toBeGreaterThan(0.9);
  });

  it('decodes an empty exchange to nothing', () => {
    expect(decodeExchange([], W)).toEqual({ choice: [], marginals: [] });
  });
});

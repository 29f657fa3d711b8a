/**
 * The reader's tooltip for a speaker (src/server/views/speaker-certainty.ts): how the speaker was
 * found, and beside an unsure one the others the model found nearly as likely, by name.
 */
import { describe, expect, it } from 'vitest';
import { speakerEvidence } from '../../src/server/views/speaker-certainty.js';

const TEXT = '“You are too hasty,” said Mr. Darcy. “Am I?”';
const names: Record<string, string> = { c1: 'Mr. Darcy', c2: 'Elizabeth', c3: 'Colonel Fitzwilliam' };
const nameOf = (id: string) => names[id] ?? id;

describe('speaker evidence for the reader', () => {
  it('quotes the tag that decided', () => {
    const at = TEXT.indexOf('said Mr. Darcy');
    const e = speakerEvidence(
      TEXT,
      { speaker: 'c1', confidence: 0.98, rule: 'tag-after/said-name', tagSpan: { start: at, end: at + 14 } },
      nameOf,
    );
    expect(e).toBe('a speech tag: “said Mr. Darcy” (tag-after/said-name, confidence 0.98)');
  });

  it('names the close second choices of an unsure speaker, not the faint ones', () => {
    const e = speakerEvidence(
      TEXT,
      {
        speaker: 'c2',
        confidence: 0.45,
        rule: 'turn/alternate-back',
        runnersUp: [
          { speaker: 'c3', probability: 0.31 },
          { speaker: 'c1', probability: 0.12 },
        ],
      },
      nameOf,
    );
    expect(e).toBe(
      'turn-taking: the speakers of the conversation alternate (turn/alternate-back, confidence 0.45); perhaps Colonel Fitzwilliam, 0.31',
    );
  });

  it('says nothing for a line with no speaker', () => {
    expect(speakerEvidence(TEXT, { speaker: null, rule: 'none' }, nameOf)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { RawQuotation } from '../../../src/analysis/quotes.js';
import { DEFAULT_SPEAKER_OPTIONS } from '../../../src/analysis/speakers/options.js';
import {
  describedSpeaker,
  mentionRole,
  type SalienceSource,
  salientReferent,
} from '../../../src/analysis/speakers/salience.js';
import { textTokens } from '../../../src/analysis/speakers/text-tokens.js';
import type { Mention } from '../../../src/analysis/speakers/types.js';
import type { Gender } from '../../../src/lexicon.js';

const GENDER: Record<string, Gender> = { Jane: 'female', Lydia: 'female', Tom: 'male' };

/** A salience source over `text`: every name printed is a narration mention; `quotes` spoken by `speaker`. */
function source(text: string, quotes: RawQuotation[] = [], speaker: string | null = null): SalienceSource {
  const mentions: Mention[] = [];
  for (const name of Object.keys(GENDER))
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      mentions.push({ start: at, end: at + name.length, character: name, inQuote: false });
  mentions.sort((a, b) => a.start - b.start);
  return {
    text,
    mentions,
    quotes,
    genderOf: (id) => GENDER[id] ?? 'unknown',
    speakerOf: () => speaker,
    addressedIn: (qi) => (qi === 0 && text.includes('Lydia."') ? ['Lydia'] : []),
    model: DEFAULT_SPEAKER_OPTIONS.salience,
    tokens: textTokens(text),
  };
}

const W = DEFAULT_SPEAKER_OPTIONS.salience;

describe('salientReferent, the salience model alone', () => {
  it('a subject outweighs an object; only names of the asked gender count', () => {
    const text = 'Jane saw Lydia and Tom. END';
    const r = salientReferent(source(text), 0, text.indexOf('END'), 'female', 0);
    expect(r?.who).toBe('Jane');
    expect(r?.weights.get('Jane')).toBeCloseTo(W.subject * W.decay);
    expect(r?.weights.get('Lydia')).toBeCloseTo(W.object * W.decay);
    expect(r?.weights.has('Tom')).toBe(false);
    expect(salientReferent(source(text), 0, text.indexOf('END'), 'unknown', 0)).toBeNull();
  });

  it('a pronoun passes weight to whoever is most salient, and every sentence end halves it', () => {
    const text = 'Lydia spoke to Jane. She laughed. END';
    const r = salientReferent(source(text), 0, text.indexOf('END'), 'female', 0);
    expect(r?.who).toBe('Lydia');
    expect(r?.weights.get('Lydia')).toBeCloseTo(
      (W.subject * W.decay + W.subjectPronoun * W.subject) * W.decay,
    );
    expect(r?.weights.get('Jane')).toBeCloseTo(W.oblique * W.decay * W.decay);
  });

  it('reads only from `from` on, and passes over the ignored', () => {
    const text = 'Lydia spoke to Jane. She laughed. END';
    const at = text.indexOf('END');
    expect(salientReferent(source(text), text.indexOf('Jane'), at, 'female', 0)?.who).toBe('Jane');
    // From inside Lydia's name: the mention is not read, the pronoun then has nobody to pass weight to.
    expect(salientReferent(source(text), 2, at, 'female', 0)?.who).toBe('Jane');
    expect(salientReferent(source(text), 0, at, 'female', 0, ['Lydia'])?.who).toBe('Jane');
  });

  it('a subject pronoun does not mean a name later in its own clause ("she moved to Jane\'s place")', () => {
    // Lydia is the most salient woman when "She" is read, but "She" governs "Lydia's": it means Jane.
    const text = "Lydia sat by Jane. She moved across to Lydia's place. END";
    const r = salientReferent(source(text), 0, text.indexOf('END'), 'female', 0);
    expect(r?.weights.get('Jane')).toBeCloseTo(
      (W.oblique * W.decay + W.subjectPronoun * W.subject) * W.decay,
    );
    expect(r?.weights.get('Lydia')).toBeCloseTo((W.subject * W.decay + W.possessive) * W.decay);
    // A name opening a clause of its own after a comma is not governed: "she" may still be her.
    const free = 'Lydia sat by Jane. She looked up, and Lydia laughed. END';
    const r2 = salientReferent(source(free), 0, free.indexOf('END'), 'female', 0);
    expect(r2?.weights.get('Lydia') ?? 0).toBeGreaterThan(W.subjectPronoun * W.subject * W.decay);
  });

  it('a speech counts its speaker as a mention, and whoever it addresses by name gains most', () => {
    const text = 'Jane sat down. "Come here, Lydia." END';
    const q: RawQuotation = {
      parts: [{ start: text.indexOf('Come'), end: text.indexOf('." END') + 1 }],
      firstParagraph: 0,
      lastParagraph: 0,
    };
    const r = salientReferent(source(text, [q], 'Jane'), 0, text.indexOf('END'), 'female', 0);
    expect(r?.who).toBe('Lydia');
    expect(r?.weights.get('Lydia')).toBeCloseTo(W.vocative);
    expect(r?.weights.get('Jane')).toBeCloseTo(W.subject * W.decay * W.decay + W.speaker);
  });

  it('"Tom himself" is one mention: the reflexive adds nothing to the name before it', () => {
    const text = 'Tom himself came in. END';
    const r = salientReferent(source(text), 0, text.indexOf('END'), 'male', 0);
    expect(r?.weights.get('Tom')).toBeCloseTo(W.subject * W.decay);
    // a reflexive further on is a pronoun of its own ("Tom hurt himself")
    const later = 'Tom hurt himself. END';
    const l = salientReferent(source(later), 0, later.indexOf('END'), 'male', 0);
    expect(l?.weights.get('Tom')).toBeCloseTo((W.subject + W.otherPronoun * W.possessive) * W.decay);
  });
});

describe('mentionRole', () => {
  const role = (text: string, name: string) =>
    mentionRole(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('the one seen doing something is the subject of what they do', () => {
    expect(role('She saw Mr. Darcy walk into the room.', 'Mr. Darcy')).toBe('subject');
    expect(role('She heard Jane laugh.', 'Jane')).toBe('subject');
  });
  it('the one seen, and no more, stays the object', () => {
    expect(role('She saw Mr. Darcy in the room.', 'Mr. Darcy')).toBe('object');
    expect(role('She saw Mr. Darcy, who bowed.', 'Mr. Darcy')).toBe('object');
    expect(role('She saw Jane again.', 'Jane')).toBe('object');
    expect(role('She told Jane everything.', 'Jane')).toBe('object');
  });
});

describe('describedSpeaker: a servant’s “my lady”', () => {
  const described = (tag: string) => {
    const text = `"Where have you been, child?" ${tag}`;
    return describedSpeaker(text, { parts: [{ start: 1, end: 28 }] } as unknown as RawQuotation);
  };

  it('takes "said my lady" and "her ladyship" for a lady of rank, not the daughter', () => {
    for (const tag of ['said my lady.', 'her ladyship answered.']) {
      const f = described(tag);
      expect(f?.title?.test('Lady Verinder')).toBe(true);
      expect(f?.title?.test('Rachel')).toBe(false);
    }
    expect(described('said his lordship.')?.title?.test('Lord Orville')).toBe(true);
  });

  it('reads nothing into "my lady’s maid"', () => {
    expect(described('said my lady’s maid.')).toBeNull();
  });
});

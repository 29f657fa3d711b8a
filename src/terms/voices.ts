/**
 * Who uses a word: the narration, or a character's dialogue. An occurrence inside a quotation's
 * spoken part (the analysis' DialogueQuote parts, inside the quote marks) belongs to the quotation's
 * speaker, or to "dialogue, speaker unknown" when the analysis could not tell; anywhere else it is
 * narration.
 */

import { findLastStartingAtOrBefore } from '../book/span.js';
import type { TermsAnalysis } from './types.js';

/** `narration`, `unknown-speaker`, or a character id from the analysis. */
export type VoiceId = string;
export const NARRATION = 'narration';
export const UNKNOWN_SPEAKER = 'unknown-speaker';

export interface Voices {
  /** The voice at an offset. */
  at(offset: number): VoiceId;
  /** A readable name for a voice ("narration", "Kathy", "dialogue (speaker unknown)"). */
  name(voice: VoiceId): string;
}

export function voicesOf(analysis: TermsAnalysis): Voices {
  const quotes = [...analysis.quotes].sort((a, b) => a.start - b.start);
  const names = new Map(analysis.characters.map((c) => [c.id, c.name]));
  return {
    at(offset) {
      // Quotations do not nest in the analysis; the one starting last before the offset is the only
      // candidate.
      const q = quotes[findLastStartingAtOrBefore(quotes, offset)];
      if (!q || offset >= q.end) return NARRATION;
      const parts = q.parts && q.parts.length > 0 ? q.parts : [q];
      if (!parts.some((p) => offset >= p.start && offset < p.end)) return NARRATION;
      return q.speaker ?? UNKNOWN_SPEAKER;
    },
    name(voice) {
      if (voice === NARRATION) return 'narration';
      if (voice === UNKNOWN_SPEAKER) return 'dialogue (speaker unknown)';
      return names.get(voice) ?? voice;
    },
  };
}

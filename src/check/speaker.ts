import type { Span } from '../book/span.js';
import type { AttributionVerdict } from './types.js';

/**
 * Checking "X says …" against who speaks the line in the book. The speaker model is the part of
 * `analyzeBook`'s result this needs (structurally the same as `Analysis`), so the checker works with
 * any analysis version and without one (every attribution is then `unknown`).
 */
export interface SpeakerModel {
  characters: readonly { id: string; name: string; aliases: readonly string[] }[];
  quotes: readonly { start: number; end: number; speaker: string | null; confidence: number }[];
}

/** Below this confidence the model's speaker is not used to contradict a writer. */
const MIN_CONFIDENCE = 0.5;

const TITLE_WORDS = new Set(
  'mr mrs ms miss dr sir lady lord colonel col captain capt aunt uncle mme madame mademoiselle mlle monsieur professor prof father mother sister brother saint st rev reverend master dame count countess duke duchess prince princess king queen general major lieutenant judge old young little'.split(
    ' ',
  ),
);

function nameKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function coreWords(s: string): string[] {
  return nameKey(s)
    .split(' ')
    .filter((w) => w.length > 0 && !TITLE_WORDS.has(w));
}

type Character = SpeakerModel['characters'][number];

function namesOf(c: Character): string[] {
  return [c.name, ...c.aliases];
}

/** 2: the claimed name is one of the character's names; 1: it shares a name word (surname, first name); 0: no. */
function nameMatch(claimed: string, c: Character): 0 | 1 | 2 {
  const key = nameKey(claimed);
  if (namesOf(c).some((n) => nameKey(n) === key)) return 2;
  const core = coreWords(claimed);
  if (core.length === 0) return 0;
  const theirs = new Set(namesOf(c).flatMap(coreWords));
  return core.every((w) => theirs.has(w)) ? 1 : 0;
}

const NARRATOR_RE = /^(?:the|our|her|his) (?:narrator|speaker)$/i;

export interface AttributionResult {
  attribution: AttributionVerdict;
  bookSpeaker: string | null;
}

function dialogueAt(model: SpeakerModel, loc: Span): SpeakerModel['quotes'][number] | null {
  // The quotes are sorted by start; find those overlapping the located span, keep the largest overlap.
  let best: SpeakerModel['quotes'][number] | null = null;
  let bestOverlap = 0;
  let lo = 0;
  let hi = model.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (model.quotes[mid]!.end <= loc.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = Math.max(0, lo - 2); k < model.quotes.length; k++) {
    const q = model.quotes[k]!;
    if (q.start >= loc.end) break;
    const overlap = Math.min(q.end, loc.end) - Math.max(q.start, loc.start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = q;
    }
  }
  // Mostly narration when less than half of the located words are inside the dialogue.
  return best && bestOverlap * 2 >= loc.end - loc.start ? best : null;
}

export function checkAttribution(
  claimed: string | null,
  location: Span | null,
  model: SpeakerModel | null,
): AttributionResult {
  if (!claimed) return { attribution: 'none', bookSpeaker: null };
  if (!location || !model) return { attribution: 'unknown', bookSpeaker: null };
  const line = dialogueAt(model, location);
  const claimsNarrator = NARRATOR_RE.test(claimed.trim());
  if (!line) return { attribution: claimsNarrator ? 'supported' : 'unknown', bookSpeaker: null };
  const speaker = line.speaker
    ? (model.characters.find((c) => c.id === line.speaker) ??
      model.characters.find((c) => c.name === line.speaker))
    : undefined;
  const speakerName = speaker?.name ?? line.speaker ?? null;
  if (!speaker || line.confidence < MIN_CONFIDENCE)
    return { attribution: 'unknown', bookSpeaker: speakerName };
  if (claimsNarrator) return { attribution: 'contradicted', bookSpeaker: speakerName };
  const own = nameMatch(claimed, speaker);
  if (own === 2) return { attribution: 'supported', bookSpeaker: speakerName };
  const others = model.characters.filter((c) => c !== speaker).map((c) => nameMatch(claimed, c));
  if (others.includes(2)) return { attribution: 'contradicted', bookSpeaker: speakerName };
  if (own === 1) return { attribution: 'supported', bookSpeaker: speakerName };
  if (others.includes(1)) return { attribution: 'contradicted', bookSpeaker: speakerName };
  // The writer names someone the model does not know: no grounds to contradict.
  return { attribution: 'unknown', bookSpeaker: speakerName };
}

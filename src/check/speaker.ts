import type { Span } from '../book/span.js';
import { speechTagNear } from './book-tag.js';
import type { AttributionVerdict } from './types.js';

/**
 * Checking "X says …" against who speaks the line in the book. The speaker model is the part of
 * `analyzeBook`'s result this needs (structurally the same as `Analysis`), so the checker works with
 * any analysis version and without one (every attribution is then `unknown`).
 */
export interface SpeakerModel {
  characters: readonly {
    id: string;
    name: string;
    aliases: readonly string[];
    gender?: 'female' | 'male' | 'unknown';
  }[];
  quotes: readonly { start: number; end: number; speaker: string | null; confidence: number }[];
}

/** Below this confidence the model's speaker is not used at all. */
const MIN_CONFIDENCE = 0.5;
/**
 * Contradicting a writer is a strong claim (it fails the check), so it needs a confident model.
 * Measured: on PDNC (`npm run eval:speakers`, calibration table) the speaker is right 96% of the time at
 * 0.95 and above but 88% between 0.9 and 0.95; in `npm run eval:check`, 0.95 wrongly contradicts 5 of
 * 186 correct claims (0.9: 8) and still catches 32 of 65 wrong ones (0.9: 40).
 */
const CONTRADICT_MIN_CONFIDENCE = 0.95;

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

const MALE_TITLES = new Set([
  'mr',
  'sir',
  'lord',
  'colonel',
  'captain',
  'father',
  'brother',
  'uncle',
  'king',
  'prince',
  'duke',
  'count',
  'monsieur',
  'master',
]);
const MARRIED_TITLES = new Set(['mrs', 'madame', 'mme', 'lady', 'duchess', 'countess', 'queen']);
const UNMARRIED_TITLES = new Set(['miss', 'mademoiselle', 'mlle']);

function titleClass(s: string): 'male' | 'married' | 'unmarried' | null {
  const first = nameKey(s).split(' ')[0] ?? '';
  if (MALE_TITLES.has(first)) return 'male';
  if (MARRIED_TITLES.has(first)) return 'married';
  if (UNMARRIED_TITLES.has(first)) return 'unmarried';
  return null;
}

type Character = SpeakerModel['characters'][number];

/**
 * How well a name as written fits one of a character's names: 3 the same name; 1–2 shared name words
 * (more shared, higher); 0 none, or titles that cannot both be right ("Mrs. Bennet" is not "Miss Bennet").
 */
function nameScore(claimed: string, name: string): number {
  if (nameKey(claimed) === nameKey(name)) return 3;
  const a = coreWords(claimed);
  const b = new Set(coreWords(name));
  if (a.length === 0 || b.size === 0) return 0;
  const shared = a.filter((w) => b.has(w)).length;
  if (shared === 0) return 0;
  const ta = titleClass(claimed);
  const tb = titleClass(name);
  if (ta && tb && ta !== tb) return 0;
  return 1 + shared / a.length;
}

function characterScore(claimed: string, c: Character): number {
  let best = 0;
  for (const n of [c.name, ...c.aliases]) best = Math.max(best, nameScore(claimed, n));
  return best;
}

const NARRATOR_RE = /^(?:the|our|her|his) (?:narrator|speaker)$/i;

export interface AttributionResult {
  attribution: AttributionVerdict;
  /** What decided it: the speaker model, or the book's own speech tag ("said Ruth") where the model was unsure. */
  source: 'model' | 'tag' | null;
  bookSpeaker: string | null;
  /** The speaker model's confidence in `bookSpeaker` (0..1), or null. */
  speakerConfidence: number | null;
}

/**
 * The dialogue the located span is in. A located span can cover several quotations of the model (a
 * line split by "said Tommy"); their overlaps are added up per speaker. Null when less than half of
 * the span is dialogue (narration).
 */
function dialogueAt(model: SpeakerModel, loc: Span): { speaker: string | null; confidence: number } | null {
  let lo = 0;
  let hi = model.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (model.quotes[mid]!.end <= loc.start) lo = mid + 1;
    else hi = mid;
  }
  const bySpeaker = new Map<string | null, { overlap: number; confidence: number }>();
  let total = 0;
  for (let k = Math.max(0, lo - 2); k < model.quotes.length; k++) {
    const q = model.quotes[k]!;
    if (q.start >= loc.end) break;
    const overlap = Math.min(q.end, loc.end) - Math.max(q.start, loc.start);
    if (overlap <= 0) continue;
    total += overlap;
    const s = bySpeaker.get(q.speaker) ?? { overlap: 0, confidence: 1 };
    s.overlap += overlap;
    s.confidence = Math.min(s.confidence, q.confidence);
    bySpeaker.set(q.speaker, s);
  }
  if (total * 2 < loc.end - loc.start) return null;
  let best: { speaker: string | null; confidence: number } | null = null;
  let bestOverlap = -1;
  for (const [speaker, s] of bySpeaker) {
    if (s.overlap > bestOverlap) {
      bestOverlap = s.overlap;
      // several speakers inside one quotation: the model is less sure of any one of them
      best = { speaker, confidence: bySpeaker.size > 1 ? s.confidence * (s.overlap / total) : s.confidence };
    }
  }
  return best;
}

function modelAttribution(
  claimed: string | null,
  location: Span | null,
  model: SpeakerModel | null,
): Omit<AttributionResult, 'source'> {
  if (!claimed) return { attribution: 'none', bookSpeaker: null, speakerConfidence: null };
  if (!location || !model) return { attribution: 'unknown', bookSpeaker: null, speakerConfidence: null };
  const line = dialogueAt(model, location);
  const claimsNarrator = NARRATOR_RE.test(claimed.trim());
  if (!line) {
    return {
      attribution: claimsNarrator ? 'supported' : 'unknown',
      bookSpeaker: null,
      speakerConfidence: null,
    };
  }
  const speaker = line.speaker
    ? (model.characters.find((c) => c.id === line.speaker) ??
      model.characters.find((c) => c.name === line.speaker))
    : undefined;
  const speakerName = speaker?.name ?? line.speaker ?? null;
  if (!speaker || line.confidence < MIN_CONFIDENCE)
    return { attribution: 'unknown', bookSpeaker: speakerName, speakerConfidence: line.confidence };
  if (claimsNarrator) {
    const sure = line.confidence >= CONTRADICT_MIN_CONFIDENCE;
    return {
      attribution: sure ? 'contradicted' : 'unknown',
      bookSpeaker: speakerName,
      speakerConfidence: line.confidence,
    };
  }
  const own = characterScore(claimed, speaker);
  let other = 0;
  for (const c of model.characters) if (c !== speaker) other = Math.max(other, characterScore(claimed, c));
  if (own > 0 && own >= other)
    return { attribution: 'supported', bookSpeaker: speakerName, speakerConfidence: line.confidence };
  if (other > own) {
    const sure = line.confidence >= CONTRADICT_MIN_CONFIDENCE;
    return {
      attribution: sure ? 'contradicted' : 'unknown',
      bookSpeaker: speakerName,
      speakerConfidence: line.confidence,
    };
  }
  // The writer names someone the model does not know: no grounds to contradict.
  return { attribution: 'unknown', bookSpeaker: speakerName, speakerConfidence: line.confidence };
}

/** The character a name as written most likely means (null when no character's names fit). */
function characterNamed(name: string, model: SpeakerModel): Character | null {
  let best: Character | null = null;
  let bestScore = 0;
  for (const c of model.characters) {
    const score = characterScore(name, c);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/** Judge the claim against the book's own speech tag (model unsure, or no model). */
function tagAttribution(
  claimed: string,
  tagName: string,
  model: SpeakerModel | null,
): Omit<AttributionResult, 'source'> | null {
  const character = model ? characterNamed(tagName, model) : null;
  if (!model || !character) {
    // Without a cast, only agreement can be seen: "Elizabeth" and "Miss Bennet" may be one person.
    return nameScore(claimed, tagName) > 0
      ? { attribution: 'supported', bookSpeaker: tagName, speakerConfidence: null }
      : null;
  }
  const own = characterScore(claimed, character);
  let other = 0;
  for (const c of model.characters) if (c !== character) other = Math.max(other, characterScore(claimed, c));
  if (own > 0 && own >= other)
    return { attribution: 'supported', bookSpeaker: character.name, speakerConfidence: null };
  // A tag never contradicts on its own: measured (eval:check), the tags that disagreed with a writer
  // were mostly the next line's tag or another character's name in the sentence, not the speaker.
  return null;
}

export function checkAttribution(
  claimed: string | null,
  location: Span | null,
  model: SpeakerModel | null,
  bookText?: string,
): AttributionResult {
  const fromModel = modelAttribution(claimed, location, model);
  if (fromModel.attribution !== 'unknown' || !claimed || !location || bookText === undefined) {
    return { ...fromModel, source: fromModel.attribution === 'none' ? null : model ? 'model' : null };
  }
  if (NARRATOR_RE.test(claimed.trim())) return { ...fromModel, source: model ? 'model' : null };
  const tag = speechTagNear(bookText, location);
  const fromTag = tag ? tagAttribution(claimed, tag, model) : null;
  return fromTag ? { ...fromTag, source: 'tag' } : { ...fromModel, source: model ? 'model' : null };
}

/** The gender of the character a name as written means, from the speaker model (null: no such character). */
export function genderOfName(name: string, model: SpeakerModel): 'female' | 'male' | 'unknown' | null {
  const c = characterNamed(name, model);
  return c ? (c.gender ?? 'unknown') : null;
}

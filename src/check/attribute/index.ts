import type { Span } from '../../book/span.js';
import type { AttributionEvidence, AttributionVerdict, Credit, NameResolution } from '../types.js';
import { speechTagNear } from './book-tag.js';
import { type Cast, type CastSource, isNarratorName } from './cast.js';

/**
 * Stage 5 of the check, attribute: the writer's credit ("X says …") held against who speaks the
 * located line in the book, with the evidence for the verdict. The speaker model is the part of
 * `analyzeBook`'s result this needs (structurally the same as `Analysis`), so the checker works with
 * any analysis version and without one (attributions are then judged from the book's own tags only).
 */
export interface SpeakerModel extends CastSource {
  quotes: readonly {
    start: number;
    end: number;
    speaker: string | null;
    confidence: number;
    /** How the model found the speaker: `explicit` (a speech tag names them), `anaphoric`, `implicit`. */
    type?: string;
    /** Character ids spoken to, where the model knows. */
    addressees?: readonly string[];
  }[];
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

export interface AttributionResult {
  attribution: AttributionVerdict;
  bookSpeaker: string | null;
  /** The speaker model's confidence in `bookSpeaker` (0..1), or null. */
  speakerConfidence: number | null;
  claimedCharacter: NameResolution | null;
  evidence: AttributionEvidence | null;
  addressee: { claimed: string; attribution: AttributionVerdict; bookAddressees: string[] } | null;
}

interface ModelLine {
  speaker: string | null;
  confidence: number;
  type: string | null;
}

/**
 * The dialogue the located span is in. A located span can cover several quotations of the model (a
 * line split by "said Tommy"); their overlaps are added up per speaker. Null when less than half of
 * the span is dialogue (narration).
 */
function dialogueAt(model: SpeakerModel, loc: Span): ModelLine | null {
  let lo = 0;
  let hi = model.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (model.quotes[mid]!.end <= loc.start) lo = mid + 1;
    else hi = mid;
  }
  const bySpeaker = new Map<string | null, { overlap: number; confidence: number; type: string | null }>();
  let total = 0;
  for (let k = Math.max(0, lo - 2); k < model.quotes.length; k++) {
    const q = model.quotes[k]!;
    if (q.start >= loc.end) break;
    const overlap = Math.min(q.end, loc.end) - Math.max(q.start, loc.start);
    if (overlap <= 0) continue;
    total += overlap;
    const s = bySpeaker.get(q.speaker) ?? { overlap: 0, confidence: 1, type: q.type ?? null };
    s.overlap += overlap;
    s.confidence = Math.min(s.confidence, q.confidence);
    bySpeaker.set(q.speaker, s);
  }
  if (total * 2 < loc.end - loc.start) return null;
  let best: ModelLine | null = null;
  let bestOverlap = -1;
  for (const [speaker, s] of bySpeaker) {
    if (s.overlap > bestOverlap) {
      bestOverlap = s.overlap;
      // several speakers inside one quotation: the model is less sure of any one of them
      best = {
        speaker,
        confidence: bySpeaker.size > 1 ? s.confidence * (s.overlap / total) : s.confidence,
        type: s.type,
      };
    }
  }
  return best;
}

const MODEL_RULE_WORDS: Record<string, string> = {
  explicit: 'a speech tag names the speaker',
  anaphoric: 'a pronoun or description in the tag, resolved',
  implicit: 'inferred from turn-taking',
};

function modelEvidence(line: ModelLine): AttributionEvidence {
  const how = (line.type && MODEL_RULE_WORDS[line.type]) ?? 'the speaker model';
  return {
    source: 'model',
    ruleId: line.type ? `model/${line.type}` : 'model',
    summary: `${how} (${line.confidence.toFixed(2)})`,
    confidence: line.confidence,
  };
}

export interface AttributeContext {
  model: SpeakerModel | null;
  cast: Cast;
  bookText: string;
}

/** Judge a credit against the located line. `location` is null when the quotation was not located. */
export function attribute(
  credit: Credit | null,
  location: Span | null,
  ctx: AttributeContext,
): AttributionResult {
  const none: AttributionResult = {
    attribution: 'none',
    bookSpeaker: null,
    speakerConfidence: null,
    claimedCharacter: null,
    evidence: null,
    addressee: null,
  };
  if (!credit || credit.kind === 'author') return none;
  const claimed = credit.name;
  const claimedCharacter = ctx.cast.resolve(claimed);
  const unknown = (evidence: AttributionEvidence, line: ModelLine | null = null): AttributionResult => ({
    ...none,
    attribution: 'unknown',
    claimedCharacter,
    evidence,
    bookSpeaker: line?.speaker ? speakerName(ctx, line.speaker) : null,
    speakerConfidence: line?.confidence ?? null,
  });
  if (!location)
    return unknown({ source: 'none', ruleId: null, summary: 'not located in the book', confidence: null });
  const { model } = ctx;
  const line = model ? dialogueAt(model, location) : null;
  if (model && !line) {
    const evidence: AttributionEvidence = {
      source: 'narration',
      ruleId: 'model/narration',
      summary: 'the passage is narration, not dialogue',
      confidence: null,
    };
    return credit.kind === 'narrator'
      ? { ...none, attribution: 'supported', claimedCharacter, evidence }
      : unknown(evidence);
  }
  // The book's own speech tag at the passage: what a reader would go by.
  const tag = speechTagNear(ctx.bookText, location);
  const tagCharacter = tag ? ctx.cast.characterNamed(tag) : null;
  if (tag && credit.kind === 'character') {
    const agrees = tagCharacter ? ctx.cast.fit(claimed, tagCharacter) > 0 : false;
    if (agrees || (!model && ctx.cast.characters.length === 0 && sharesName(claimed, tag))) {
      return {
        ...none,
        attribution: 'supported',
        claimedCharacter,
        bookSpeaker: tagCharacter?.name ?? tag,
        evidence: {
          source: 'book-tag',
          ruleId: 'tag/named',
          summary: `the book says “… ${tag}”`,
          confidence: null,
        },
      };
    }
  }
  if (!model || !line)
    return unknown({ source: 'none', ruleId: null, summary: 'no speaker model', confidence: null });
  const speaker = line.speaker
    ? (model.characters.find((c) => c.id === line.speaker) ??
      model.characters.find((c) => c.name === line.speaker))
    : undefined;
  const evidence = modelEvidence(line);
  if (!speaker || line.confidence < MIN_CONFIDENCE) return unknown(evidence, line);
  const sure = line.confidence >= CONTRADICT_MIN_CONFIDENCE;
  const result = (attribution: AttributionVerdict): AttributionResult => ({
    ...none,
    attribution,
    claimedCharacter,
    evidence,
    bookSpeaker: speaker.name,
    speakerConfidence: line.confidence,
  });
  if (credit.kind === 'narrator') return result(sure ? 'contradicted' : 'unknown');
  const own = ctx.cast.fit(claimed, speaker);
  let other = 0;
  for (const c of model.characters) if (c !== speaker) other = Math.max(other, ctx.cast.fit(claimed, c));
  if (own > 0 && own >= other) return result('supported');
  if (other > own) return result(sure ? 'contradicted' : 'unknown');
  // The writer names someone the model does not know: no grounds to contradict.
  return result('unknown');
}

function speakerName(ctx: AttributeContext, id: string): string {
  return ctx.model?.characters.find((c) => c.id === id)?.name ?? id;
}

function sharesName(a: string, b: string): boolean {
  const words = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length > 2),
    );
  const wb = words(b);
  return [...words(a)].some((w) => wb.has(w));
}

export { isNarratorName };

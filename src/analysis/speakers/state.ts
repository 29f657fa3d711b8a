/**
 * What the sieve's stages decide and read as they go: each quotation's attribution, each turn's
 * speaker, the pronoun tags waiting for a referent. The scene (scene.ts) is fixed; this is not.
 */
import type { Span } from '../../book/span.js';
import type { QuoteType } from '../types.js';
import type { Scene } from './scene.js';
import type { Tag, TagSource } from './tags.js';
import type { Attribution } from './types.js';

/** A turn's speaker as decided so far. */
export interface Turn {
  paragraph: number;
  quotes: readonly number[];
  speaker: string | null;
  type: QuoteType;
  confidence: number;
  /** Characters named vocatively in this turn's speech (scene.turnVocatives). */
  vocatives: readonly string[];
  /** The id of the rule that decided the speaker (the quotation's rule when a tag decided). */
  rule: string;
  /** The span of the speech tag that decided, when a tag did. */
  tagSpan?: Span;
  /** The turn whose speaker a turn-taking rule copied or contrasted with. */
  from?: number;
}

export interface SieveState {
  scene: Scene;
  /** The tag readers' view of the book. */
  src: TagSource;
  /** Per quotation. */
  result: Attribution[];
  /** Per turn of the scene. */
  turns: Turn[];
  /** Quotations whose tag is a pronoun or description still to resolve, with the tag's rule id. */
  pending: Map<number, { tag: Tag; rule: string }>;
  /**
   * Pronoun tags given to a guess (the one named most nearby): their speaker stays on the quotation
   * but does not decide the turn, so turn-taking still fills it and reasons from surer turns.
   */
  guessed: Set<number>;
}

/**
 * Two turns with no narration between them are almost never one speaker's (0.7% on PDNC): an answer
 * that repeats the speaker of such a neighbour is passed over by the beat and turn-taking rules.
 */
export function repeatsNeighbour(state: SieveState, ti: number, who: string): boolean {
  const { tight } = state.scene;
  const { turns } = state;
  return (
    (tight[ti]! && turns[ti - 1]!.speaker === who) ||
    (ti + 1 < turns.length && tight[ti + 1]! && turns[ti + 1]!.speaker === who)
  );
}

/** A turn's speaker, type, confidence and rule, from a decided quotation of it. */
export function decideTurn(turn: Turn, a: Attribution): void {
  turn.speaker = a.speaker;
  turn.type = a.type;
  turn.confidence = a.confidence;
  turn.rule = a.rule;
  turn.tagSpan = a.tagSpan;
}

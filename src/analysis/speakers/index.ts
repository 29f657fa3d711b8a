/**
 * Who speaks each quotation: the scene (scene.ts), the tag readers (tags.ts), pronouns (pronouns.ts,
 * salience.ts), action beats (beats.ts) and turn-taking (turn-taking.ts), put together as a sieve of
 * named rules (sieve.ts). Tunables in options.ts; what was tried and measured worse in NOTES.md.
 */

export { BEAT_PASSES, type BeatRule } from './beats.js';
export { DEFAULT_SPEAKER_OPTIONS, type SalienceWeights, type SpeakerOptions } from './options.js';
export {
  countWords,
  firstMentionIndex,
  mentionsIn,
  paragraphTurns,
  type Scene,
  type SceneTurn,
  sceneOf,
} from './scene.js';
export {
  attributeSpeakers,
  newSieveState,
  type QuoteView,
  quoteView,
  RULE_IDS,
  TAG_RULES,
  type TagRule,
  type TurnTrace,
  traceTurns,
} from './sieve.js';
export type { SieveState, Turn } from './state.js';
export { LEVELS, type TurnRule } from './turn-taking.js';
export type { Attribution, Mention, SpeakerContext } from './types.js';

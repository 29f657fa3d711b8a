/**
 * Who speaks each quotation: the scene (scene.ts), the tag readers (tags.ts), pronouns (pronouns.ts,
 * salience.ts), action beats (beats.ts) and turn-taking (turn-taking.ts), put together as a sieve of
 * named rules (sieve.ts). Tunables in options.ts; what was tried and measured worse in NOTES.md.
 */
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
export { attributeSpeakers, RULE_IDS, TAG_RULES, type TurnTrace, traceTurns } from './sieve.js';
export type { Turn } from './state.js';
export type { Attribution, Mention, SpeakerContext } from './types.js';

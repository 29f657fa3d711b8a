import type { Participant } from './alternation.js';
import { alternationEvidence, otherPartyEvidence } from './evidence.js';
import { compareEach, type Person } from './identity.js';
import { narratorHere } from './narrator-name.js';
import type { AttributeContext, Finding, Reading } from './occurrence.js';
import { alternationStrength, otherPartyStrength } from './thresholds.js';
import { participantPerson, turnTakingAt } from './turn-taking.js';

/**
 * The book's turn-taking at a located line (turn-taking.ts) as the attribute stage's findings: who
 * speaks the line and who, the other person of the exchange, does not, each only where it is strong
 * enough to go by (thresholds.ts). occurrence.ts weighs them against the book's tag and the model.
 */

/** What the book's turn-taking says of a line (turn-taking.ts), where it is strong enough to go by. */
export interface TurnFindings {
  /** The line's speaker: enough to contradict a writer only with tags on both sides (thresholds.ts). */
  speaker: Finding | null;
  /** The other person of the exchange, who does not speak the line, where that is sure enough to contradict. */
  notSpeaker: Finding | null;
}

export function turnFindings(reading: Reading, ctx: AttributeContext): TurnFindings {
  const a = turnTakingAt(reading.loc, ctx);
  const s = a?.speaker;
  const strength = s ? alternationStrength(s) : 'too weak';
  const o = a?.other;
  const named = ctx.narratorNamedAt(reading.loc.start);
  const person = (p: Participant) => narratorHere(participantPerson(p, ctx.cast), named);
  return {
    speaker:
      a && s && strength !== 'too weak'
        ? {
            people: s.names.map(person),
            label: person(s.who).label,
            strong: strength === 'contradicts',
            evidence: alternationEvidence(a),
            confidence: null,
          }
        : null,
    notSpeaker:
      a && o && otherPartyStrength(o) === 'contradicts'
        ? {
            people: o.names.map(person),
            label: person(o.who).label,
            strong: true,
            evidence: otherPartyEvidence(a),
            confidence: null,
          }
        : null,
  };
}

/**
 * Every person the claimed name may mean is the other person of the exchange, by character (an
 * ambiguous "Miss Bennet" that may also mean the line's speaker is not), and none may be the line's
 * speaker under another name (identity.ts): only then may the other person's turns contradict.
 */
export function onlyThem(
  claimed: readonly Person[],
  excluded: Finding,
  speaker: Finding | null,
  ctx: AttributeContext,
): boolean {
  const ids = new Set(excluded.people.map((p) => p.id).filter((id) => id !== null));
  if (claimed.length === 0 || !claimed.every((p) => p.id !== null && ids.has(p.id))) return false;
  return !speaker || compareEach(claimed, speaker.people, ctx.together).relation === 'distinct';
}

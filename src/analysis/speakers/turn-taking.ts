/**
 * Sieve 4, turn-taking inside an exchange: speakers alternate, a vocative names the next speaker, a
 * reply by name names the one it answers. Rules from surest to loosest (LEVELS); each level runs until
 * nothing changes before the next one is tried. Then the last resort, so a reader sees the likeliest
 * speaker rather than none.
 */
import { namedAfter, recentOtherCharacter } from './pronouns.js';
import { firstMentionIndex, isNarratorId, narratorIdsOf, turnInExchange } from './scene.js';
import { repeatsNeighbour, type SieveState, type Turn } from './state.js';

/** A turn-taking rule: its id, the confidence it gives, and its answer for an open turn. */
export interface TurnRule {
  id: string;
  confidence: number;
  decide: (state: SieveState, ti: number) => { who: string; from: number } | null;
}
interface Decision {
  who: string;
  rule: TurnRule;
  /** The turn whose speaker the rule copied or contrasted with. */
  from: number;
}

/** Turn ti's speaker when ti is in the exchange of turn `from`, else undefined. */
function speakerAt(state: SieveState, ti: number, from: number): string | null | undefined {
  const k = turnInExchange(state.scene, ti, from);
  return k === null ? undefined : state.turns[k]!.speaker;
}
function turnAt(state: SieveState, ti: number, from: number): Turn | null {
  const k = turnInExchange(state.scene, ti, from);
  return k === null ? null : state.turns[k]!;
}

/**
 * The exchange's other party: whoever other than `not` speaks the most turns in the exchange holding
 * turn ti, the nearest before it on a tie.
 */
export function otherParticipant(state: SieveState, ti: number, not: string): string | null {
  const { turns } = state;
  const { breakBefore } = state.scene;
  const spoken = new Map<string, number>();
  const count = (k: number): void => {
    const sp = turns[k]!.speaker;
    if (sp && sp !== not) spoken.set(sp, (spoken.get(sp) ?? 0) + 1);
  };
  for (let k = ti - 1; k >= 0 && !breakBefore[k + 1]; k--) count(k);
  for (let k = ti + 1; k < turns.length && !breakBefore[k]; k++) count(k);
  let best: string | null = null;
  for (const [sp, n] of spoken) if (best === null || n > spoken.get(best)!) best = sp;
  return best;
}

/**
 * In the scene at turn ti: speaking in the last `sceneTurns` turns of the exchange, or named in the
 * narration within `sceneWindow` before it ("Miss Bennet" may be a sister far away), or the
 * first-person narrator.
 */
export function inScene(state: SieveState, id: string, ti: number): boolean {
  const { turns } = state;
  const { ctx, breakBefore, options } = state.scene;
  // A first-person narrator is in every scene they tell, though the narration never names them.
  if (isNarratorId(ctx, id)) return true;
  for (let k = ti - 1; k >= 0 && ti - k <= options.sceneTurns && !breakBefore[k + 1]; k--)
    if (turns[k]!.speaker === id) return true;
  const at = ctx.paragraphs[turns[ti]!.paragraph]!.start;
  const from = Math.max(0, at - options.sceneWindow);
  for (let i = firstMentionIndex(ctx.mentions, at) - 1; i >= 0 && ctx.mentions[i]!.start >= from; i--) {
    const m = ctx.mentions[i]!;
    if (!m.inQuote && m.character === id) return true;
  }
  return false;
}

/** A vocative in the previous turn names this turn's speaker, if that person is in the scene. */
const vocative: TurnRule = {
  id: 'turn/vocative',
  confidence: 0.65,
  decide: (state, ti) => {
    const p1 = turnAt(state, ti - 1, ti);
    const voc = p1?.vocatives.find((v) => v !== p1.speaker && inScene(state, v, ti));
    return voc ? { who: voc, from: ti - 1 } : null;
  },
};
/** The next turn answers by name whoever spoke this one: "…" / "Yes, Lizzy." */
const answered: TurnRule = {
  id: 'turn/answered',
  confidence: 0.55,
  decide: (state, ti) => {
    const n1 = turnAt(state, ti + 1, ti);
    const voc = n1?.vocatives.find((v) => v !== n1.speaker && inScene(state, v, ti));
    return voc ? { who: voc, from: ti + 1 } : null;
  },
};
/** A, B, ? : A. */
const alternateBack: TurnRule = {
  id: 'turn/alternate-back',
  confidence: 0.6,
  decide: (state, ti) => {
    const p1 = speakerAt(state, ti - 1, ti);
    const p2 = speakerAt(state, ti - 2, ti);
    return p1 && p2 && p1 !== p2 ? { who: p2, from: ti - 2 } : null;
  },
};
/** ?, A, B : B. */
const alternateAhead: TurnRule = {
  id: 'turn/alternate-ahead',
  confidence: 0.55,
  decide: (state, ti) => {
    const n1 = speakerAt(state, ti + 1, ti);
    const n2 = speakerAt(state, ti + 2, ti);
    return n1 && n2 && n1 !== n2 ? { who: n2, from: ti + 2 } : null;
  },
};
/** A, (open), ? : A. */
const skipBack: TurnRule = {
  id: 'turn/skip-back',
  confidence: 0.45,
  decide: (state, ti) => {
    const p2 = speakerAt(state, ti - 2, ti);
    return p2 && !speakerAt(state, ti - 1, ti) ? { who: p2, from: ti - 2 } : null;
  },
};
/** ?, (open), A : A. */
const skipAhead: TurnRule = {
  id: 'turn/skip-ahead',
  confidence: 0.4,
  decide: (state, ti) => {
    const n2 = speakerAt(state, ti + 2, ti);
    return n2 && !speakerAt(state, ti + 1, ti) ? { who: n2, from: ti + 2 } : null;
  },
};
/** The exchange's other party than the previous turn's speaker. */
const otherBack: TurnRule = {
  id: 'turn/other-back',
  confidence: 0.4,
  decide: (state, ti) => {
    const p1 = speakerAt(state, ti - 1, ti);
    const other = p1 ? otherParticipant(state, ti - 1, p1) : null;
    return other ? { who: other, from: ti - 1 } : null;
  },
};
/** The exchange's other party than the next turn's speaker. */
const otherAhead: TurnRule = {
  id: 'turn/other-ahead',
  confidence: 0.35,
  decide: (state, ti) => {
    const n1 = speakerAt(state, ti + 1, ti);
    const other = n1 ? otherParticipant(state, ti + 1, n1) : null;
    return other ? { who: other, from: ti + 1 } : null;
  },
};
/** The character named last in narration before the turn, other than the previous turn's speaker. */
const recentNamed: TurnRule = {
  id: 'turn/recent-named',
  confidence: 0.3,
  decide: (state, ti) => {
    const { ctx, options } = state.scene;
    const p1 = speakerAt(state, ti - 1, ti);
    const at = ctx.paragraphs[state.turns[ti]!.paragraph]!.start;
    const other = p1 ? recentOtherCharacter(ctx, at, p1, options.recentNamedWindow) : null;
    return other ? { who: other, from: ti - 1 } : null;
  },
};

/**
 * Levels from surest to loosest, ordered by measured precision on PDNC. Propagating alternation from
 * the turns before is much surer than from the turns after (a new voice often joins an exchange: on
 * turns where the two disagree, the one before is right twice as often), so every backward rule comes
 * before the forward ones, each level running to a fixed point first.
 */
export const LEVELS: readonly (readonly TurnRule[])[] = [
  [vocative, alternateBack],
  [answered],
  [skipBack],
  [alternateAhead],
  [skipAhead],
  [otherBack, otherAhead],
  [recentNamed],
];

/** The surest rule up to `level` whose answer repeats no neighbour with no narration between. */
function decide(state: SieveState, level: number, ti: number): Decision | null {
  for (let l = 0; l <= level; l++) {
    for (const rule of LEVELS[l]!) {
      const d = rule.decide(state, ti);
      if (d && !repeatsNeighbour(state, ti, d.who)) return { ...d, rule };
    }
  }
  return null;
}

/** Fills open turns level by level, each to a fixed point (`turnTakingPasses` at most). */
export function turnTaking(state: SieveState): void {
  const { turns } = state;
  for (let level = 0; level < LEVELS.length; level++) {
    for (let pass = 0; pass < state.scene.options.turnTakingPasses; pass++) {
      let changed = false;
      for (let ti = 0; ti < turns.length; ti++) {
        const t = turns[ti]!;
        if (t.speaker) continue;
        const r = decide(state, level, ti);
        // Nobody addresses themselves by name.
        if (r && !t.vocatives.includes(r.who)) {
          t.speaker = r.who;
          t.type = 'implicit';
          t.confidence = r.rule.confidence;
          t.rule = r.rule.id;
          t.from = r.from;
          changed = true;
        }
      }
      if (!changed) break;
    }
  }
}

/** The last resort's confidence: a guess, and said so. */
const LAST_RESORT_CONFIDENCE = 0.2;

/**
 * Last resort: the character named last in narration before the speech (else just after), so a
 * reader sees the likeliest speaker rather than none. Two turns with no narration between are almost
 * never one speaker's, yet passing over the neighbour alone lost: the guess is often right and an
 * untagged neighbour wrong. Next to a tagged turn the guess is the one wrong (right on 3 of 28 on
 * PDNC): the exchange's other party takes it. Elsewhere the speaker two turns ahead, by alternation,
 * else the other party, when that repeats no neighbour.
 */
export function lastResort(state: SieveState): void {
  const { turns, scene } = state;
  const { ctx, options, tight } = scene;
  for (const [ti, t] of turns.entries()) {
    if (t.speaker) continue;
    const at = ctx.quotes[t.quotes[0]!]!.parts[0]!.start;
    // A "he said" or "said the old man" no rule could resolve is still no line of the narrator's.
    const tagged3rd = t.quotes.some((qi) => state.pending.has(qi));
    const passOver = tagged3rd ? [...t.vocatives, ...narratorIdsOf(ctx)] : t.vocatives;
    let who =
      recentOtherCharacter(ctx, at, '', options.recentNamedWindow, passOver) ??
      namedAfter(ctx, at, null, passOver, options.namedAfterReach);
    if (who && repeatsNeighbour(state, ti, who)) {
      const taggedNeighbour = [ti - 1, ti + 1].some(
        (k) => tight[Math.max(k, ti)] && turns[k]?.speaker === who && turns[k]!.type === 'explicit',
      );
      const ahead = speakerAt(state, ti + 2, ti);
      const candidates = taggedNeighbour
        ? [otherParticipant(state, ti, who), ahead]
        : [ahead, otherParticipant(state, ti, who)];
      const alt = candidates.find(
        (c) =>
          c && c !== who && !passOver.includes(c) && (taggedNeighbour || !repeatsNeighbour(state, ti, c)),
      );
      if (alt) who = alt;
    }
    if (who) {
      t.speaker = who;
      t.type = 'implicit';
      t.confidence = LAST_RESORT_CONFIDENCE;
      t.rule = 'last-resort';
    }
  }
}

/**
 * Sieve 3, action beats: a turn no tag decided goes to the one character its narration is about
 * ("Elizabeth smiled. '…'"), or the narration paragraph just before it ("Charlotte tried to console
 * her.⏎⏎'I dare say…'"). Each rule is `{ id, confidence, decide }` and runs over every open turn.
 */
import { wordBefore } from './clause.js';
import { mentionsIn } from './scene.js';
import { repeatsNeighbour, type SieveState } from './state.js';
import type { Mention } from './types.js';

export interface BeatRule {
  id: string;
  confidence: number;
  /** The speaker of open turn ti, or null. */
  decide: (state: SieveState, ti: number) => string | null;
}

/** Words that aim an action at the name after them: "turned to Fanny", "looked at Edmund", "turned her eyes upon Leonora". */
const AIMED_AT = new Set(['to', 'at', 'towards', 'toward', 'upon']);

/**
 * A name in an action beat that the action is aimed at ("Sleary communicated a hint to Mr. Bounderby.
 * '…'") is the one spoken to, not the speaker.
 */
export function isTurnedTo(text: string, m: Mention): boolean {
  return AIMED_AT.has(wordBefore(text, m));
}

/** Narration names in [start, end) that may speak the turn: not whom it addresses or turns to. */
function beatNames(state: SieveState, ti: number, start: number, end: number): Mention[] {
  const { text, mentions } = state.scene.ctx;
  const vocatives = state.turns[ti]!.vocatives;
  return mentionsIn(mentions, start, end).filter(
    (m) => !m.inQuote && !vocatives.includes(m.character) && !isTurnedTo(text, m),
  );
}

/** The one character named in the turn's paragraph's narration; not the speaker of the speech right before. */
const onlyName: BeatRule = {
  id: 'beat/only-name',
  confidence: 0.62,
  decide: (state, ti) => {
    const { scene, turns } = state;
    const para = scene.ctx.paragraphs[turns[ti]!.paragraph]!;
    const names = beatNames(state, ti, para.start, para.end);
    if (names.length === 0 || new Set(names.map((m) => m.character)).size !== 1) return null;
    if (scene.tight[ti] && turns[ti - 1]!.speaker === names[0]!.character) return null;
    return names[0]!.character;
  },
};

/** Several people named in the paragraph: the sentence right before the speech, if it names one. */
const nearName: BeatRule = {
  id: 'beat/near',
  confidence: 0.52,
  decide: (state, ti) => {
    const { ctx } = state.scene;
    const turn = state.turns[ti]!;
    const para = ctx.paragraphs[turn.paragraph]!;
    const names = beatNames(state, ti, para.start, para.end);
    if (new Set(names.map((m) => m.character)).size < 2) return null;
    const firstQuoteStart = ctx.quotes[turn.quotes[0]!]!.parts[0]!.start;
    const pre = ctx.text.slice(para.start, firstQuoteStart);
    const stop = Math.max(pre.lastIndexOf('. '), pre.lastIndexOf('! '), pre.lastIndexOf('? '));
    const sentenceStart = para.start + (stop >= 0 ? stop + 2 : 0);
    const near = new Set(
      names.filter((m) => m.start >= sentenceStart && m.start < firstQuoteStart).map((m) => m.character),
    );
    return near.size === 1 ? [...near][0]! : null;
  },
};

/**
 * A speech opening its paragraph after a narration paragraph whose last sentence is about one
 * character ("Charlotte tried to console her.⏎⏎'I dare say…'"); not one who spoke a neighbouring turn
 * with no narration between.
 */
const paragraphBefore: BeatRule = {
  id: 'beat/paragraph-before',
  confidence: 0.48,
  decide: (state, ti) => {
    const { ctx } = state.scene;
    const q = ctx.quotes[state.turns[ti]!.quotes[0]!]!;
    const para = ctx.paragraphs[q.firstParagraph]!;
    if (q.firstParagraph === 0 || q.parts[0]!.start - para.start > 1) return null;
    const prev = ctx.paragraphs[q.firstParagraph - 1]!;
    if (ctx.quotes.some((o) => o.lastParagraph === q.firstParagraph - 1)) return null;
    const body = ctx.text.slice(prev.start, prev.end);
    const lastStop = Math.max(
      body.lastIndexOf('. ', body.length - 2),
      body.lastIndexOf('.\n', body.length - 2),
    );
    const sentenceStart = prev.start + (lastStop >= 0 ? lastStop + 2 : 0);
    const names = beatNames(state, ti, sentenceStart, prev.end);
    if (new Set(names.map((m) => m.character)).size !== 1) return null;
    return repeatsNeighbour(state, ti, names[0]!.character) ? null : names[0]!.character;
  },
};

/**
 * In order: the paragraph's own narration (one name, else the sentence before the speech) over every
 * turn, then the paragraph before over the turns still open.
 */
export const BEAT_PASSES: readonly (readonly BeatRule[])[] = [[onlyName, nearName], [paragraphBefore]];

/** Runs the beat rules over the turns no tag decided. */
export function beats(state: SieveState): void {
  for (const pass of BEAT_PASSES) {
    for (const [ti, turn] of state.turns.entries()) {
      if (turn.speaker) continue;
      for (const rule of pass) {
        const who = rule.decide(state, ti);
        if (!who) continue;
        turn.speaker = who;
        turn.type = 'implicit';
        turn.confidence = rule.confidence;
        turn.rule = rule.id;
        break;
      }
    }
  }
}

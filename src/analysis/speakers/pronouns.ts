/**
 * Pronoun and description tags ("said she", "said her mother", "cried the old lady", "said the
 * other"): who they mean. Resolvers from surest to loosest, each tried only when the ones before
 * found nobody; the first answer decides the quotation (rule id: the tag's, its confidence 0.9 of the
 * tag's own: the referent is a guess on top of the tag).
 */
import { type Gender, KIN_FAMILY, KIN_TERMS } from '../../lexicon.js';
import { isTurnedTo } from './beats.js';
import { OBJECT_PREPOSITIONS, wordBefore } from './clause.js';
import { describedSpeaker, namedInPronounTag, type SalienceSource, salientReferent } from './salience.js';
import {
  countWords,
  exchangeStart,
  firstMentionIndex,
  isNarratorId,
  mentionsIn,
  narratorIdsOf,
} from './scene.js';
import { decideTurn, type SieveState } from './state.js';
import type { Tag } from './tags.js';
import type { Mention, SpeakerContext } from './types.js';

/** A resolved pronoun or description keeps this share of its tag's confidence. */
const RESOLVED = 0.9;
/** "Said the other": the other party of the exchange, found by turn order alone. */
const OTHER_PARTY_CONFIDENCE = 0.6;

/** Relations (of KIN_TERMS) usually of another family name than the person they are related to. */
const otherFamilyKin = (noun: string) => KIN_FAMILY.get(noun) === 'other';
/** Relations (of KIN_TERMS) that carry the family name and a married title (Mrs. / Mr.) of the possessor's family. */
const isParentOrSpouse = (noun: string) => KIN_FAMILY.get(noun) === 'parent-or-spouse';

export interface LastNamedQuery {
  /** Read back to here. */
  from: number;
  /** Only characters of this gender. */
  gender?: Gender;
  /** Passed over: whom the speech addresses by name ('"Mr. Darcy," said he': he is not Mr. Darcy). */
  addressed?: readonly string[];
  /** Passed over entirely. */
  skip?: string;
  /** A second choice: the answer only when no other name is found before `from`. */
  secondChoice?: (m: Mention) => boolean;
}

/** The character named last in narration before `offset`, as the query narrows it; null when none. */
export function lastNamed(ctx: SpeakerContext, offset: number, query: LastNamedQuery): string | null {
  const { gender, addressed = [], skip, secondChoice } = query;
  const windowStart = Math.max(0, query.from);
  let fallback: string | null = null;
  for (let i = firstMentionIndex(ctx.mentions, offset) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.start < windowStart) break;
    if (m.inQuote || m.character === skip) continue;
    if (gender && ctx.genderOf(m.character) !== gender) continue;
    if (addressed.includes(m.character)) continue;
    if (secondChoice?.(m)) {
      fallback ??= m.character;
      continue;
    }
    return m.character;
  }
  return fallback;
}

/** Most recent character of the given gender named in narration before `offset`, `exclude` a second choice. */
export function resolvePronoun(
  ctx: SpeakerContext,
  offset: number,
  gender: Gender,
  exclude: string | null,
  from: number,
  addressed: readonly string[] = [],
): string | null {
  return lastNamed(ctx, offset, { from, gender, addressed, secondChoice: (m) => m.character === exclude });
}

/**
 * The most recent character named in narration before `offset` who is not `exclude`, passing over names
 * after a preposition ("her praise of Mr. Bingley", "turned to Jane"): those are talked about or to,
 * less often the one who speaks next. Such a name is the answer only when no other is found.
 */
export function recentOtherCharacter(
  ctx: SpeakerContext,
  offset: number,
  exclude: string,
  window: number,
  addressed: readonly string[] = [],
): string | null {
  return lastNamed(ctx, offset, {
    from: offset - window,
    addressed,
    skip: exclude,
    secondChoice: (m) => OBJECT_PREPOSITIONS.has(wordBefore(ctx.text, m)),
  });
}

/**
 * "said her mother": find whose mother (the last character of the possessive's gender named, or the
 * one spoken to), then the character of the same family name with the relation's gender, a married
 * title for wife / mother / husband / father, and the most mentions.
 */
export function resolveKin(
  ctx: SpeakerContext,
  offset: number,
  kin: { possessor: Gender; noun: string },
  prevSpeaker: string | null,
  window: number,
): string | null {
  const possessor = resolvePronoun(ctx, offset, kin.possessor, null, offset - window) ?? prevSpeaker;
  const family = possessor ? ctx.familyOf(possessor) : null;
  if (!possessor || !family?.surname) return null;
  const gender = KIN_TERMS.get(kin.noun)!;
  const parentOrSpouse = isParentOrSpouse(kin.noun);
  let best: string | null = null;
  let bestScore = -1;
  for (const id of ctx.characterIds) {
    if (id === possessor) continue;
    const f = ctx.familyOf(id);
    if (!f || f.surname !== family.surname || ctx.genderOf(id) !== gender) continue;
    let score = ctx.mentionCount(id);
    if (parentOrSpouse && (gender === 'female' ? f.married : f.mister)) score += 100000;
    if (score > bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

/**
 * Nobody of that gender named before (a chapter opening on dialogue): the first one named in the
 * narration that follows, within `reach`.
 */
export function namedAfter(
  ctx: SpeakerContext,
  offset: number,
  gender: Gender | null,
  addressed: readonly string[],
  reach: number,
): string | null {
  for (let i = firstMentionIndex(ctx.mentions, offset); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i]!;
    if (m.start > offset + reach) break;
    if (m.inQuote || addressed.includes(m.character)) continue;
    if (gender === null || ctx.genderOf(m.character) === gender) return m.character;
  }
  return null;
}

/**
 * A pronoun tag with nobody of its gender named within pages (a long tête-à-tête in which one party is
 * seldom named): whoever of that gender is named most often around it.
 */
export function mostNamedNear(
  ctx: SpeakerContext,
  offset: number,
  gender: Gender,
  radius: number,
): string | null {
  const counts = new Map<string, number>();
  for (let i = firstMentionIndex(ctx.mentions, offset - radius); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i]!;
    if (m.start > offset + radius) break;
    if (ctx.genderOf(m.character) === gender) counts.set(m.character, (counts.get(m.character) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
  return best;
}

/**
 * Sieve 2: every pronoun and description tag the tag rules left open. "said her mother" through the
 * family name; "said her aunt" to the most salient woman of another family name; "said she" to the
 * most salient woman (salience.ts); "cried the old lady" to the most salient woman not called Miss,
 * "said the general" to the most salient General; other descriptions, and pronouns with no one
 * salient, to the man or woman of a mixed pair, else the last one named in narration since the
 * exchange began, else the last one named at all, else the first one named just after, else (a
 * pronoun) whoever of that gender is named most nearby — a guess that does not decide the turn.
 */
export function resolvePendingTags(state: SieveState): void {
  const { scene, result, turns, pending, guessed } = state;
  const { ctx, options, breakBefore, tight } = scene;
  const { text, quotes } = ctx;
  const salienceSource: SalienceSource = {
    text,
    mentions: ctx.mentions,
    quotes,
    genderOf: ctx.genderOf,
    speakerOf: (qj) => result[qj]!.speaker ?? turns[scene.turnOfQuote[qj]!]!.speaker,
    addressedIn: (qj) => turns[scene.turnOfQuote[qj]!]!.vocatives,
    model: options.salience,
    tokens: scene.tokens,
  };

  /** The first-person narrator under every name the sieve knows them by: no "he" or "she" means them. */
  const narratorIds = narratorIdsOf(ctx);
  const notNarrator = (id: string | null): string | null => (id && isNarratorId(ctx, id) ? null : id);

  /**
   * "he said" in an exchange between one man and one woman (the last `mixedPairTurns` decided turns):
   * the man. Only when the pair is unambiguous; a third speaker or two of one gender and it stays silent.
   */
  const mixedPairMember = (ti: number, gender: Gender): string | null => {
    const seen: string[] = [];
    for (let k = ti - 1; k >= 0 && seen.length < options.mixedPairTurns; k--) {
      if (breakBefore[k + 1]) break;
      const sp = turns[k]!.speaker;
      if (sp) seen.push(sp);
    }
    const people = [...new Set(seen)];
    if (people.length !== 2) return null;
    const match = people.filter((p) => ctx.genderOf(p) === gender);
    const other = people.filter((p) => ctx.genderOf(p) !== gender && ctx.genderOf(p) !== 'unknown');
    return match.length === 1 && other.length === 1 ? match[0]! : null;
  };

  /**
   * Characters the narration interrupting a speech of turn ti before `at` aims an action at ("'…'
   * (looking towards Captain Wentworth,) '…'") and names nowhere else there: the speaker's audience.
   * (Not narration between two speeches of a paragraph, which may pass to someone else: "…," he
   * replied. … Philip glanced at Lilia … She talked bravely … saying, "…".)
   */
  const turnedToInTurn = (ti: number, at: number): string[] => {
    const named: Mention[] = [];
    for (const qj of turns[ti]!.quotes) {
      const parts = quotes[qj]!.parts;
      for (let k = 1; k < parts.length && parts[k]!.start <= at; k++)
        named.push(...mentionsIn(ctx.mentions, parts[k - 1]!.end, parts[k]!.start));
    }
    const aimedAt = new Set(named.filter((m) => isTurnedTo(text, m)).map((m) => m.character));
    for (const m of named) if (!isTurnedTo(text, m)) aimedAt.delete(m.character);
    return [...aimedAt];
  };

  /**
   * The most salient character of the pronoun's gender in the narration and speech before the tag. Right
   * after the previous turn's speech, with no narration between, that turn's speaker is passed over:
   * speakers alternate. So is whoever a tag names for the speech right after, with no narration between.
   */
  const salient = (
    ti: number,
    qi: number,
    gender: Gender,
    prevSpeaker: string | null,
    fits: (id: string) => boolean = () => true,
    fallback = true,
  ): string | null => {
    const at = quotes[qi]!.parts[0]!.start;
    // Whoever the speech or its tag addresses by name is not its speaker, nor whom the turn's own
    // narration turns to before it ("'…,' (looking towards Captain Wentworth,) '…' And … he wound up
    // by adding": Harville, not Wentworth).
    const ignore = [
      ...turns[ti]!.vocatives,
      ...namedInPronounTag(text, quotes[qi]!, ctx.mentions),
      ...turnedToInTurn(ti, at),
      ...narratorIds,
    ];
    const r = salientReferent(salienceSource, at - options.antecedentWindow, at, gender, qi, ignore);
    if (!r) return null;
    let skip: string | null = null;
    if (prevSpeaker) {
      const prevQ = quotes[turns[ti - 1]!.quotes[turns[ti - 1]!.quotes.length - 1]!]!;
      if (countWords(text, prevQ.parts[prevQ.parts.length - 1]!.end, at) <= options.tightWords)
        skip = prevSpeaker;
    }
    const skipNext = tight[ti + 1] ? turns[ti + 1]!.speaker : null;
    let best: string | null = null;
    let bestWeight = 0;
    for (const [id, w] of r.weights) {
      if (id !== skip && id !== skipNext && w > bestWeight && fits(id)) {
        best = id;
        bestWeight = w;
      }
    }
    return best ?? (fallback ? r.who : null);
  };

  /**
   * "said her mother": through the family name (resolveKin). "said her aunt" / "his uncle": the most
   * salient man or woman not of the possessor's family name (an aunt is seldom a Bennet to a Bennet).
   */
  const kinSpeaker = (
    ti: number,
    qi: number,
    at: number,
    kin: { possessor: Gender; noun: string },
    prevSpeaker: string | null,
  ): string | null => {
    const otherFamily = otherFamilyKin(kin.noun);
    if (!otherFamily) {
      const byFamily = resolveKin(ctx, at, kin, prevSpeaker, options.antecedentWindow);
      if (byFamily || !isParentOrSpouse(kin.noun)) return byFamily;
    }
    const possessor =
      resolvePronoun(ctx, at, kin.possessor, null, at - options.antecedentWindow) ?? prevSpeaker;
    const gender = KIN_TERMS.get(kin.noun)!;
    const surname = possessor ? ctx.familyOf(possessor)?.surname : null;
    // An aunt is not of the possessor's family name. A parent or spouse the family name did not find
    // ("cried her mother" after Kitty, whom the cast knows by no family name): the most salient
    // married woman (a Mr. for "her father") who is not Kitty herself.
    const fits = (id: string): boolean => {
      if (id === possessor) return false;
      const f = ctx.familyOf(id);
      if (otherFamily) return !surname || f?.surname !== surname;
      return gender === 'female' ? f?.married === true : f?.mister === true;
    };
    return salient(ti, qi, gender, prevSpeaker, fits, false);
  };

  /** "cried the old lady", "said the general": the most salient character the description fits. */
  const describedSalient = (
    ti: number,
    qi: number,
    gender: Gender,
    prevSpeaker: string | null,
  ): string | null => {
    const fit = describedSpeaker(text, quotes[qi]!);
    if (!fit) return null;
    const at = quotes[qi]!.parts[0]!.start;
    const fits = (id: string): boolean => {
      const from = firstMentionIndex(ctx.mentions, at - options.describedWindows * options.antecedentWindow);
      for (
        let i = from;
        i < ctx.mentions.length && ctx.mentions[i]!.start < at + options.describedAhead;
        i++
      ) {
        const m = ctx.mentions[i]!;
        if (m.character !== id) continue;
        const name = text.slice(m.start, m.end);
        if (fit.title?.test(name)) return true;
        if (fit.notTitle?.test(name)) return false;
      }
      return !fit.title;
    };
    return (
      salient(ti, qi, gender, prevSpeaker, fits, false) ??
      (fit.title ? (onlyTitled(fit.title) ?? lastTitled(fit.title, at, turns[ti]!.vocatives)) : null)
    );
  };

  /**
   * "“To see Sir Henry. Ah, here he is!” … “Good-morning, Holmes,” said the baronet": the last one
   * named with the title before the tag, in speech too (an arrival is announced), within the
   * description's reach; not whom the line itself addresses.
   */
  const lastTitled = (title: RegExp, at: number, addressed: readonly string[]): string | null => {
    const from = at - options.describedWindows * options.antecedentWindow;
    for (let i = firstMentionIndex(ctx.mentions, at) - 1; i >= 0; i--) {
      const m = ctx.mentions[i]!;
      if (m.start < from) break;
      if (!addressed.includes(m.character) && title.test(text.slice(m.start, m.end))) return m.character;
    }
    return null;
  };

  /**
   * "said the general" with no General salient near: the one character the whole book names with that
   * title (Northanger Abbey's General Tilney), else nobody.
   */
  const titledCache = new Map<RegExp, string | null>();
  const onlyTitled = (title: RegExp): string | null => {
    if (titledCache.has(title)) return titledCache.get(title)!;
    const ids = new Set<string>();
    for (const m of ctx.mentions) if (title.test(text.slice(m.start, m.end))) ids.add(m.character);
    const only = ids.size === 1 ? [...ids][0]! : null;
    titledCache.set(title, only);
    return only;
  };

  /**
   * "said his companion", "her friend replied": first whose companion (the last man or woman named in
   * narration, as for a pronoun), then the one they are with: the latest speaker of the exchange who
   * is not the possessor nor addressed by name, else the most salient such character (of the noun's
   * gender, if it has one: "his hostess").
   */
  const companionSpeaker = (
    ti: number,
    qi: number,
    at: number,
    possessorGender: Gender,
    gender: Gender | null,
    addressed: readonly string[],
  ): string | null => {
    const possessor = resolvePronoun(ctx, at, possessorGender, null, at - options.antecedentWindow);
    const ignore = [...addressed, ...(possessor ? [possessor] : [])];
    const fits = (id: string | null): id is string =>
      id !== null && !ignore.includes(id) && (!gender || ctx.genderOf(id) === gender);
    for (let k = ti - 1; k >= 0 && ti - k <= options.otherPartyTurns && !breakBefore[k + 1]; k--) {
      const sp = turns[k]!.speaker;
      if (fits(sp)) return sp;
    }
    let best: string | null = null;
    let bestWeight = 0;
    for (const g of gender ? [gender] : (['male', 'female'] as const)) {
      const r = salientReferent(salienceSource, at - options.antecedentWindow, at, g, qi, ignore);
      for (const [id, w] of r?.weights ?? []) {
        if (w > bestWeight) {
          best = id;
          bestWeight = w;
        }
      }
    }
    return best;
  };

  /** The last guess: a pronoun (not a description) on a turn no other tag has decided. */
  const guessSpeaker = (qi: number, tag: Tag, ti: number, at: number): string | null => {
    if (tag.description || turns[ti]!.speaker) return null;
    const who = mostNamedNear(ctx, at, tag.pronoun!, options.mostNamedRadius);
    if (who) guessed.add(qi);
    return who;
  };

  /** The tag's referent found: the quotation is theirs, by the tag's rule, with the tag as evidence. */
  const answer = (qi: number, who: string, confidence: number, rule: string, tag: Tag): void => {
    result[qi] = {
      ...result[qi]!,
      speaker: who,
      type: 'anaphoric',
      confidence,
      rule,
      ...(tag.span ? { tagSpan: tag.span } : {}),
    };
  };

  for (let ti = 0; ti < turns.length; ti++) {
    const turn = turns[ti]!;
    for (const qi of turn.quotes) {
      const open = pending.get(qi);
      if (!open || result[qi]!.speaker) continue;
      const { tag, rule } = open;
      const prevSpeaker = ti > 0 && !breakBefore[ti] ? turns[ti - 1]!.speaker : null;
      if (tag.otherParty) {
        let other: string | null = null;
        for (
          let k = ti - 1;
          k >= 0 && ti - k <= options.otherPartyTurns && !breakBefore[k + 1] && !other;
          k--
        ) {
          const sp = turns[k]!.speaker;
          if (sp && sp !== prevSpeaker) other = sp;
        }
        if (other) answer(qi, other, OTHER_PARTY_CONFIDENCE, rule, tag);
        continue;
      }
      const at = quotes[qi]!.parts[0]!.start;
      if (tag.companionOf) {
        const who = companionSpeaker(ti, qi, at, tag.companionOf, tag.pronoun ?? null, turn.vocatives);
        if (who) answer(qi, who, tag.confidence * RESOLVED, rule, tag);
        continue;
      }
      const g = tag.pronoun!;
      // "he said", "said the old man": never the first-person narrator, who is "I".
      const passOver = [...turn.vocatives, ...narratorIds];
      const who = notNarrator(
        (tag.kin ? kinSpeaker(ti, qi, at, tag.kin, prevSpeaker) : null) ??
          (tag.description ? null : salient(ti, qi, g, prevSpeaker)) ??
          (tag.description && !tag.kin ? describedSalient(ti, qi, g, prevSpeaker) : null) ??
          notNarrator(mixedPairMember(ti, g)) ??
          resolvePronoun(ctx, at, g, prevSpeaker, exchangeStart(scene, ti), passOver) ??
          resolvePronoun(ctx, at, g, prevSpeaker, at - options.antecedentWindow, passOver) ??
          namedAfter(ctx, at, g, passOver, options.namedAfterReach) ??
          notNarrator(guessSpeaker(qi, tag, ti, at)),
      );
      if (who) answer(qi, who, tag.confidence * RESOLVED, rule, tag);
    }
    if (!turn.speaker) {
      const decided = turn.quotes
        .filter((qi) => !guessed.has(qi))
        .map((qi) => result[qi]!)
        .find((r) => r.speaker);
      if (decided) decideTurn(turn, decided);
    }
  }
}

/**
 * The attribution sieve: named rules from the surest to the loosest, each filling only what the rules
 * before it left open. The id of the rule that decided travels with each attribution.
 *
 * 1. Tag rules (TAG_RULES), per quotation: where to look for a speech tag; the tag readers (tags.ts)
 *    say what it is. Rule id `<where>/<form>`: `tag-after/said-name`, `tag-before/pronoun-said`.
 * 2. Pronoun and description tags resolved (pronouns.ts); the rule id stays the tag's.
 * 3. Action beats (beats.ts): `beat/only-name`, `beat/near`, `beat/paragraph-before`.
 * 4. Turn-taking inside an exchange (turn-taking.ts, LEVELS): `turn/vocative`, `turn/alternate-back`, …
 * 5. Last resort: `last-resort`.
 * A quotation nothing decided has the rule `none`.
 */
import type { Span } from '../../book/span.js';
import { BEAT_PASSES, beats } from './beats.js';
import { DEFAULT_SPEAKER_OPTIONS, type SpeakerOptions } from './options.js';
import { resolvePendingTags } from './pronouns.js';
import { firstMentionIndex, sceneOf } from './scene.js';
import { beganTagBefore, pronounSentenceTagBefore, sentenceTagBefore } from './sentence-tags.js';
import { decideTurn, type SieveState, type Turn } from './state.js';
import {
  SENTENCE_FORMS,
  TAG_AFTER_FORMS,
  TAG_BEFORE_FORMS,
  type Tag,
  type TagForm,
  tagAfter,
  tagBefore,
} from './tags.js';
import { LEVELS, lastResort, turnTaking } from './turn-taking.js';
import type { Attribution, SpeakerContext } from './types.js';

/** Where a tag rule looks: the quotation, its narration bounds and paragraph, as the scene gives them. */
export interface QuoteView {
  state: SieveState;
  qi: number;
  /** Narration before the quotation starts here (its paragraph, or after the speech before it in the paragraph). */
  preStart: number;
  /** Narration after the quotation ends here. */
  postEnd: number;
  /** The narration before the quotation is the paragraph's opening (no speech before it in the paragraph). */
  opensParagraph: boolean;
  /** The quotation's first mark opens its paragraph. */
  atParagraphStart: boolean;
}

export interface TagRule {
  id: string;
  /** The tag forms the rule can find (for the catalogue of rule ids). */
  forms: readonly TagForm[];
  decide: (view: QuoteView) => Tag | null;
}

/** '"…," he pursued, "…," said Mr. Childers': a tag between two parts; a named one beats a pronoun. */
const between: TagRule = {
  id: 'tag-between',
  forms: TAG_AFTER_FORMS,
  decide: ({ state, qi }) => {
    const q = state.scene.ctx.quotes[qi]!;
    let tag: Tag | null = null;
    for (let k = 0; k + 1 < q.parts.length && !tag?.speaker; k++) {
      if (q.parts[k + 1]!.start - q.parts[k]!.end > state.scene.options.betweenPartsReach) continue;
      const found = tagAfter(state.src, q.parts[k]!.end + 1, q.parts[k + 1]!.start - 1);
      if (!tag || found?.speaker) tag = found;
    }
    return tag;
  },
};

/** `Beaver said, "…", and Brenda asked…`: a sure tag ending right at the opening mark comes first. */
const opening: TagRule = {
  id: 'tag-opening',
  forms: TAG_BEFORE_FORMS,
  decide: ({ state, qi, preStart }) => {
    const start = state.scene.ctx.quotes[qi]!.parts[0]!.start;
    if (!/[,:\u2014-]\s*$/.test(state.scene.ctx.text.slice(Math.max(preStart, start - 4), start - 1)))
      return null;
    const before = tagBefore(state.src, preStart, start - 1);
    return before && before.confidence >= state.scene.options.openingTagConfidence ? before : null;
  },
};

/** The first clause after the quotation: `, said Elizabeth`. */
const after: TagRule = {
  id: 'tag-after',
  forms: TAG_AFTER_FORMS,
  decide: ({ state, qi, postEnd }) => {
    const q = state.scene.ctx.quotes[qi]!;
    return tagAfter(state.src, q.parts[q.parts.length - 1]!.end + 1, postEnd);
  },
};

/** The last clause before the quotation: `Elizabeth said:`. */
const before: TagRule = {
  id: 'tag-before',
  forms: TAG_BEFORE_FORMS,
  decide: ({ state, qi, preStart }) =>
    tagBefore(state.src, preStart, state.scene.ctx.quotes[qi]!.parts[0]!.start - 1),
};

/**
 * The narration ending the paragraph just before a quotation that opens its own: the whole
 * paragraph, or what follows its last quotation (`afterSpeech`). Where the rules below look.
 */
function narrationBefore(view: QuoteView): { from: number; end: number; afterSpeech: boolean } | null {
  const { state, qi, opensParagraph, atParagraphStart } = view;
  const { paragraphs, quotes } = state.scene.ctx;
  const q = quotes[qi]!;
  if (!opensParagraph || !atParagraphStart || q.firstParagraph === 0) return null;
  const prevPara = paragraphs[q.firstParagraph - 1]!;
  const prevQ = quotes[qi - 1];
  const afterSpeech = prevQ !== undefined && prevQ.lastParagraph === q.firstParagraph - 1;
  const from = afterSpeech ? prevQ.parts[prevQ.parts.length - 1]!.end + 1 : prevPara.start;
  return { from, end: prevPara.end, afterSpeech };
}

/**
 * "…thus accosted by Miss Bingley,⏎⏎"I can guess…"": the tag ends the previous paragraph open (a
 * comma, colon or dash; or a dash some texts print as spaces: "Tom Bertram began again   ⏎").
 */
const previousParagraph: TagRule = {
  id: 'tag-previous-paragraph',
  forms: TAG_BEFORE_FORMS,
  decide: (view) => {
    const before = narrationBefore(view);
    if (!before) return null;
    const { text, paragraphs, quotes } = view.state.scene.ctx;
    const para = paragraphs[quotes[view.qi]!.firstParagraph]!;
    const endsOpen =
      /[,:\u2014-]$/.test(text.slice(before.end - 1, before.end)) ||
      / {2,}\n/.test(text.slice(before.end, para.start));
    // Only the narration after the paragraph's last quotation, if it has one.
    return endsOpen && before.end - before.from > 3
      ? tagBefore(view.state.src, before.from, before.end)
      : null;
  },
};

/**
 * "Sissy resumed in a lower voice. "At last…"": a short sentence of a speech verb before the speech, in
 * narration that no earlier speech in the paragraph (whose tag it would be) precedes; after one, only
 * "Mrs. Hurst began again." (beganTagBefore).
 */
const sentenceBefore: TagRule = {
  id: 'sentence-before',
  forms: SENTENCE_FORMS,
  decide: ({ state, qi, preStart, opensParagraph }) =>
    (opensParagraph ? sentenceTagBefore : beganTagBefore)(
      state.src,
      preStart,
      state.scene.ctx.quotes[qi]!.parts[0]!.start - 1,
    ),
};

/** The paragraph just before, when it is narration with no speech (whose tag a sentence at its end would be). */
function speechlessParagraphBefore(view: QuoteView): Span | null {
  const before = narrationBefore(view);
  return before && !before.afterSpeech ? { start: before.from, end: before.end } : null;
}

/**
 * The same sentence ending the narration paragraph just before (one with no speech); ending a
 * paragraph of speech, only "Mrs. Hurst began again." after its last speech (beganTagBefore).
 */
const sentencePreviousParagraph: TagRule = {
  id: 'sentence-previous-paragraph',
  forms: SENTENCE_FORMS,
  decide: (view) => {
    const before = narrationBefore(view);
    if (!before) return null;
    if (!before.afterSpeech) return sentenceTagBefore(view.state.src, before.from, before.end);
    return before.from < before.end ? beganTagBefore(view.state.src, before.from, before.end) : null;
  },
};

/** "She went on.", "He resumed.": the short sentence with a pronoun subject. */
const pronounSentenceBefore: TagRule = {
  id: 'pronoun-sentence-before',
  forms: ['pronoun-began'],
  decide: ({ state, qi, preStart, opensParagraph }) =>
    opensParagraph
      ? pronounSentenceTagBefore(state.src, preStart, state.scene.ctx.quotes[qi]!.parts[0]!.start - 1)
      : null,
};

/** The same short sentence ending the narration paragraph just before (one with no speech). */
const pronounSentencePreviousParagraph: TagRule = {
  id: 'pronoun-sentence-previous-paragraph',
  forms: ['pronoun-began'],
  decide: (view) => {
    const para = speechlessParagraphBefore(view);
    return para ? pronounSentenceTagBefore(view.state.src, para.start, para.end) : null;
  },
};

/** "ROSALIND: (Outside) Yes!": the label of a line the book prints as a play names its speaker. */
const scriptLabel: TagRule = {
  id: 'script',
  forms: ['label'],
  decide: ({ state, qi }) => {
    const label = state.scene.ctx.quotes[qi]!.label;
    if (!label) return null;
    const { mentions } = state.scene.ctx;
    const m = mentions[firstMentionIndex(mentions, label.start)];
    return m && m.start === label.start
      ? { form: 'label', speaker: m.character, type: 'explicit', confidence: 0.97 }
      : null;
  },
};

/** The tag rules in the order they are tried; the first that finds a tag decides. */
export const TAG_RULES: readonly TagRule[] = [
  scriptLabel,
  between,
  opening,
  after,
  before,
  previousParagraph,
  sentenceBefore,
  sentencePreviousParagraph,
  pronounSentenceBefore,
  pronounSentencePreviousParagraph,
];

/** Every rule id an attribution can carry. */
export const RULE_IDS: ReadonlySet<string> = new Set([
  ...TAG_RULES.flatMap((r) => r.forms.map((f) => `${r.id}/${f}`)),
  ...BEAT_PASSES.flat().map((r) => r.id),
  ...LEVELS.flat().map((r) => r.id),
  'last-resort',
  'none',
]);

/** What the tag rules see of quotation qi. */
export function quoteView(state: SieveState, qi: number): QuoteView {
  const { scene } = state;
  const q = scene.ctx.quotes[qi]!;
  const para = scene.ctx.paragraphs[q.firstParagraph]!;
  const preStart = scene.narrationStart[qi]!;
  return {
    state,
    qi,
    preStart,
    postEnd: scene.narrationEnd[qi]!,
    opensParagraph: preStart === para.start,
    atParagraphStart: q.parts[0]!.start - para.start <= 1,
  };
}

/** Sieve 1, per quotation: the first tag rule that finds a tag, with its rule id. */
function findTag(state: SieveState, qi: number): { tag: Tag; rule: string } | null {
  const view = quoteView(state, qi);
  const calls = state.scene.vocatives[qi]!;
  for (const rule of TAG_RULES) {
    const tag = rule.decide(view);
    // "Janet had gone away, when my aunt cried out, 'Janet! Donkeys!'": a name read from the sentence
    // around the speech, not beside its verb, is not the speaker when the speech calls them by it.
    if (tag?.speaker && calls.includes(tag.speaker)) {
      if (!ADJACENT_NAME_FORMS.has(tag.form)) return null;
      // '"…Isn't he, Rawdon?" Rawdon laughed out': a laugh answers the speech that calls him.
      if (tag.span && REACTION.test(state.src.text.slice(tag.span.start, tag.span.end))) return null;
    }
    if (tag) return { tag, rule: `${rule.id}/${tag.form}` };
  }
  return null;
}

/**
 * Tag forms with the name right beside the speech verb ("said Elizabeth"): read even when the speech
 * calls that name. Measured on PDNC: dropping the other forms' name when the speech calls it,
 * 18,091 → 18,095 right; dropping every form's, 18,094 (Explicit −2).
 */
const ADJACENT_NAME_FORMS: ReadonlySet<string> = new Set(['said-name', 'name-said']);
/** Verbs of a reaction more than of speech, which a named tag may still use ("'Yes,' he laughed"). */
const REACTION = /\b(?:laughed|laughs|smiled|smiles|grinned|grins|nodded|nods|chuckled|chuckles)\b/;

/** Development aid: what a trace sees, every turn and whether an exchange breaks before it. */
export interface TurnTrace {
  turns: readonly Readonly<Turn>[];
  breakBefore: readonly boolean[];
}
let traceSink: ((t: TurnTrace) => void) | null = null;

/** Development aid: runs `fn` (an analysis) with `sink` receiving the sieve's turns, to study its errors. */
export function traceTurns<T>(sink: (t: TurnTrace) => void, fn: () => T): T {
  traceSink = sink;
  try {
    return fn();
  } finally {
    traceSink = null;
  }
}

/** Attribute every quotation to a speaker with the sieve (see the top of this file). */
export function attributeSpeakers(
  ctx: SpeakerContext,
  options: SpeakerOptions = DEFAULT_SPEAKER_OPTIONS,
): Attribution[] {
  const state = newSieveState(ctx, options);
  const { scene } = state;
  const { result, turns } = state;
  for (const turn of turns) {
    for (const qi of turn.quotes) {
      const found = findTag(state, qi);
      if (!found) continue;
      const { tag, rule } = found;
      if (tag.addressee) result[qi]!.addressees.push(tag.addressee);
      if (tag.speaker)
        result[qi] = {
          ...result[qi]!,
          speaker: tag.speaker,
          type: tag.type,
          confidence: tag.confidence,
          rule,
          ...(tag.span ? { tagSpan: tag.span } : {}),
        };
      else if (tag.pronoun || tag.otherParty || tag.companionOf) state.pending.set(qi, found);
    }
    // The turn's speaker: the first attributed quotation of the paragraph.
    const decided = turn.quotes.map((qi) => result[qi]!).find((r) => r.speaker);
    if (decided) decideTurn(turn, decided);
  }
  resolvePendingTags(state);
  beats(state);
  turnTaking(state);
  lastResort(state);
  traceSink?.({ turns, breakBefore: scene.breakBefore });
  spreadTurns(state);
  return result;
}

/** A sieve with nothing decided yet: what every stage starts from (and a rule's unit test). */
export function newSieveState(
  ctx: SpeakerContext,
  options: SpeakerOptions = DEFAULT_SPEAKER_OPTIONS,
): SieveState {
  const scene = sceneOf(ctx, options);
  const { text, mentions, narrator } = scene.ctx;
  return {
    scene,
    src: { text, mentions, narrator, options: scene.options, genderOf: scene.ctx.genderOf },
    result: scene.ctx.quotes.map(() => ({
      speaker: null,
      type: 'none',
      confidence: 0,
      addressees: [],
      rule: 'none',
    })),
    turns: scene.turns.map((t, ti) => ({
      paragraph: t.paragraph,
      quotes: t.quotes,
      speaker: null,
      type: 'none',
      confidence: 0,
      vocatives: scene.turnVocatives[ti]!,
      rule: 'none',
    })),
    pending: new Map(),
    guessed: new Set(),
  };
}

/**
 * Each turn's speaker to its quotations that have none of their own, and the addressees: whom the
 * speech names, else the other speaker of the turn before or after in the exchange.
 */
function spreadTurns(state: SieveState): void {
  const { turns, result } = state;
  const { breakBefore } = state.scene;
  for (let ti = 0; ti < turns.length; ti++) {
    const t = turns[ti]!;
    const prev = ti >= 1 && !breakBefore[ti] ? turns[ti - 1]! : null;
    const next = ti + 1 < turns.length && !breakBefore[ti + 1] ? turns[ti + 1]! : null;
    // The speaker the paragraph's last tag before a quotation named: "“…?” said Mary. “…,” he
    // answered. “I've seen the spring now…”" goes on in his voice, not the paragraph's first speaker's.
    let lastTagged: Attribution | null = null;
    for (const qi of t.quotes) {
      const r = result[qi]!;
      const own = lastTagged;
      if (r.speaker && r.tagSpan) lastTagged = r;
      if (
        !r.speaker &&
        own &&
        own.speaker !== t.speaker &&
        !state.scene.vocatives[qi]!.includes(own.speaker!)
      ) {
        r.speaker = own.speaker;
        r.type = own.type;
        r.confidence = own.confidence;
        r.rule = own.rule;
        if (own.tagSpan) r.tagSpan = own.tagSpan;
      }
      // "'…,' observed Fergus, while carving. 'Nonsense, Fergus! …'": a quotation of the turn without a
      // tag of its own that calls the turn's speaker by name is someone else's: the one they were
      // talking with just before, when there is one (else it is left without a speaker).
      const calls = state.scene.vocatives[qi]!;
      if (!r.speaker && t.speaker && calls.includes(t.speaker)) {
        const other = prev?.speaker;
        if (other && other !== t.speaker && !calls.includes(other)) {
          r.speaker = other;
          r.type = 'implicit';
          r.confidence = prev.confidence;
          r.rule = 'turn/other-back';
        }
      } else if (!r.speaker && t.speaker) {
        r.speaker = t.speaker;
        r.type = t.type;
        r.confidence = t.confidence;
        r.rule = t.rule;
        if (t.tagSpan) r.tagSpan = t.tagSpan;
      }
      const voc = t.vocatives.filter((v) => v !== r.speaker);
      const addressees = new Set(r.addressees);
      for (const v of voc) addressees.add(v);
      if (addressees.size === 0) {
        const other =
          prev?.speaker && prev.speaker !== r.speaker
            ? prev.speaker
            : next?.speaker !== r.speaker
              ? next?.speaker
              : null;
        if (other) addressees.add(other);
      }
      r.addressees = [...addressees];
    }
  }
}

import {
  ANSWERS_THE_LINE,
  abbreviatedTitleAlternation,
  isPresentCreditVerb,
  PASSIVE_CREDIT_PARTICIPLES,
  REPLY_VERBS,
} from '../../../lexicon.js';
import { lazyRegExp } from '../../../text/lazy-regexp.js';
import { LETTERS, LOWERS, UPPERS } from '../../../text/letters.js';
import { callsByName } from '../../extract/split.js';
import { isEnglishWord } from '../../locate/english.js';
import {
  ADDRESSEE,
  ADVERB,
  FINITE_VERB_RE,
  LOWER,
  NARRATOR,
  SAYING_NOUNS,
  SPEAKER,
  VERBS,
  WRITTEN_NAME,
} from '../name-pattern.js';
import { COMMENT_LABEL, type CreditSite, firstSentenceEnd, type Segment } from '../site.js';
import { readOwnedSaying } from './owned-saying.js';
import { type CreditRule, type RuleMatch, readWith, sub } from './rule.js';
import { KIN_BEFORE_NAME } from './tag-parts.js';

/**
 * Credits a writer adds as a gloss on the quotation rather than as a tag: the passive ("These lines
 * were uttered by Mr. Knightley when…", "This quote is spoken by X to Y"), and a comment opening the
 * block after a quotation set apart ("Mr. Bennet's observation…", "Mrs. Norris, who…", "Here Darcy
 * says this to…"). Labels ("Speaker: Mr. Darcy", a quiz's answer) are labels.ts's.
 */

// ---------------------------------------------------------------------------------------------
// The passive

const PASSIVE_VERBS = PASSIVE_CREDIT_PARTICIPLES.map(
  (v) => `[${v[0]!.toUpperCase()}${v[0]}]${v.slice(1)}`,
).join('|');
const PASSIVE = lazyRegExp(
  () =>
    new RegExp(
      `\\b(?:${PASSIVE_VERBS})\\s+(?:(?:aloud|here|later|earlier|first|again)\\s+)?by\\s+${KIN_BEFORE_NAME}(?<name>${SPEAKER})(?:\\s+to\\s+(?<to>${ADDRESSEE}))?`,
      'dgu',
    ),
);

/**
 * What the one spoken to undergoes, running straight into the words: "Tom is scolded by Aunt Polly:
 * “…”". Only there: after a quotation ("“…” Tom is scolded by Aunt Polly for it") the words are the
 * one scolded's, and before a tag of the subject's own ("Tom, scolded by Aunt Polly, answers:") his.
 */
const UNDERGOES = lazyRegExp(
  () =>
    new RegExp(
      `\\b(?:told|warned|scolded|reproached|rebuked|teased|taunted|mocked|greeted|interrupted|corrected|questioned|challenged|answered|reminded|urged|begged|ordered|commanded)\\s+by\\s+(?<name>${SPEAKER})(?:\\s+to\\s+(?<to>${ADDRESSEE}))?\\s*[,:]?\\s*$`,
      'dgu',
    ),
);

/** The writer's words after the quotation (in its block, else the block after), from their first word, under any "Explanation:" label. */
function wordsAfter(site: CreditSite): Segment | null {
  const trail = site.trail;
  const lettersInTrail = /\p{L}/u.test(trail.text);
  const seg = lettersInTrail ? trail : site.following;
  if (!seg) return null;
  const lead = seg.text.search(/\S/);
  if (lead < 0) return null;
  const rest = sub(seg, lead);
  // A study guide's "Explanation: The Count says this…": the label is not part of the sentence.
  const label = EXPLANATION_LABEL().exec(rest.text);
  return label ? sub(rest, label[0].length) : rest;
}

/** The first sentence of the writer's words after the quotation (in its block, else the block after). */
function nextSentence(site: CreditSite): Segment | null {
  const rest = wordsAfter(site);
  return rest && sub(rest, 0, firstSentenceEnd(rest.text));
}

/**
 * The second sentence after the quotation, when it points back at it ("This is the end of Chapter 2,
 * when Dr. Mortimer finishes his story. These words are Mortimer's answer…"), else null.
 */
function pointingBackSentence(site: CreditSite): Segment | null {
  const rest = wordsAfter(site);
  if (!rest) return null;
  const first = firstSentenceEnd(rest.text);
  const after = sub(rest, first);
  const lead = after.text.search(/\S/);
  // (a paragraph break ends the comment: the next block is about something else)
  if (lead < 0 || after.text.slice(0, lead).includes('\n\n')) return null;
  const second = sub(after, lead);
  if (!/^(?:These|This|Those|That|The|It)\s/.test(second.text)) return null;
  const sentence = sub(second, 0, firstSentenceEnd(second.text));
  // "The next line belongs to Jo: “…”" introduces the next quotation, not this one.
  const end = sentence.start + sentence.text.length;
  if (/^\S+\s+(?:next|following)\b/i.test(sentence.text) || end >= site.nextStart - 3) return null;
  return sentence;
}

/**
 * The sentence is a heading of its own (Markdown `#`, or a bold line alone), or opens the next point
 * of a numbered list ("4. **The Cheshire Cat's wisdom.** The Cat also tells Alice: …" under item 3's
 * block quotation: probe round AF231, read as that quotation's credit), not the quotation's trail.
 */
function headsNextSection(site: CreditSite, sentence: Segment): boolean {
  const block = site.doc.blocks.find(
    (b) => b.content.start <= sentence.start && sentence.start < b.content.end,
  );
  if (!block || block === site.block) return false;
  if (block.kind === 'heading') return true;
  const opensNumberedItem =
    block.kind === 'list-item' &&
    /^\d/.test(block.marker ?? '') &&
    !/[^\s*_]/.test(site.text.slice(block.content.start, sentence.start));
  if (opensNumberedItem) return true;
  const text = site.text.slice(block.content.start, block.content.end).trim();
  return /^(\*\*|__)[^*_\n]+\1$/.test(text) && !/[.!?]\s*(\*\*|__)$/.test(text);
}

/** The sentence after the quotation stands under an "Explanation:" label (nextSentence dropped it). */
function labelledSentence(site: CreditSite): boolean {
  const seg = /\p{L}/u.test(site.trail.text) ? site.trail : site.following;
  return seg !== null && EXPLANATION_LABEL().test(seg.text.trimStart());
}
const EXPLANATION_LABEL = lazyRegExp(() => new RegExp(`^[*_]*${COMMENT_LABEL}[*_]*\\s*:[*_]*\\s*`, 'u'));

/**
 * "Another view is offered by Uncle Venner.", "The last word is given by Phoebe.": a passive whose
 * subject is some other line introduces that one, not the quotation before it.
 */
const ANOTHER_LINE =
  /^\W*(?:[Aa]nother|[Aa]\s+(?:different|second|third|further|later|contrasting)|[Tt]he\s+(?:next|following|opposite|contrasting|last\s+word|final\s+word)|[Oo]ne\s+more)\b/;

/**
 * The sentence runs on a colon into the next quotation ("Hawthorne's final judgement is given by
 * Uncle Venner: “…”"): it introduces that one, not the quotation before it.
 */
function leadsIntoNext(site: CreditSite, sentence: Segment): boolean {
  if (site.nextStart >= site.text.length || site.nextStart < sentence.start) return false;
  // (the next quotation may open a block quotation or a list item: "…uttered by Irais:⏎⏎> We are…")
  const between = site.text.slice(sentence.start, site.nextStart).replace(/[“"‘'\s>*_•·-]+$/, '');
  return between.endsWith(':') && !SENTENCE_END().test(between);
}
/** The paragraph from `from` ends on a colon, and the next quotation opens the block after it. */
function introducesNext(site: CreditSite, from: number): boolean {
  if (site.nextStart >= site.text.length || site.nextStart < from) return false;
  const rest = site.text.slice(from, site.nextStart);
  const brk = rest.search(/\n[ \t>]*\n/);
  if (brk < 0) return false;
  return /:\s*$/.test(rest.slice(0, brk)) && /^[\s>*_\-•·]*$/.test(rest.slice(brk));
}

/** A sentence's end, not a title's full stop ("uttered by Mr. Rockwell:" is one sentence: probe round AD8). */
const SENTENCE_END = lazyRegExp(
  () => new RegExp(`(?<!\\b(?:${abbreviatedTitleAlternation(true)}))[.!?]\\s`, 'u'),
);

/** A second clause, about someone else, follows the passive's name: ", and the reply belongs to…". */
function clauseFollows(text: string, m: RuleMatch): boolean {
  return /^,?\s+(?:and|but|while|whereas)\s+(?:the|his|her|their|\p{Lu})/u.test(
    text.slice(m.span.end, m.span.end + 40),
  );
}

/**
 * The passive opens the sentence as a participle's clause, and a main clause with a subject of its
 * own follows: "Asked by Cynthia what the matter is, she snaps, “…”" is hers, not Cynthia's (probe
 * round AF96: read as Cynthia's, and the right credit contradicted).
 */
function mainClauseFollows(text: string, m: RuleMatch): boolean {
  return /^[^:;“”"\n]{0,80},\s+(?:he|she|they|\p{Lu}[\p{L}.'’-]*)\s+\p{Ll}+/u.test(
    text.slice(m.span.end, m.span.end + 100),
  );
}

export const passiveRule: CreditRule = {
  id: 'credit/passive',
  description:
    'the passive: These lines were uttered by Mr. Knightley when… / This quote is spoken by X to Y / said by X / Y is scolded by X: “…”',
  read(site) {
    // After the quotation first: "“…” This quote is spoken by X." A passive sentence before it is
    // its introduction only when it runs into it ("…uttered by X when he…:") or points ahead
    // ("the following lines"); otherwise it is the gloss on the quotation before.
    const next = nextSentence(site);
    if (!/\sby\s/.test(site.lead.text) && !(next && /\sby\s/.test(next.text))) return null;
    // ("These lines were uttered by Walter, and the reply belongs to his mother: “…”": the passive
    // clause is this quotation's, the clause after it leads into the next; probe round AF84, where
    // Walter was read as the next one's speaker)
    const glossed = next && !ANOTHER_LINE.test(next.text) ? readWith(next, PASSIVE()) : null;
    const after =
      glossed && (!leadsIntoNext(site, next!) || clauseFollows(site.text, glossed)) ? glossed : null;
    if (after) return after;
    const pointsAhead = site.leadOpen || /\b(?:following|below|next)\b/i.test(site.lead.text);
    if (!pointsAhead && !site.leadInline) return null;
    const before = readWith(site.lead, PASSIVE());
    if (before && (clauseFollows(site.text, before) || mainClauseFollows(site.text, before))) return null;
    return before ?? (site.leadOpen ? readWith(site.lead, UNDERGOES()) : null);
  },
};

// ---------------------------------------------------------------------------------------------
// A comment opening the block after a set-apart quotation

const GLOSS_POSSESSIVE = lazyRegExp(
  () =>
    new RegExp(
      `^[${'\\u2014\\u2013'}-]?\\s*(?:[Hh]ere,?\\s+)?(?<name>${WRITTEN_NAME}|${NARRATOR})(?:'s|’s|')\\s+(?:(?:${LOWER}+)\\s+){0,2}(?:${SAYING_NOUNS})\\b`,
      'dgu',
    ),
);
/** "Bingley's only thought", "her musings": what a person thinks, not words of theirs just quoted. */
const THOUGHTS_OWNED = new RegExp(
  String.raw`^[^.!?]*?['’]s?\s+(?:[${LOWERS}]+\s+){0,2}(?:thoughts?|musings?|reflections?)\b`,
  'u',
);
/** "John's response", "Nelly's reply is practical", "Edgar's angry reaction": a reply to something said. */
const RESPONSE_AFTER_NAME = new RegExp(
  String.raw`^[^.!?]*?['’]s?\s+(?:[${LOWERS}]+\s+){0,2}(?:reply|replies|response|responses|answer|answers|retort|rejoinder|reaction)\b`,
  'u',
);
const GLOSS_APPOSITION = lazyRegExp(
  () =>
    new RegExp(
      `^[${'\\u2014\\u2013'}-]?\\s*(?<name>${WRITTEN_NAME}|${NARRATOR}),\\s+(?:who|when|whose|as|while|after|upon|speaking|talking|explaining|describing|discussing|reflecting|musing|replying|answering|writing)\\b`,
      'dgu',
    ),
);
const SAYS_VERB = `(?:${VERBS}|expresses|expressed|sums\\s+up|voices|voiced)`;
/**
 * "Mr. Emerson says this to Lucy", "Elizabeth speaks these words when…", "In this line, Darcy
 * admits…", "Her nephew Halsey says this after…" (probe round AF196: the relation kept the name from
 * being read), "Alexandra says that to Carl, and it stings" (probe round AF292: not read; not "says
 * that she…", a clause about something else).
 */
const GLOSS_SAYS_THIS = lazyRegExp(
  () =>
    new RegExp(
      `^(?:[Ii]n\\s+(?:this|these|the)\\s+(?:line|lines|quote|quotation|passage|speech|words|exchange),?\\s+)?${KIN_BEFORE_NAME}(?<name>${SPEAKER})(?:,\\s+[^,;:.!?“”"\\n]{1,60},)?${ADVERB}?\\s+${SAYS_VERB}\\b(?:\\s+(?:to\\s+)?(?<to>${ADDRESSEE}))?(?:\\s+(?:this|these\\s+words|these\\s+lines|it|so|thus|here)\\b|\\s+that(?=\\s+to\\s|\\s*[,.;!])|(?=[^.]*\\b(?:this|these)\\s+(?:line|lines|words|quote)\\b))`,
      'dgu',
    ),
);
/**
 * "Newland Archer defends.", "Darcy insists.": a sentence of its own that is only a name and a verb
 * of saying, in the present a writer uses, after a quotation set apart. (Not "Tommy answers.": an
 * answer is to the line, someone else's.)
 */
const GLOSS_NAME_VERB = lazyRegExp(
  () => new RegExp(`^(?<name>${SPEAKER})${ADVERB}?\\s+(?<verb>[${LOWERS}]+)\\s*[.!]\\s*$`, 'dgu'),
);
function readNameVerb(sentence: Segment): RuleMatch | null {
  const re = GLOSS_NAME_VERB();
  re.lastIndex = 0;
  const verb = re.exec(sentence.text)?.groups?.verb;
  return verb && isPresentCreditVerb(verb) && !REPLY_VERBS.has(verb)
    ? readWith(sentence, GLOSS_NAME_VERB(), { pronoun: false })
    : null;
}
/**
 * "Troy flings these words at Boldwood", "Gabriel makes this promise": the subject hands out the
 * saying the gloss points back at. Only verbs of giving it out: in "Tom hears these words", "Jane
 * answers this question" or "Pip repeats these words" the words are someone else's.
 */
const GLOSS_GIVES_THIS = lazyRegExp(
  () =>
    new RegExp(
      `^(?<name>${SPEAKER})${ADVERB}?\\s+(?:makes|gives|flings|hurls|throws|tosses|delivers|offers|issues|fires|spits|aims|directs|levels)\\s+(?:this|these|that|those)\\s+(?:(?:${LOWER}+\\s+)?(?:${SAYING_NOUNS})|words|lines|line)\\b(?:\\s+(?:at|to)\\s+(?<to>${ADDRESSEE}))?`,
      'dgu',
    ),
);
/**
 * "With this line Hester accepts Rook", "In these words, Darcy insults her": the line is the subject's
 * own act, whatever the verb.
 */
const GLOSS_WITH_THIS = lazyRegExp(
  () =>
    new RegExp(
      `^(?:[Ww]ith|[Ii]n|[Bb]y)\\s+(?:this|these|that|those)\\s+(?:line|lines|words|quote|quotation|remark|speech|reply|answer|sentence),?\\s+(?<name>${SPEAKER})${ADVERB}?\\s+${LOWER}+s\\b`,
      'dgu',
    ),
);
/**
 * "Lydia Marsh, best friend and best roaster." / "Captain Rook, being self-aware for once." /
 * "Estella at the very end.": a comment that is only the speaker's name and a phrase about them (no
 * verb of its own: "Rook, as ever, is wrong" is about Rook, not a credit).
 */
const GLOSS_NAME_PHRASE = lazyRegExp(
  () =>
    new RegExp(
      `^(?<name>${WRITTEN_NAME})(?:,\\s+(?!(?:who|which|that|and|but|when)\\b)|\\s+(?=(?:at|in|on|near|after|before|during|to|towards?|upon)\\s))[^.!?“”"\\n]{1,60}[.!]\\s*$`,
      'dgu',
    ),
);
/**
 * A verb in the present a writer's sentence goes on with, and its object: "Mrs. Tryon, for her part,
 * tries to steer her son" (probe round AF80: read as a name and a phrase, and the block quotation
 * above, under the heading "Plato", contradicted for her).
 */
const PRESENT_VERB_WITH_OBJECT = new RegExp(
  String.raw`[\s,](?!(?:this|thus|its|his|hers|ours|yours|theirs|unless|always|perhaps|sometimes|afterwards|towards|besides|as|us)\s)[${LOWERS}]+[^s\W]s\s+(?:to|the|a|an|her|his|their|him|them|it|that|on|up|out|back|off|away|into|over)\s`,
  'u',
);
/**
 * "Hester, ch 1 – to the stranger", "Tobias (ferryman) – suggests fraud", "Lydia: only she calls
 * her Hetty": a revision card's or note's answer, the speaker first, then a dash or a colon and notes.
 */
/**
 * "Heartbreaking, from the least articulate man in the book." / "Blasphemy, in 1815!": the verbless
 * comments above open with any capitalised word. One that is an everyday English word is a name only
 * if the book has a character of that name (weak: the composition asks the cast).
 */
function ifCommonWordThenWeak(m: RuleMatch | null): RuleMatch | null {
  if (!m || !/^\p{Lu}\p{Ll}+$/u.test(m.name) || !isEnglishWord(m.name.toLowerCase())) return m;
  return { ...m, weak: true };
}

// (Not a character list's next entry, who the person is: "Alphonse – a comic French cook.")
const GLOSS_NAME_NOTES = lazyRegExp(
  () =>
    new RegExp(
      `^(?<name>${WRITTEN_NAME})(?:\\s*\\([^()\\n]{1,40}\\))?(?:,\\s*(?:ch|chap|chapter|p|pg|page|act|scene|letter|vol|book)\\.?\\s*[\\dIVXLCivxlc]+)?\\s*(?:[\u2013\u2014]|-{1,2}|:)\\s+(?!(?:[Aa]n?|[Tt]he)\\s)\\S`,
      'dgu',
    ),
);
/** "As Mrs. Norris applies it." / "As Austen puts it." opening the block after the quotation. */
const GLOSS_AS = lazyRegExp(
  () =>
    new RegExp(
      `^[Aa]s\\s+(?<name>${SPEAKER})${ADVERB}?\\s+(?:puts|put|has|says|said|applies|applied|phrases|phrased|observes|remarks|notes)\\s+it\\b`,
      'dgu',
    ),
);
/**
 * "So says Cyril Fielding on the final ride.", "Thus speaks Evelyn Howard, suitcase in hand", "— so
 * says Captain Good.": the verb first, pointing back at the quotation (probe rounds AF111, AF112,
 * AF116: not read).
 */
const GLOSS_SO_SAYS = lazyRegExp(
  () =>
    new RegExp(
      `^(?:[\\u2014\\u2013-]{1,2}\\s*)?(?:[Ss]o|[Tt]hus)\\s+(?:says|said|speaks|spoke|writes|wrote|cries|cried|declares|declared|answers|answered|replies|replied)\\s+(?<name>${SPEAKER})(?<!['’]s)(?![${LETTERS}'’])`,
      'dgu',
    ),
);
/** "Here Mrs. Norris explains what is at stake": "here" is the quotation just given. */
const GLOSS_HERE = lazyRegExp(
  () => new RegExp(`^[Hh]ere,?\\s+(?<name>${SPEAKER})${ADVERB}?\\s+${SAYS_VERB}\\b`, 'dgu'),
);
/**
 * "Explanation: Van Helsing tells Seward that…": under a study guide's label, the sentence is about the
 * line. Not a verb of passing on another's words: "Context: Sallie repeats the Hon. Cyrus Wykoff's
 * advice…" under "### Dr. MacRae" (Dear Enemy, probe round AF253: credited to Sallie, contradicted).
 */
const GLOSS_EXPLAINED = lazyRegExp(
  () =>
    new RegExp(
      `^(?<name>${SPEAKER})(?:,\\s+[^,;:.!?“”"\\n]{1,60},)?${ADVERB}?\\s+(?!${PASSING_ON}\\b)${SAYS_VERB}\\b`,
      'dgu',
    ),
);
/** Verbs of passing on someone else's words. */
const PASSING_ON =
  '(?:repeats|repeated|quotes|quoted|recalls|recalled|recounts|recounted|recites|recited|reports|reported|echoes|echoed|relays|relayed|remembers|remembered)';

/** Words from which a lead into a quotation on its line is a sentence, not a label ("Quote:", "**Tommy:**"). */
const LEAD_SENTENCE_WORDS = 4;

/** A line opening on a name or a few words and a colon: a script's or a list's speaker label. */
const SPEAKER_LINE = new RegExp(String.raw`^[\s*_]*[${UPPERS}][^\n:“”"]{0,40}:\s`, 'u');

/** Nothing but white space and a list or quotation marker between the start of its line and `at`. */
function opensItsLine(text: string, at: number): boolean {
  return /^[ \t>*_\-•·]*(?:\d{1,3}[.)][ \t]+)?$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}

/** The words before a set-apart quotation end in the writer's sentence leading into it on a colon. */
function introducedAbove(lead: string): boolean {
  const m = /([^.!?:\n]*):[\s>*_•·-]*$/.exec(lead);
  return m !== null && m[1]!.trim().split(/\s+/).length >= LEAD_SENTENCE_WORDS;
}

export const glossAfterRule: CreditRule = {
  id: 'credit/gloss-after',
  description:
    'a comment after a set-apart quotation: Mr. Bennet’s observation… / Mrs. Norris, who… / Here Darcy says this to… / With this line Hester accepts… / This retort comes from X',
  read(site) {
    if (!site.setApart) return null;
    // "Ishmael opens with three words everybody knows: “Call me Ishmael.”" — a sentence of the
    // writer's leading into the words on their line introduces them; what the next paragraph says
    // ("Ahab's speech on the quarter-deck is the heart of the book") is about something else.
    if (site.leadInline && site.leadOpen && site.lead.text.trim().split(/\s+/).length >= LEAD_SENTENCE_WORDS)
      return null;
    // …so does such a sentence in the paragraph above a block quotation ("Jaggers controls every room
    // he enters. His dinner guests hear him say:⏎⏎> …": probe round AE33, "Wemmick, at the office,…"
    // below was read as its credit, and contradicted), unless the comment below points back at the
    // words by name: "Only one person thinks clearly:⏎⏎> …⏎⏎It is Anne who says this", "…⏎⏎Sir Henry
    // Curtis says this as he rises" (probe rounds AF117, AF120, AF121: not read; no rule read the
    // introduction's "one person", "the answer comes at once").
    const introduced = introducedAbove(site.lead.text);
    const sentence = nextSentence(site);
    if (!sentence) return null;

    // "## Heathcliff's own words" after a quotation heads the next section: it is not a comment on
    // the quotation above.
    if (headsNextSection(site, sentence)) return null;
    // The next quotation's introduction ("Elizabeth replies:") is not a gloss on this one.
    const end = sentence.start + sentence.text.length;
    // (the next quotation may open a block quotation or a list item: "…centre:⏎⏎> Out of the dark…")
    if (/[:,]\s*$/.test(sentence.text) && /^[\s>*_\-•·]*$/.test(site.text.slice(end, site.nextStart)))
      return null;
    // …nor a sentence the next quotation follows straight after, in its block: "### Mrs. Walker ⏎ > …
    // ⏎ Daisy's defiance is quieter than I expected. “I prefer strong tea!” she says" (probe round
    // AF100: read as the block quote's credit over the heading's, and supported for Daisy).
    if (site.nextStart < site.text.length && /^[ \t]*[“"‘'*_]*$/.test(site.text.slice(end, site.nextStart)))
      return null;
    // …nor the paragraph that ends on that introduction ("Mary Datchet, in contrast, finds her
    // meaning in the office. These lines were uttered by Mary:" over the next block quote: probe
    // round AF50, read as the line above's credit, and contradicted it)
    if (introducesNext(site, sentence.start)) return null;
    // …nor a line of its own opening on a speaker's label ("- Huck: Honest injun" under the item
    // before: probe round AE4), whether or not its words were taken for a quotation.
    if (SPEAKER_LINE.test(sentence.text) && opensItsLine(site.text, sentence.start)) return null;
    if (labelledSentence(site)) {
      const explained = readWith(sentence, GLOSS_EXPLAINED());
      if (explained) return explained;
    }
    // "John's response shows his outrage.", "Holmes's answer is one of his most famous lines": after
    // a quotation, someone's reply or reaction is as often an answer to the line, by someone else, as
    // the line itself; the words do not say which, so it credits no one.
    // (under an introduction above, only a comment pointing back at the words by name)
    if (introduced) {
      // ("Mr Mackenzie's reassurance is meant to calm his guests": a saying owned by name; not a
      // reply, which answers the words)
      // (not the person's thoughts: "Bingley's only thought is of his friends at the club" under
      // "His wife, for her part, has no patience with him:" goes on to him; probe round AF234, read
      // as the credit of his wife's line to him)
      const owned = THOUGHTS_OWNED.test(sentence.text)
        ? null
        : readWith(sentence, GLOSS_POSSESSIVE(), { pronoun: false });
      const back =
        readOwnedSaying(sentence) ??
        readWith(sentence, GLOSS_SO_SAYS()) ??
        (ANSWERS_THE_LINE.test(sentence.text) ? null : readWith(sentence, GLOSS_SAYS_THIS())) ??
        (owned && !RESPONSE_AFTER_NAME.test(sentence.text) ? owned : null);
      return back && callsByName(site.text, site.quote.parts, back.name) ? null : back;
    }
    const possessive = readWith(sentence, GLOSS_POSSESSIVE(), { pronoun: false });
    if (possessive && RESPONSE_AFTER_NAME.test(sentence.text)) return null;
    const match =
      possessive ??
      readWith(sentence, GLOSS_APPOSITION(), { pronoun: false }) ??
      // (before "says this": "flings these words at Ruth" names whom they are flung at)
      readWith(sentence, GLOSS_GIVES_THIS()) ??
      // ("Tommy answers this" answers the line: someone else's)
      (ANSWERS_THE_LINE.test(sentence.text)
        ? null
        : (readWith(sentence, GLOSS_SAYS_THIS()) ?? readNameVerb(sentence))) ??
      readWith(sentence, GLOSS_HERE()) ??
      readWith(sentence, GLOSS_WITH_THIS()) ??
      readOwnedSaying(sentence) ??
      ifCommonWordThenWeak(readWith(sentence, GLOSS_NAME_NOTES(), { pronoun: false })) ??
      (FINITE_VERB_RE.test(sentence.text) || PRESENT_VERB_WITH_OBJECT.test(sentence.text)
        ? null
        : ifCommonWordThenWeak(readWith(sentence, GLOSS_NAME_PHRASE(), { pronoun: false }))) ??
      readWith(sentence, GLOSS_AS()) ??
      readWith(sentence, GLOSS_SO_SAYS()) ??
      readOwnedSaying(pointingBackSentence(site));
    // "“This, my dear Georgiana, is the result…”" then "Georgiana's plea is gentle but firm.": a
    // comment naming the person the line calls by name is about their answer, not a credit of the
    // line (a writer does not credit a line to the one it is said to).
    return match && callsByName(site.text, site.quote.parts, match.name) ? null : match;
  },
};

export type { RuleMatch };

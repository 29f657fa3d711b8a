/** English words in general: old spellings and function words. */

/**
 * Old spellings that modern editions (and writers quoting from them) change: "chuse" → "choose",
 * "shew" → "show", "connexion" → "connection", "surprize" → "surprise". A quotation with the modern
 * word where the book has the old one, or the other way round, quotes the same words: the checker
 * calls it verbatim, "spelling modernised", never a misquote. Each row is an old stem, its modern
 * stem and the endings both take ("-" for the bare stem). Only spellings that are simply outdated:
 * British forms (colour, realise) are variants of their own (check/locate/words.ts), and an old word
 * with a different meaning today is left out.
 */
const OLD_SPELLING_STEMS: readonly (readonly [old: string, modern: string, endings: string])[] = [
  ['chus', 'choos', 'e es ing'],
  ['shew', 'show', '- s ed n ing'],
  ['connexion', 'connection', '- s'],
  ['reflexion', 'reflection', '- s'],
  ['inflexion', 'inflection', '- s'],
  ['surpriz', 'surpris', 'e es ed ing ingly'],
  ['recal', 'recall', '- s'],
  ['negoci', 'negoti', 'ate ated ates ating ation ations ator'],
  ['staid', 'stayed', '-'],
  ['sate', 'sat', '-'],
  ['dropt', 'dropped', '-'],
  ['stopt', 'stopped', '-'],
  ['stept', 'stepped', '-'],
  ['ancle', 'ankle', '- s'],
  ['befal', 'befall', '- s'],
  ['cloaths', 'clothes', '-'],
  ['compleat', 'complete', '- ly'],
  ['controul', 'control', '- s ed ing'],
  ['croud', 'crowd', '- s ed ing'],
  ['doat', 'dote', '- s ed ing'],
  ['gaol', 'jail', '- s er ers'],
  ['intreat', 'entreat', '- s ed ing y ies'],
  ['inclos', 'enclos', 'e ed es ing ure'],
  ['musick', 'music', '-'],
  ['publick', 'public', '- ly'],
  ['phrenzy', 'frenzy', '-'],
  ['risque', 'risk', '- s'],
  ['skreen', 'screen', '- s ed ing'],
  ['teaz', 'teas', 'e ed es ing'],
  ['sopha', 'sofa', '- s'],
  ['expence', 'expense', '- s'],
  ['villany', 'villainy', '-'],
  ['chearful', 'cheerful', '- ly ness'],
  ['antient', 'ancient', '- ly'],
  ['dependance', 'dependence', '-'],
  ['independant', 'independent', '- ly'],
  ['visiter', 'visitor', '- s'],
  ['headach', 'headache', '- s'],
  ['vallies', 'valleys', '-'],
  ['extasy', 'ecstasy', '-'],
  ['extacy', 'ecstasy', '-'],
  ['ecstacy', 'ecstasy', '-'],
  ['chymist', 'chemist', '- s ry'],
  ['waggon', 'wagon', '- s er ers'],
  ['plaister', 'plaster', '- s ed'],
  ['spunge', 'sponge', '- s'],
  ['segar', 'cigar', '- s'],
  ['centinel', 'sentinel', '- s'],
  ['pourtray', 'portray', '- s ed ing'],
  ['agreable', 'agreeable', '- ness'],
  ['gulph', 'gulf', '- s'],
  ['lanthorn', 'lantern', '- s'],
  ['tho', 'though', '-'],
  ['thro', 'through', '-'],
  ['untill', 'until', '-'],
];

/** Old spelling (lower case, as the checker compares words: no apostrophes) → modern spelling. */
export const OLD_SPELLINGS: ReadonlyMap<string, string> = new Map(
  OLD_SPELLING_STEMS.flatMap(([old, modern, endings]) =>
    endings.split(' ').map((e) => {
      const end = e === '-' ? '' : e;
      return [old + end, modern + end] as const;
    }),
  ),
);

/**
 * English function words: articles, pronouns, prepositions, conjunctions, auxiliaries, determiners,
 * common adverbs and their contractions, lower case with straight apostrophes as `tokenize` gives
 * `norm`. Set aside wherever content words are wanted (a chapter's or a character's distinctive words,
 * suggested motifs): every book and every speaker uses them, so they say nothing about one. Titles are
 * not here (HONORIFICS above); stylometry (Burrows' Delta) wants these words and does not use the list.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `
  a about above across after again against all almost along already also although always am among
  an and another any anybody anyone anything anywhere are aren't around as at away be became
  because become been before behind being below beside besides between beyond both but by can
  can't cannot could couldn't did didn't do does doesn't doing don't done down during each either
  else enough even ever every everybody everyone everything except far few for from further had
  hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
  himself his how however i i'd i'll i'm i've if in indeed instead into is isn't it it's its
  itself just least less let let's like many may me might mine more most much must mustn't my
  myself near neither never next no nobody none nor not nothing now nowhere of off often oh on
  once one ones only onto or other others otherwise ought our ours ourselves out over own perhaps
  quite rather same shall shan't she she'd she'll she's should shouldn't since so some somebody
  someone something sometimes somewhat soon still such than that that's the thee their theirs them
  themselves then there there's therefore these they they'd they'll they're they've thine this
  those thou though through thus thy till to too toward towards under unless until up upon us very
  was wasn't we we'd we'll we're we've well were weren't what what's whatever when whenever where
  whether which while who who's whoever whole whom whose why will with within without won't would
  wouldn't ye yes yet you you'd you'll you're you've your yours yourself yourselves`
    .trim()
    .split(/\s+/),
);

/**
 * Words with which narration introduces a written text quoted in full ("the following letter was
 * received", "these were the contents"): a quotation after them is writing, not dialogue
 * (src/profile/written.ts). Not "following", "message" or "thus": speeches are introduced so too
 * ("the following remarks", "replied thus").
 */
export const WRITING_INTRODUCERS: ReadonlySet<string> = new Set(
  'letter letters note notes billet epistle postscript telegram contents wrote written writes'.split(' '),
);

/**
 * Capitalised connectives that open a writer's sentence of its own, never a speech tag's subject:
 * after "…for our girls!” Meanwhile Charlotte tells Elizabeth, “…" the words are a new sentence
 * introducing the next quotation, not a tag of the one before (src/check: the extract stage's split
 * quotations, the credit after a quotation).
 */
export const SENTENCE_CONNECTIVES: readonly string[] = [
  // "“Robbed! I've been robbed!” And Jem Rodney mutters, “…”": a sentence of the writer's own.
  'And',
  'But',
  'Meanwhile',
  'Later',
  'Then',
  'Finally',
  'However',
  'Afterwards',
  // "“…brought you to this?” Earlier, the butler had said simply, “…”" (probe round AF246)
  'Earlier',
  'Previously',
  'Eventually',
  'Soon',
  'Next',
  'Still',
  'Yet',
  'Also',
  'Elsewhere',
  'Instead',
  'Moreover',
  'Nevertheless',
  'Now',
  'Here',
  'There',
  'When',
  'After',
  'Before',
  'While',
  'In the end',
  'At last',
];

/** SENTENCE_CONNECTIVES opening a stretch of text (after spaces). */
export const OPENS_WITH_CONNECTIVE = new RegExp(
  `^\\s*(?:${SENTENCE_CONNECTIVES.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`,
);

/**
 * Sort order for a regular-expression alternation of words: longest first ("Mrs" before "Mr"), then
 * code-unit order, which is all a stable pattern needs. Not `localeCompare`: its first call starts
 * ICU's collator, ~15 ms of every one-shot command that builds the name patterns.
 */
export function longestFirst(a: string, b: string): number {
  return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Conjunctions that open a subordinate clause: "when Mary had finished her song", "while the others
 * talked". The subject of the sentence's own verb is not inside such a clause (the speech-tag reader
 * skips one that ends at the comma before "said": speakers/tags.ts).
 */
export const SUBORDINATING_CONJUNCTIONS: ReadonlySet<string> = new Set(
  'when while whilst after before until till once as though although since because if'.split(' '),
);

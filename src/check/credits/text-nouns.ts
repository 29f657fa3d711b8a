/**
 * Nouns for texts and their parts ("the book", "the first chapter", "her reply"), which a credit
 * reader must not take for a person: "the book says" and "The novel begins with a complaint:" credit
 * nobody.
 */

/** Nouns for texts and parts of texts: "the book says", "the letter reads" credit nobody. */
const TEXT_NOUNS = new Set(
  (
    'book novel text chapter passage line lines quote quotation quotations narrative story page scene sentence ' +
    'paragraph epigraph title poem song film movie essay article review guide play script word words phrase ' +
    'opening ending narration prose version edition reader readers audience writer author novelist critic ' +
    'critics speaker answer question point idea moment thing fact truth rule proverb saying motto letter note ' +
    'description passage message tone voice effect result reason world way end beginning start middle ' +
    'close finale climax time day night morning evening exchange exchanges conversation dialogue dialog ' +
    'argument quarrel debate speech reply response remark retort'
  ).split(' '),
);
/** Described speakers that are persons even though their noun is in TEXT_NOUNS: "a critic". */
const PERSON_TEXT_NOUNS = new Set(['critic', 'critics', 'reader', 'writer']);

/** A word of TEXT_NOUNS ("book", "reply"). */
export function isTextNoun(word: string): boolean {
  return TEXT_NOUNS.has(word);
}

/** …that still names a person when it describes a speaker ("a critic"). */
export function isPersonTextNoun(word: string): boolean {
  return PERSON_TEXT_NOUNS.has(word);
}

/**
 * "The novel", "the first chapter", "this scene": a text or a part of one, written as a subject
 * ("The novel begins with a complaint:"), which says nothing and credits nobody.
 */
export function isTextPhrase(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2 || !/^(?:the|a|an|this|that|its|his|her|their)$/.test(words[0]!)) return false;
  const head = words[words.length - 1]!;
  return TEXT_NOUNS.has(head) && !PEOPLE_AMONG_TEXT_NOUNS.has(head);
}
/**
 * The people among TEXT_NOUNS, as a subject: those a described speaker may be, and the author and
 * their audience ("The author writes" credits the author).
 */
const PEOPLE_AMONG_TEXT_NOUNS = new Set([
  ...PERSON_TEXT_NOUNS,
  ...'author novelist readers audience speaker'.split(' '),
]);

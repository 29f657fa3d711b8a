/**
 * General-purpose English word lists, the one place they live: speech verbs, the verbs a writer uses
 * to credit a line, honorifics, pronouns, common nicknames. The analysis (src/analysis) reads novels
 * with them and the checker (src/check) reads writing about novels with them. Nothing here comes from
 * a particular novel; these are the words any reader of English fiction knows.
 *
 * One folder, a file per subject (src/lexicon/): speech verbs and credits, titles, people, places,
 * review labels, English words. This module is the one way in.
 */

export * from './lexicon/people.js';
export * from './lexicon/places.js';
export * from './lexicon/review.js';
export * from './lexicon/speech.js';
export * from './lexicon/titles.js';
export * from './lexicon/words.js';

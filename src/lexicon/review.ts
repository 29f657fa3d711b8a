/** Writing about a book: the labels a page puts before a line that are not a speaker's name. */

/**
 * Words that head a line of writing about a book as a label, not as a speaker's name: "Summary: …",
 * "Related Characters: …", "Page Number: 34", a forum's sign-off "So: Sapt plans, Fritz worries…"
 * (probe round AF230: read as a script's line, and reported as one the book does not have), a
 * student's header "Name: Jordan Reyes⏎English 10, Period 4" (AF245: the same). A line
 * `Label: words` is not a screenplay line, and the label is not a credit. Checked in lower case, on
 * the whole label or its first word. (Not "yes" or "well": novels open lines so, "Yes: the day
 * before she died".)
 */
export const REVIEW_LABELS: ReadonlySet<string> = new Set(
  `quote quotes quotation quotations excerpt extract passage line lines key note notes nb ps p.s summary synopsis
  plot analysis explanation context theme themes motif motifs symbol symbols symbolism meaning significance
  interpretation commentary comment comments response answer answers question questions q&a example examples
  related characters character speaker speakers source sources reference references citation page pages
  chapter chapters book part volume vol act scene setting settings tone mood style genre author title
  published publisher edition translator date dates location locations place places time period background
  introduction conclusion overview takeaway takeaways lesson lessons moral tip tips update edit warning spoiler
  spoilers rating verdict review reviewed cast director starring format isbn price length words topic topics
  description definition caption image photo credit credits link links read listen watch buy category
  categories tags tag posted filed keywords fact facts trivia why how what who when where which important
  remember observe notice q interviewer interview hint clue discussion discuss addressee listener task activity
  prompt exercise point evidence explain explore elaborate technique effect claim reasoning warrant thesis
  counterargument counterclaim rebuttal term terms front back re fwd fw card cards flashcard flashcards item entry
  vo v.o voiceover voice-over narration sfx chyron on-screen onscreen bonus essay essays assignment homework
  coursework draft so okay ok anyway basically honestly overall
  name student class course grade due submitted school unit`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A label, not a name: the whole label or any of its words is a review label ("Related Characters",
 * "Key Quote", "ON-SCREEN CAPTION", "VO"); a character's name is not made of such words ("The Hatter").
 */
export function isReviewLabel(name: string): boolean {
  const lower = name.toLowerCase().replace(/[.\s]+$/, '');
  if (REVIEW_LABELS.has(lower)) return true;
  return lower.split(/\s+/).some((w) => w !== 'the' && REVIEW_LABELS.has(w));
}

/** Nouns for something said (a regular-expression alternation): "Mr. Bennet's reply", "her most famous line", "Darcy's proposal". */
export const SAYING_NOUNS =
  'reply|replies|answer|words|sentence|sentences|phrase|confession|retort|reproof|reproach|rebuff|admonition|threat|farewell|blessing|curse|prayer|accusation|denial|refusal|compliment|insult|excuse|response|remark|remarks|declaration|line|lines|admission|question|letter|plea|warning|view|advice|verdict|motto|boast|complaint|promise|speech|comment|comments|claim|insistence|opinion|observation|philosophy|proposal|rebuke|quip|joke|exclamation|outburst|assessment|judgment|judgement|explanation|protest|greeting|thanks|toast|apology|lament|musings?|reflections?|thoughts?|saying|maxim|quote|quotation|statement|pronouncement|announcement|creed|credo|catchphrase|refrain|sentiment|dictum|assertion|argument|defen[cs]e|request|demand|command|offer|invitation|vow|oath|cry|diagnosis|summary|description|sigh|groan|whisper|shout|taunt|jibe|barb|riposte|rejoinder|challenge|rule|principle|mantra|lesson|rhyme|verse|song|couplet|poem|shot|comeback|one-liner|aside|monologue|soliloquy|tirade|rant|interjection|reassurance|instructions?|orders?|formulas?|rules|wisdom|counsel|bon mot|fury|rage|indignation|scorn|defiance|enthusiasm|despair|intro|introduction|pitch|reaction|take|spiel|tenderness|kindness|cruelty|arrogance|contempt|sarcasm|irony|bitterness|wit|candou?r|bluntness|humility|jealousy|grief|anguish|horror|terror|resignation|relief|joy|delight|glee|triumph|prophecy|gratitude|riddle|riddles|conundrum|voice';

/**
 * Words that open what a person is doing as they say a line, after a comma in a writer's credit:
 * "(Huck, trading his tick)", "(Ruth, without looking up)" (a participle in -ing, or one of these);
 * or whom they speak of: "(William, of Cassandra)" (probe round AF7), "(Jo, about Laurie)"; or where:
 * "(Percy to Marguerite, on the beach)" (probe round AF220: not read); how: "(Archer, with a flash of
 * sarcasm that she misses)" (probe round AF269: not read).
 */
export const DOING_GLOSS_OPENERS = 'after|before|when|while|upon|during|with|without|of|about|on|at|in';

/**
 * Who talks in a podcast's, a lecture's or a class discussion's transcript ("HOST: So, chapter
 * three…"): never a role in the book's story for a script line's label, whatever the book says of
 * "the host" (check/extract/speaker-names.ts).
 */
export const TRANSCRIPT_ROLES: ReadonlySet<string> = new Set(
  'host hosts cohost co-host guest guests moderator presenter panelist panellist caller audience student students teacher instructor professor lecturer tutor interviewee participant member'.split(
    ' ',
  ),
);

/**
 * Words that name what follows as a word, at the end of the writer's words before it: "the word",
 * "the phrase", "his term", "the epithet". A word so named is mentioned, not said by anyone
 * (check/classify.ts), and no speech tag before it carries on to it (check/credits: tag-carried).
 */
export const MENTION_CUE =
  /\b(?:the|this|that|a|his|her|their|its)\s+(?:(?:very|same|one|single|odd|key|telling)\s+)?(?:word|words|term|phrase|expression|adjective|adverb|noun|verb|epithet|nickname|label|catchword|byword)\s*[,:]?\s*$/i;

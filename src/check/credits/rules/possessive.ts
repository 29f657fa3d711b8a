import { FAMILY_NOUNS, OWNED_RELATION, RELATION_NOUNS } from '../../../lexicon.js';
import { lazyRegExp } from '../../../text/lazy-regexp.js';
import {
  ADDRESSEE,
  FINITE_VERB_RE,
  LETTERS,
  LOWER,
  LOWERS,
  NARRATOR,
  SAYING_NOUN,
  SAYING_NOUNS,
  SPEECH_VERB_RE,
  UPPER,
  UPPERS,
  VERBS,
  WRITTEN_NAME,
} from '../name-pattern.js';
import type { CreditSite, Segment } from '../site.js';
import { SAYING_IN_APPOSITION } from './inline.js';
import { type CreditRule, type RuleMatch, readWith, sub } from './rule.js';
import { DASHES, PARTICIPLE_RE } from './tag-parts.js';

/** A possessive and up to three words in lower case ending the lead: "Darcy's answer,". */
const POSSESSIVE_AT_END = new RegExp(String.raw`['’]s(?:\s+[${LOWERS}]+){0,3},?\s*$`, 'u');

/**
 * The words owned by a person in the writer's clause before them: "Mr. Bennet's reply is “…”", "Her
 * most famous line:", "Darcy's letter to Elizabeth:", "The rhyme is Sir Percy's own:", "A letter
 * from Captain Wentworth:".
 */

/** "Mrs. Bennet's husband replies:": a person of the possessor's is the subject, and "replies" a verb. */
const NOT_A_PERSON = `(?!(?:${[...FAMILY_NOUNS, ...RELATION_NOUNS].join('|')})\\b)`;
/**
 * How long before or after, ahead of "earlier" / "later": "Turkey's reply a moment earlier is
 * telling:", "Her answer two chapters later:" (probe round AF213: not read).
 */
const SHORTLY = `(?:(?:(?:a|one|two|three|a\\s+few|some)\\s+)?(?:moments?|minutes?|seconds?|beats?|pages?|chapters?|scenes?|lines?|days?|weeks?|years?)|a\\s+(?:little|bit|while)|much|soon|shortly)`;
/**
 * "Mr. Bennet's reply is", "In the novella, Kurtz's last words are", "Jaggers' life advice, honestly
 * valid:": a possessive saying noun opening the clause; a clause or a participle set off by commas
 * after it ("Dr. Mortimer’s reply, delivered almost in a whisper, is …:", probe round AF287).
 */
const POSSESSIVE = lazyRegExp(
  () =>
    new RegExp(
      `^(?:\\d{1,3}\\s*[/.)]\\s+)?(?:(?:In|At|By|Near|Towards?|Later|Finally|Then|Afterwards|Earlier|Eventually)(?:\\s+[^,;:.!?“”"\\n]{1,40})?,\\s+(?:(?:in|at|by|near|on|after|during)\\s+[^,;:.!?“”"\\n]{1,40},\\s+)?|(?:(?:Yet|But|And|Then|So|Now)\\s+(?:at|in|on|after|during|near|by)|At|In|On|After|During|Near|By)\\s+(?:[${LOWERS}\\d][${LETTERS}\\d'’-]*\\s+){1,4}?(?=[${UPPERS}])|(?<when>(?:When|While|With|After|Before|As|Once|On|Upon|During|Asked|Pressed|Questioned|Challenged|Told|Urged)\\s+[^,;:.!?“”"\\n]{1,90},\\s+))?(?:(?:[Ii]n|[Ff]rom|[Aa]mong|[Aa]nd|[Bb]ut|[Tt]hen|[Hh]ere\\s+is|[Hh]ere's|[Tt]his\\s+is|[Ss]uch\\s+is|[Cc]onsider|[Tt]ake|[Rr]emember|[Ll]ater|[Ss]o|[Aa]s\\s+for|[Ee]ven|[Yy]et|[Ss]till|[Nn]ow),?\\s+)?(?:(?<name>${WRITTEN_NAME}|${NARRATOR}|(?:[Tt]he|[Aa]n?)\\s+${LOWER}+|(?:[Hh]is|[Hh]er|[Tt]heir|${WRITTEN_NAME}(?:'s|’s))\\s+${OWNED_RELATION})(?:'s|’s|')|(?<name2>[Hh]is|[Hh]er))\\s+(?:${NOT_A_PERSON}(?:most|best|first|last|final|own|famous|famously|memorable|opening|closing|next|${LOWER}+ly|${LOWER}+)\\s+){0,3}(?:${SAYING_NOUNS})\\b(?:\\s+(?:to|for)\\s+(?<to>${ADDRESSEE}))?(?:\\s+(?:about|on|at|in|after|when|upon|regarding|concerning|from|of|to|during|before|as)\\s+[^:“”"]{1,60})?(?:\\s+(?:${SHORTLY}\\s+)?(?:afterwards|later|earlier|here|then|too|again|now|itself))?(?:,\\s+(?:(?:once|when|after|as|before|while|though|although)\\s+|${LOWER}+(?:ed|ing)\\b)[^,;:.!?“”"\\n]{0,60},)?(?:\\s+(?:is|was|are|were|reads|runs|goes|comes|begins|follows|followed|sounds|sounded|seems|seemed|breaks\\s+out|broke\\s+out|boils\\s+over|grows|deepens|says\\s+it\\s+all)(?:\\s+(?:that|(?:${LOWER}+ly\\s+)?${LOWER}+(?:\\s+and\\s+${LOWER}+)?|(?:${LOWER}+(?:['’]s)?\\s+){1,8}${LOWER}+(?=\\s*(?::|,\\s))|(?:${LOWER}+\\s+){0,3}${UPPER}[${LETTERS}'’-]*(?=\\s*:)))?|(?<sums>\\s+(?:sums\\s+up|captures|shows|reveals|expresses|conveys|gives)(?:\\s+[${LOWERS}’'-]+){0,8}(?=\\s*:)))?(?:,\\s+(?:${LOWER}+\\s+){0,3}${LOWER}+(?=\\s*(?::|[${DASHES}]|\\s-))|,\\s+[^,;:.!?“”"\\n]{1,50}(?=\\s*:))?\\s*[,:.${DASHES}-]?\\s*\\(?\\s*$`,
      'dgu',
    ),
  // (a possessive, or "his"/"her" as a word: what it cannot match without)
  /['’]|(?:^|\s)[Hh](?:is|er)\s/,
);

/**
 * "The famous rhyme is Sir Percy's own:", "That line is Darcy's.", "The words are Uriah's:", "The
 * line that stings is Darcy's:": the saying named, then its owner.
 */
const IS_OWNED = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+)\\s*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\\s+(?:${LOWER}+\\s+){0,2}(?:${SAYING_NOUNS})(?:\\s+(?:that|which)(?:\\s+${LOWER}+){1,3})?\\s+(?:is|was|are|were)\\s+(?:all\\s+)?(?<name>${WRITTEN_NAME})(?:'s|’s|')(?:\\s+own)?\\s*[:.]?\\s*$`,
      'dgu',
    ),
  // (the possessive it cannot match without)
  /['’]/,
);

/** "A letter from Captain Wentworth:", "his reply to Jane:", "the answer from Mr. Darcy", "Quote by Austen:". */
const FROM = lazyRegExp(
  () =>
    new RegExp(
      `^(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er)\\s+(?:${LOWER}+\\s+){0,2}(?:${SAYING_NOUNS})|(?:Quote|Quotation|Line|Lines|Words|Letter)|(?:[Aa]\\s+)?(?:[Ff]avou?rite|[Ff]amous)\\s+(?:${SAYING_NOUNS}))\\s+(?:from|by)\\s+(?<name>${WRITTEN_NAME}|${NARRATOR})(?:\\s+to\\s+(?<to>${ADDRESSEE}))?\\s*[,:${DASHES}-]\\s*$`,
      'dgu',
    ),
);

/**
 * How a saying is said, between its owner and the words: "Pip's anguished “…”", "Darcy's infamous
 * “…”". Read by its ending (anguished, scornful, famous, bitter, desperate…), never a noun: in
 * "Darcy's friend says “…”" the words are the friend's.
 */
// ("curt", "demure": probe round AF166, "Miss Pinkerton's curt order, “…”" and "Mrs. Bute Crawley's
// demure “…”" not read)
const MANNER_ADJECTIVE = `(?:${LOWER}+(?:ed|ful|ous|ive|ic|ent|ant|less|ate|al|ure)|bitter|cold|dry|wry|blunt|cruel|harsh|sharp|sad|plain|simple|quiet|tender|gentle|angry|final|last|first|own|famous|chilling|haunting|cutting|scathing|withering|stinging|heartbreaking|defiant|curt|terse|brusque|icy|sly|coy|stern|smug|crisp|tart|meek|proud|glib)`;
/**
 * "Elizabeth's answer to Darcy's “…”", "In response to Mrs. Bennet's “…”": the name right before the
 * quotation owns it. Any word before a saying noun closing the lead: "Pooh's wise reply, “…”" (probe
 * round AF194: not read).
 */
const OWNED_BY = lazyRegExp(
  () =>
    new RegExp(
      `(?<![${LETTERS}'’])(?<name>${WRITTEN_NAME})(?:'s|’s)(?:\\s+(?:${MANNER_ADJECTIVE}|${LOWER}+(?=\\s+(?:${SAYING_NOUNS}),?\\s*$))){0,2}(?:\\s+(?<noun>${SAYING_NOUNS}),?)?\\s*$`,
      'dgu',
    ),
);

/** A saying noun closing the lead after the possessive and its adjectives ("curt order,"). */
const OWNED_NOUN_AT_END = lazyRegExp(
  () =>
    new RegExp(
      `['’]s(?:\\s+(?:${MANNER_ADJECTIVE}|${LOWER}+(?=\\s+(?:${SAYING_NOUNS}),?\\s*$))){0,2}\\s+(?:${SAYING_NOUNS}),?\\s*$`,
      'u',
    ),
);

/**
 * A name and a verb of speech closing the lead after a comma: ", Allworthy says," / ", Jo replies:";
 * not a possessive name and a saying noun (", Oak's reply is telling:": probe round AD1).
 */
const OWN_TAG_AT_END = lazyRegExp(
  () =>
    new RegExp(
      `,\\s+(?!I\\s)(?:${WRITTEN_NAME})(?<!['’]s)\\s+(?:${VERBS})\\b[^,;:.!?“”"]{0,40}[,:]?\\s*$`,
      'u',
    ),
  // (a comma, then a capital where a name starts)
  new RegExp(`,\\s+(?:the\\s+|d['’])?[${UPPERS}]`, 'u'),
);

/**
 * "To Signa's complaint about the mistress he only mutters,": the lead ends in a pronoun's tag of its
 * own, whose speaker the possession is said to (probe round W5: read as Signa's words).
 */
const PRONOUN_TAG_AT_END = lazyRegExp(
  () =>
    new RegExp(
      `(?<![${LETTERS}'’])(?:he|she|they)\\s+(?:(?:only|just|simply|merely|then|now|${LOWER}+ly)\\s+)*(?:${VERBS})\\b[^,;:.!?“”"]{0,40}[,:]?\\s*$`,
      'u',
    ),
  /(?:^|\s)(?:he|she|they)\s/,
);

/**
 * "Ernest falls under the spell of Pryer, whose creed is that “…”", "Mr. Bennet, whose reply is:": the
 * saying owned through "whose" (probe round AF117: not read).
 */
const WHOSE_SAYING = lazyRegExp(
  () =>
    new RegExp(
      `(?<![${LETTERS}'’])(?<name>${WRITTEN_NAME}),?\\s+whose\\s+(?:${MANNER_ADJECTIVE}\\s+){0,2}(?:${SAYING_NOUNS})\\s+(?:is|was)(?:\\s+(?:simply|always|that))*\\s*[:,]?\\s*$`,
      'dgu',
    ),
  /\bwhose\s/,
);

const FROM_WORDS = /from|by/;

/** Where the lead's last clause starts: after its last semicolon or ", and" / ", but" (0 if none). */
function lastClauseStart(lead: string): number {
  const re = /;|,\s+(?:and|but|yet|while|whereas)\s/g;
  let from = 0;
  for (let m = re.exec(lead); m; m = re.exec(lead)) {
    // (not a phrase with no verb of its own: "Ruth's answer is the bravest line in the book, and the
    // most Ruth:", probe round AF245: not read)
    const rest = lead.slice(m.index + m[0].length);
    if (
      m[0] !== ';' &&
      NOUN_PHRASE_ONLY.test(rest) &&
      !FINITE_VERB_RE.test(rest) &&
      !SPEECH_VERB_RE.test(rest)
    )
      continue;
    from = m.index + m[0].length;
  }
  return from;
}
/** A determiner opening a phrase (that then has no verb: lastClauseStart). */
const NOUN_PHRASE_ONLY = /^\s*(?:the|a|an|his|her|their|its|perhaps\s+the)\s/;

/**
 * POSSESSIVE, where a clause about the saying may stand before the colon ("The narrator's famous
 * sentence sums up the cost of feeling:") only if it reports no other speech ("Elizabeth's reply
 * shows that Darcy said:" is Darcy's words).
 */
function possessiveSaying(clause: Segment): RuleMatch | null {
  if (!POSSESSIVE.mayMatch(clause.text)) return null;
  POSSESSIVE().lastIndex = 0;
  const m = POSSESSIVE().exec(clause.text);
  if (!m) return null;
  // "When Ruth falls, her reply is sharp:": after a clause of when, "her" may be the one answering
  // Ruth; only a name is read there ("When the boat comes back, Ruth's reply is telling:"; "Asked
  // about Madame de Vionnet, Miss Barrace's reply is telling:", probe round AE12).
  if (m.groups?.when && m.groups.name2) return null;
  const sums = m.groups?.sums;
  if (sums && (SPEECH_VERB_RE.test(sums.replace(/^\s*\S+/, '')) || PARTICIPLE_RE().test(sums))) return null;
  return readWith(clause, POSSESSIVE(), { pronoun: true }, ['name', 'name2'], m);
}

/** A person's name or pronoun, then a verb, right before the possessive: "Anthony praises ", "she admired ". */
const SUBJECT_VERB = new RegExp(
  String.raw`(?:^|\s)(?!(?:Then|Now|Here|There|Next|Finally|Later|So|And|But|Yet|Still|Even)\s)(?:[${UPPERS}][${LETTERS}'’.-]*|he|she|they)\s+(?<verb>[${LOWERS}]+(?:s|ed))\s+$`,
  'u',
);
/** A word or two in quotation marks, no sentence's end in them, the writer's sentence going on after. */
function scareQuotedThing(site: CreditSite): boolean {
  const parts = site.quote.parts;
  const words = site.text.slice(parts[0]!.start, parts[parts.length - 1]!.end).trim();
  return (
    parts.length === 1 &&
    words.split(/\s+/).length <= 2 &&
    !/[.!?,;:…—-]$/.test(words) &&
    /^[”"’']?[ \t]+\p{Ll}/u.test(site.trail.text)
  );
}

/** Verbs before "Dick's “…”" that take the possessor's own words: "mocks", "quotes", "echoes". */
const REPEATING_VERBS =
  /^(?:quot|repeat|echo|recall|remember|mock|parrot|mimic|imitat|ridicul|scorn|dismiss|answer|interrupt|cit)(?:e?s|ed|d)$/;

export const possessiveRule: CreditRule = {
  id: 'credit/possessive',
  description:
    'Mr. Bennet’s reply is “…” / Her most famous line: “…” / Darcy’s letter to Elizabeth: / Her verdict is swift: / The rhyme is Sir Percy’s own:',
  read(site) {
    const lead = site.lead;
    const whose = readWith(lead, WHOSE_SAYING, { pronoun: false });
    if (whose) return whose;
    // The possession must open the writer's clause: "Elizabeth reads Darcy's letter:" credits no one
    // (a semicolon or a conjunction opens one: "Lydia is thoughtless; her line “…” says it all",
    // "Mary arrives sour, and her first request is a modest one:").
    const from = lastClauseStart(lead.text);
    // (after the quotation before, the comma that goes on from it: "When Mary mocks the name “Mr.
    // Edmund Bertram”, Fanny's reply is telling:", probe round AF121: not read)
    const clause = sub(lead, from + Math.max(0, lead.text.slice(from).search(/[^\s,]/)));
    // "Hearing Western's complaint about Tom, Allworthy says,": a tag of its own ends the lead, and
    // its name, nearer the words, is the speaker (the tag rule's to read).
    if (OWN_TAG_AT_END.mayMatch(clause.text) && OWN_TAG_AT_END().test(clause.text)) return null;
    if (PRONOUN_TAG_AT_END.mayMatch(clause.text) && PRONOUN_TAG_AT_END().test(clause.text)) return null;
    if (!site.leadOpen && !/:\s*$/.test(clause.text)) {
      // "Mr. Bennet's observation." before a block: a label, still a credit when it is the whole lead,
      // unless it stands right after the quotation before (then it is that one's gloss).
      if (!/^[^.!?]{0,80}[.]\s*$/.test(clause.text) || site.leadInline) return null;
      if (site.leadFollowsQuote) return null;
    }
    // The lead's last word a possessive name: the quotation is that person's words, whoever the
    // clause began with ("Elizabeth's answer to Darcy's “…”").
    if (site.leadOpen && POSSESSIVE_AT_END.test(clause.text)) {
      const owner = readWith(clause, OWNED_BY(), { pronoun: false });
      // "It opens with Miss Pinkerton's curt order, “…”": a saying of theirs named, the words are it
      const named =
        owner !== null && /\p{Ll},?\s*$/u.test(clause.text) && OWNED_NOUN_AT_END().test(clause.text);
      // "Anthony praises Dick's “ambitious, well-directed energy.”": after a verb, the words may be
      // the subject's about the possessor (probe round N3, rescanned: contradicted by "ANTHONY:");
      // only a verb of repeating says they are the possessor's ("mocks Dick's “…”").
      // (a subject, then its verb: "The best line is Dick's", "Then comes Dick's" stay Dick's)
      const before = owner ? clause.text.slice(0, owner.span.start - clause.start) : '';
      const verb = owner ? SUBJECT_VERB.exec(before)?.groups?.verb : undefined;
      // (with a saying of the possessor's named, any verb before: "Tommy answers Ruth's question, “…”"
      // may quote the answer)
      if (owner && verb && (named || !REPEATING_VERBS.test(verb))) return null;
      // "Tommy's reply to Ruth's plea “…”": two sayings named, the words may be either
      if (owner && named && SAYING_NOUN().test(before)) return null;
      // "Joan Gildea is frank that Maule's “attraction doesn't seem…”": the possessor opens a clause of
      // that, whose words are the speaker's before it (probe round AF140: contradicted as Maule's).
      if (owner && /(?:^|\s)that\s+$/.test(before)) return null;
      // "Tom's “engagement” to Becky": a word or two of the possessor's set in scare quotes, the
      // writer's sentence going on after them, name a thing of theirs, not their words (probe round
      // AF249: reported as a line of Tom's, not found).
      if (owner && !named && scareQuotedThing(site)) return null;
      if (owner) return owner;
    }
    // (each pattern only where the words it cannot match without are: its gate, "from"/"by")
    const read =
      possessiveSaying(clause) ??
      readWith(clause, IS_OWNED, { pronoun: false }) ??
      (FROM_WORDS.test(clause.text) ? readWith(clause, FROM()) : null);
    // "Huck's reply to Tom's question “…”": the words beside another's saying may be that saying.
    if (read && site.leadOpen) {
      const apposed = SAYING_IN_APPOSITION().exec(clause.text)?.groups?.name;
      if (apposed && apposed !== read.name) return null;
    }
    return read;
  },
};

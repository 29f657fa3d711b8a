/** Speech: the verbs that tag dialogue in a novel, and the verbs and phrases a writer credits a line with. */

import { longestFirst } from './words.js';

/**
 * Verbs that say the line answers someone else's ("Guppy answers, “…”"): between two quotations, the
 * second is another speaker's turn.
 */
export const REPLY_VERBS: ReadonlySet<string> = new Set(
  'replied replies reply answered answers answer responded responds respond retorted retorts retort rejoined rejoins countered counters'.split(
    ' ',
  ),
);

/**
 * A reply whose object is a line already quoted ("Tommy answers this", "replies to that question"):
 * that line is someone else's, the one answered.
 */
export const ANSWERS_THE_LINE = new RegExp(
  `\\b(?:${[...REPLY_VERBS].join('|')})(?:\\s+to)?\\s+(?:this|that|these|those|it|(?:the|his|her|their)\\s+(?:question|remark|words|line|taunt|challenge))\\b`,
  'i',
);

/** Replies of a verb and "back": "the housekeeper just snaps back, “…”", "fires back", "shoots back". */
const REPLY_PHRASE =
  /\b(?:snaps?|snapped|fires?|fired|shoots?|shot|hits?|throws?|threw|talks?|talked|answers?|answered)\s+back\b/i;

/** Whether some word of the text is a verb of replying ("and Ruth answers,", "Ruth snaps back,"). */
export function hasReplyVerb(text: string): boolean {
  return (
    (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => REPLY_VERBS.has(w)) || REPLY_PHRASE.test(text)
  );
}

/** Verbs that introduce or tag direct speech ("said he", "Elizabeth replied"), in all inflections we need. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    'said say says saying',
    'replied reply replies replying',
    'cried cry cries crying',
    'asked ask asks asking',
    'answered answer answers answering',
    'returned',
    'exclaimed exclaim exclaims exclaiming',
    'continued continue continues continuing',
    'added add adds adding',
    'observed observe observes',
    'remarked remark remarks',
    'rejoined rejoin',
    'resumed',
    'repeated repeat repeats',
    'whispered whisper whispers whispering',
    'muttered mutter mutters muttering',
    'murmured murmur murmurs murmuring',
    'shouted shout shouts shouting',
    'called call calls',
    'began begin begins',
    'interrupted interrupt interrupts',
    'protested protest',
    'demanded demand demands',
    'inquired enquired inquire enquire inquires enquires',
    'responded respond',
    'declared declare declares',
    'explained explain explains',
    'insisted insist insists',
    'suggested suggest suggests',
    'retorted retort',
    'sighed sigh sighs',
    'laughed laugh laughs',
    'groaned moaned sobbed gasped panted stammered stuttered',
    'screamed shrieked yelled roared bellowed growled snapped snarled',
    // the present of a novel told in the present ("“…!” gasps the old man", "returns Mr. George",
    // Bleak House: probe round AF261, no tag read and a wrong credit supported)
    'gasps groans moans sobs stammers stutters falters screams shrieks yells roars bellows growls snarls snaps',
    'returns retorts rejoins resumes interposes pursues',
    // ("Gagool pipes,": probe round AF263, not read)
    'pipes',
    'thought think thinks',
    'wrote write writes',
    'read reads',
    'urged pleaded begged',
    'agreed agree agrees',
    'admitted confessed',
    'concluded conclude',
    'persisted pursued',
    'observed',
    'told tell tells',
    'announced announce',
    'assented',
    'objected',
    'ventured',
    'hazarded',
    'mused',
    'sang sings',
    'called',
    'breathed',
    'faltered',
    'interposed',
    'chimed',
    'corrected',
    'amended',
    'conceded',
    'warned',
    'answered',
    'queried',
    'echoed',
    'grumbled',
    'complained',
    'explained',
    'proceeded',
    'recommenced',
    'put broke struck went',
    'accosted addressed',
    'remarking observing beginning continuing',
    'calling declaring explaining insisting protesting demanding inquiring enquiring repeating interrupting',
    'spoke speaks speaking',
    'asserted sneered ejaculated proclaimed blustered interjected squeaked quavered uttered pronounced',
    'chattered wailed boomed implored blurted hissed mumbled commanded remonstrated reflected',
    'speculated stated apologized intervened corroborated grunted conjectured commented vociferated',
    'argued confided reported entreated piped hooted contradicted simpered reasoned',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The plainest speech-tag verbs, past tense, in an order that lets each place needing a short, sure
 * list take a prefix of it and say why that many: the five plainest (said, asked, replied, answered,
 * cried), then "added" and "exclaimed", then "returned" and "continued", then the manners of
 * speaking. Every one is in SPEECH_VERBS.
 */
export const PLAIN_TAG_VERBS: readonly string[] = [
  'said',
  'asked',
  'replied',
  'answered',
  'cried',
  'added',
  'exclaimed',
  'returned',
  'continued',
  'observed',
  'remarked',
  'whispered',
  'muttered',
  'murmured',
  'shouted',
  'called',
  'inquired',
  'enquired',
  'repeated',
  'interrupted',
  'rejoined',
  'growled',
  'snapped',
  'explained',
  'declared',
  'announced',
];

/**
 * Speech verbs that open a speech on their own ("Mrs. Hurst began again.", "She went on."), not ask
 * someone or tell something: a short sentence of one of them is a tag of its own. All in SPEECH_VERBS.
 */
export const OPENING_SPEECH_VERBS: ReadonlySet<string> = new Set(
  'began resumed continued added replied answered interrupted interposed exclaimed rejoined retorted persisted'.split(
    ' ',
  ),
);

/**
 * Manners of speaking that tag a quotation in a novel ("she screeched", "he affirmed") but are kept
 * out of SPEECH_VERBS, which also steers quotation and name finding: only the tag readers take them,
 * the speaker analysis's and the checker's reading of the book's own tags (attribute/book-tag-parts.ts).
 */
export const TAG_ONLY_SPEECH_VERBS: ReadonlySet<string> = new Set(
  'screeched affirmed challenged ended wondered hesitated acknowledged yawned chuckled spluttered sputtered informed counselled counseled crooned reminded promised chorused reiterated drawled hissed croaked grunted blurted boomed sneered jeered lisped whimpered squeaked squealed commented opined reflected interjected volunteered quavered shrilled cooed teased advised'.split(
    ' ',
  ),
);

/** Verbs that tag speech only with a particle: "put in", "broke out", "went on". */
export const SPEECH_VERB_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['put', new Set(['in'])],
  ['broke', new Set(['in', 'out', 'off'])],
  ['struck', new Set(['in'])],
  ['went', new Set(['on'])],
  ['cut', new Set(['in'])],
  ['chimed', new Set(['in'])],
  ['burst', new Set(['out'])],
]);

/**
 * Verbs a writer uses to credit a line to a character in an essay or a study guide ("Ruth confesses",
 * "Kathy recalls", "as Emma puts it") that a novel rarely uses as a speech tag. With the speech verbs
 * they make CREDIT_VERBS.
 */
const REPORTING_VERBS: readonly string[] = (
  'falter stammer confess confesses confessed admit admits insist insists remark observes note notes noted ' +
  'recall recalls recalled protest protests declare declares explain explains whisper whispers ' +
  'murmur murmurs write writes wrote think thinks shout shouts urge urges warn warns reflect reflects ' +
  'muse muses snap retort respond responds announce announces argue argues argued claim ' +
  'claims claimed state states plead pleads pleaded demand demands wonder wonders wondered mutter mutters ' +
  'caution cautions cautioned proclaim proclaims proclaimed utter utters uttered pronounce pronounces ' +
  'assert asserts declares quip quips quipped joke jokes joked boast boasts boasted complain complains ' +
  'lament laments lamented concede concedes conceded counter counters countered ' +
  'confide confides confided inform informs informed assure assures assured remind reminds reminded ' +
  'advise advises advised reassure reassures reassured scold scolds scolded tease teases teased ' +
  'propose proposes proposed dismiss dismisses dismissed mock mocks mocked insult insults insulted ' +
  'taunt taunts taunted chide chides chided flatter flatters flattered snub snubs snubbed ' +
  'console consoles consoled confront confronts confronted lecture lectures lectured ' +
  'reprimand reprimands reprimanded berate berates berated rebuff rebuffs rebuffed ' +
  'scoff scoffs scoffed sneers greet greets greeted welcome welcomes welcomed ' +
  'defend defends defended justify justifies justified ' +
  'thank thanks thanked offer offers offered command commands ' +
  // ("“Pray, sir, leave us,” Duke Michael orders Rupert": probe round AF10)
  'orders ordered ' +
  // (manners of speaking a novel tags with, copied by a writer: "“…,” Irish drawled", probe round
  // AF289: not read)
  'drawl drawls drawled screech screeches screeched splutter splutters spluttered sputter sputters ' +
  'sputtered croon croons crooned chorus choruses chorused croak croaks croaked lisp lisps lisped ' +
  'whimper whimpers whimpered shrill shrills shrilled grunt grunts grunted ' +
  // ("She snorts, “…”", "Carol rejoices, “…”": probe round AF287)
  'snort snorts snorted rejoice rejoices rejoiced ' +
  // ("Rolfe counsels, “…”": probe round AF195)
  'counsel counsels counselled counseled ' +
  // ("At the very end, Jim finally reveals to Huck, “…”": probe round AF225)
  'reveal reveals revealed ' +
  'address addresses promise promises vow vows vowed swear swears swore resolve resolves resolved ' +
  'rant rants ranted rail rails railed rave raves raved fume fumes fumed gush gushes gushed ' +
  'predict predicts predicted recount recounts recounted recite recites recited blurts ' +
  'object objects demur demurs demurred marvel marvels marvelled marveled concludes interjects ' +
  'beg begs implore implores entreat entreats curse curses cursed threaten threatens threatened ' +
  'simper simpers simpered whine whines whined pontificate pontificates pontificated drone drones droned ' +
  'coo coos cooed purr purrs purred sniff sniffs sniffed gloat gloats gloated ' +
  // ("“You're five feet nine inches high,” Fielding guesses", "“…,” he brags": probe rounds AF111, AF112)
  'brag brags bragged guess guesses guessed venture ventures ventured surmise surmises surmised ' +
  // the archaic inverted credit a writer uses for effect ("Quoth Rochester, “…”")
  'quoth ' +
  // the voice, in the present a writer uses ("the Queen hisses", "Eeyore grumbles"); the past forms, and
  // the present ones a novel told in the present tags with ("gasps", "groans"), are speech verbs
  'hisses thunders squeaks booms wails ' +
  'howls barks grumbles drawls rasps croaks chants hollers ' +
  'spits jeers chirps deadpans intones chirped deadpanned intoned jeer ' +
  // words thrown at someone ("“Nobody loves you!” Nelly flings at Heathcliff": probe round AF219)
  'flings hurls ' +
  // (probe rounds AF269, AF272: "“…,” the King decrees", "“…,” paraphrased Pink", "“…,” gritted
  // Nippers", the book's own tag copied, not read)
  'decree decrees decreed paraphrases paraphrased grits gritted ' +
  // (probe round AF208: "Kitty squeals, “…”" not read)
  'squeals squealed yelps yelped trills trilled chuckles giggles ' +
  // (probe round AF245: "“Now who's on top…?” she crows." not read; the book: "she crowed"; AF247:
  // "“I don't see how you dared to do it,” Beth breathes.")
  'crows crowed breathes breathed ' +
  // and bare, after a modal ("Catherine can only sob, “…”", "he will scream")
  'shriek scream yell roar bellow snarl growl hiss sob gasp wail howl grumble groan moan stammer stutter ' +
  // a face or a gesture as the tag, in the present a writer uses ("“Hang you!” Sapt grins."); novels
  // tell these in the past, where a listener's reaction often follows a line, so only these forms
  'grins smiles smirks nods shrugs scowls frowns winks sniffs beams'
).split(' ');

/**
 * Speech verbs that are also everyday verbs ("went", "put", "read", "called", "began"): a tag in a
 * novel's narration, but in a writer's prose "Elizabeth went to Pemberley" credits nobody. Their
 * speech senses are the phrases below.
 */
const AMBIGUOUS_SPEECH_VERBS: ReadonlySet<string> = new Set(
  // ('pursues': a chase in a writer's prose, "Tommy pursues Ruth:"; in a novel told in the present a tag)
  'put broke struck went read reads called call calls pursues'.split(' '),
);

/**
 * "Call" of AMBIGUOUS_SPEECH_VERBS, a credit in a writer's prose only with nothing but a manner word
 * between it and the words: "Roo's mother calls anxiously, “…”" (probe round AF207), not "Crusoe
 * calls gold a “drug”" (a name for something). So too "opens", of a first line: "The narrator opens:"
 * (probe round AF260: not read), not "Tommy opens the letter:".
 */
/**
 * Participles of a passive credit, "… by X": "These lines were uttered by Mr. Knightley", "“…” is said
 * by Margaret". The credit readers read the name after them (check/credits/rules/gloss.ts); the
 * extract stage keeps two quotations apart around one (check/extract/split.ts).
 */
export const PASSIVE_CREDIT_PARTICIPLES: readonly string[] = (
  'spoken said uttered voiced delivered shared addressed written declared exclaimed remarked observed ' +
  'asked pronounced offered given made whispered shouted cried ' +
  // ("As described by the narrator: “…”", probe round AF262: not read)
  'described narrated recounted related'
).split(' ');

export const BARE_CALLING_VERBS: readonly string[] = ['calls', 'called', 'opens', 'opened'];

/**
 * Every single word that credits a line in writing about a novel: the speech verbs (without the
 * everyday ones above) and the reporting verbs. Used by the checker's credit reader and by its
 * reading of the book's own speech tags.
 */
export const CREDIT_VERBS: ReadonlySet<string> = new Set([
  ...[...SPEECH_VERBS].filter((v) => !AMBIGUOUS_SPEECH_VERBS.has(v)),
  ...REPORTING_VERBS,
]);

/**
 * The credit verbs in the present tense of a third person ("says", "asks", "replies", "deadpans"),
 * derived from CREDIT_VERBS: a writer's tense. A novel's own tags are in the past ("said Tommy"),
 * so "Tommy says, “…”" is the writer's sentence, not the book's.
 */
export function isPresentCreditVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (!CREDIT_VERBS.has(w) || !w.endsWith('s')) return false;
  return (
    CREDIT_VERBS.has(w.slice(0, -1)) ||
    (w.endsWith('ies') && CREDIT_VERBS.has(`${w.slice(0, -3)}y`)) ||
    (w.endsWith('es') && CREDIT_VERBS.has(w.slice(0, -2))) ||
    CREDIT_VERBS.has(`${w.slice(0, -1)}ed`) ||
    (w.endsWith('es') && CREDIT_VERBS.has(`${w.slice(0, -1)}d`)) ||
    (w.endsWith('ies') && CREDIT_VERBS.has(`${w.slice(0, -3)}ied`))
  );
}

/** Multi-word credits: "goes on", "puts it", "tells us". */
export const CREDIT_PHRASES: readonly string[] = [
  'goes on',
  'went on',
  'go on',
  'puts it',
  'put it',
  'tells us',
  'tells him',
  'tells her',
  'tells them',
  'breaks in',
  'broke in',
  // "“Mother,” Jock broke out hotly, “why…”" (Personality Plus; probe round F4)
  'breaks out',
  'broke out',
  'calls out',
  'called out',
  'speaks up',
  'spoke up',
  // A verb and its particle, as writers retell a scene: "Heathcliff cries out, “…”".
  ...(
    'cries out, cried out, cry out, bursts out, burst out, blurts out, blurted out, sings out, sang out, ' +
    'shouts out, shouted out, calls back, called back, fires back, fired back, shoots back, shot back, ' +
    'hits back, hit back, chimes in, chimed in, cuts in, cut in, butts in, butted in, pipes up, piped up, ' +
    'puts in, put in, points out, pointed out, point out, flashes out, flashed out'
  ).split(', '),
];

/**
 * Credit verbs whose object is the person spoken to ("Emma tells Harriet", "asks the Cat", "Darcy
 * assures her"): after them a name is the addressee; after the others it takes "to" ("says to Jane").
 */
export const ADDRESSING_VERBS: ReadonlySet<string> = new Set(
  (
    'tell tells told ask asks asked answer answers answered assure assures assured remind reminds reminded ' +
    'warn warns warned urge urges urged beg begs begged inform informs informed advise advises advised ' +
    'reassure reassures reassured scold scolds scolded tease teases teased implore implores implored ' +
    'entreat entreats entreated address addresses addressed interrupt interrupts interrupted promise promises ' +
    'correct corrects corrected rebuke rebukes rebuked command commands commanded orders ordered ' +
    'dismiss dismisses dismissed mock mocks mocked insult insults insulted taunt taunts taunted ' +
    'chide chides chided flatter flatters flattered snub snubs snubbed console consoles consoled ' +
    'confront confronts confronted lecture lectures lectured reprimand reprimands reprimanded ' +
    'berate berates berated rebuff rebuffs rebuffed greet greets greeted welcome welcomes welcomed ' +
    'thank thanks thanked'
  ).split(' '),
);

/**
 * Addressing verbs a speech tag never puts before its subject: "“…,” asked Tom" is Tom's line, but in
 * "“…,” tells Lord Grenville" (a writer's sentence whose subject came before the quotation) Lord
 * Grenville is the one told, never the speaker.
 */
export const NEVER_INVERTED_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'tells',
  'told',
  'inform',
  'informs',
  'informed',
]);

/** A regular-expression lookahead: no verb of NEVER_INVERTED_VERBS starts here. */
export function notNeverInverted(): string {
  return `(?!(?:${[...NEVER_INVERTED_VERBS].sort(longestFirst).join('|')})\\b)`;
}

/** ADDRESSING_VERBS as a regular-expression alternation (no group), longest first. */
export function addressingVerbAlternation(): string {
  return [...ADDRESSING_VERBS].sort(longestFirst).join('|');
}

/**
 * Verbs whose subject hears another's words ("Richard hears Mr. Jarndyce say", "Rudolf grumbles when
 * he hears, “…”"): after them the quotation is someone else's, never the subject's.
 */
export const HEARING_VERBS: ReadonlySet<string> = new Set(
  'hear hears heard hearing overhear overhears overheard overhearing'.split(' '),
);

/** HEARING_VERBS as a regular-expression alternation (no group), longest first. */
export function hearingVerbAlternation(): string {
  return [...HEARING_VERBS].sort(longestFirst).join('|');
}

/**
 * The past participles of the addressing verbs ("told", "asked", "greeted"), longest first: after "is"
 * or "was" ("Tommy is greeted: “…”") the subject is the one spoken to, not the speaker.
 */
export function addressedParticipleAlternation(): string {
  return [...ADDRESSING_VERBS]
    .filter((v) => v.endsWith('ed') || v === 'told')
    .sort(longestFirst)
    .join('|');
}

/** A regular-expression alternation (no group) of the credit verbs and phrases, longest first. */
export function creditVerbAlternation(): string {
  return [...CREDIT_PHRASES, ...CREDIT_VERBS]
    .sort(longestFirst)
    .map((v) => v.replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * Nouns for something said, owned by its speaker ("was Mary's reasoning", "Elizabeth's reply was",
 * "said the Rabbit's voice"), and what says it ("Emma's lips"): a possessive before one names the
 * speaker, not someone described through them (as "Mrs. Todd's mother" is).
 */
export const OWNED_SPEECH_NOUNS: ReadonlySet<string> = new Set(
  'reply answer reasoning declaration reproach exclamation remark words word language question cry response observation rejoinder retort comment assurance greeting voice speech entreaty inquiry enquiry complaint protest explanation whisper suggestion lips mouth tongue pen'.split(
    ' ',
  ),
);

/**
 * The verbs a writer puts before the speaker's name to credit a line: "Says Darcy of Elizabeth:",
 * "Cried the Queen:", "— cries Cora" under a block quotation. A short list, in every pattern that
 * reads a credit verb first (a pattern's size is its compile time).
 */
export const VERB_FIRST_CREDIT_VERBS: readonly string[] =
  'says said asks asked cries cried replies replied answers answered writes wrote declares declared exclaims exclaimed quoth'.split(
    ' ',
  );

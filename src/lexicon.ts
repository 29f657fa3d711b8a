/**
 * General-purpose English word lists, the one place they live: speech verbs, the verbs a writer uses
 * to credit a line, honorifics, pronouns, common nicknames. The analysis (src/analysis) reads novels
 * with them and the checker (src/check) reads writing about novels with them. Nothing here comes from
 * a particular novel; these are the words any reader of English fiction knows.
 */

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
 * out of SPEECH_VERBS, which also steers quotation and name finding: only the speaker analysis's tag
 * readers take them.
 */
export const TAG_ONLY_SPEECH_VERBS: ReadonlySet<string> = new Set(
  'screeched affirmed challenged ended wondered hesitated acknowledged yawned chuckled spluttered sputtered informed counselled counseled crooned reminded promised chorused reiterated drawled hissed croaked grunted blurted boomed sneered jeered lisped whimpered squeaked squealed commented opined reflected interjected volunteered quavered shrilled cooed teased'.split(
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
  'confess confesses confessed admit admits insist insists remark observes note notes noted ' +
  'recall recalls recalled protest protests returns declare declares explain explains whisper whispers ' +
  'murmur murmurs write writes wrote think thinks shout shouts urge urges warn warns reflect reflects ' +
  'muse muses snap snaps retort retorts respond responds announce announces argue argues argued claim ' +
  'claims claimed state states plead pleads pleaded demand demands wonder wonders wondered mutter mutters ' +
  'caution cautions cautioned proclaim proclaims proclaimed utter utters uttered pronounce pronounces ' +
  'assert asserts declares quip quips quipped joke jokes joked boast boasts boasted complain complains ' +
  'lament laments lamented concede concedes conceded counter counters countered ' +
  'confide confides confided inform informs informed assure assures assured remind reminds reminded ' +
  'advise advises advised reassure reassures reassured scold scolds scolded tease teases teased ' +
  'propose proposes proposed'
).split(' ');

/**
 * Speech verbs that are also everyday verbs ("went", "put", "read", "called", "began"): a tag in a
 * novel's narration, but in a writer's prose "Elizabeth went to Pemberley" credits nobody. Their
 * speech senses are the phrases below.
 */
const AMBIGUOUS_SPEECH_VERBS: ReadonlySet<string> = new Set(
  'put broke struck went read reads called call calls'.split(' '),
);

/**
 * Every single word that credits a line in writing about a novel: the speech verbs (without the
 * everyday ones above) and the reporting verbs. Used by the checker's credit reader and by its
 * reading of the book's own speech tags.
 */
export const CREDIT_VERBS: ReadonlySet<string> = new Set([
  ...[...SPEECH_VERBS].filter((v) => !AMBIGUOUS_SPEECH_VERBS.has(v)),
  ...REPORTING_VERBS,
]);

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
  'calls out',
  'called out',
  'speaks up',
  'spoke up',
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
    'entreat entreats entreated address addresses addressed interrupt interrupts interrupted ' +
    'correct corrects corrected rebuke rebukes rebuked command commands commanded'
  ).split(' '),
);

/** ADDRESSING_VERBS as a regular-expression alternation (no group), longest first. */
export function addressingVerbAlternation(): string {
  return [...ADDRESSING_VERBS].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');
}

/** A regular-expression alternation (no group) of the credit verbs and phrases, longest first. */
export function creditVerbAlternation(): string {
  return [...CREDIT_PHRASES, ...CREDIT_VERBS]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((v) => v.replace(/ /g, '\\s+'))
    .join('|');
}

export type Gender = 'female' | 'male' | 'unknown';

/** Titles that precede a name, mapped to a canonical form and the gender they imply. */
export const HONORIFICS: ReadonlyMap<string, { canonical: string; gender: Gender }> = new Map(
  (
    [
      ['mr', 'Mr.', 'male'],
      ['mister', 'Mr.', 'male'],
      ['mrs', 'Mrs.', 'female'],
      ['missus', 'Mrs.', 'female'],
      ['miss', 'Miss', 'female'],
      ['ms', 'Ms.', 'female'],
      ['dr', 'Dr.', 'unknown'],
      ['doctor', 'Dr.', 'unknown'],
      ['sir', 'Sir', 'male'],
      ['lady', 'Lady', 'female'],
      ['lord', 'Lord', 'male'],
      ['colonel', 'Colonel', 'male'],
      ['col', 'Colonel', 'male'],
      ['captain', 'Captain', 'male'],
      ['capt', 'Captain', 'male'],
      ['major', 'Major', 'male'],
      ['general', 'General', 'male'],
      ['admiral', 'Admiral', 'male'],
      ['lieutenant', 'Lieutenant', 'male'],
      ['sergeant', 'Sergeant', 'male'],
      ['inspector', 'Inspector', 'male'],
      ['professor', 'Professor', 'unknown'],
      ['prof', 'Professor', 'unknown'],
      ['rev', 'Rev.', 'male'],
      ['reverend', 'Rev.', 'male'],
      ['father', 'Father', 'male'],
      ['brother', 'Brother', 'male'],
      ['sister', 'Sister', 'female'],
      ['mother', 'Mother', 'female'],
      ['aunt', 'Aunt', 'female'],
      ['uncle', 'Uncle', 'male'],
      ['cousin', 'Cousin', 'unknown'],
      ['madame', 'Madame', 'female'],
      ['madam', 'Madame', 'female'],
      ['mme', 'Madame', 'female'],
      ['mademoiselle', 'Mademoiselle', 'female'],
      ['mlle', 'Mademoiselle', 'female'],
      ['monsieur', 'Monsieur', 'male'],
      ['signor', 'Signor', 'male'],
      ['signora', 'Signora', 'female'],
      ['signorina', 'Signorina', 'female'],
      ['herr', 'Herr', 'male'],
      ['frau', 'Frau', 'female'],
      ['fraulein', 'Fraulein', 'female'],
      ['count', 'Count', 'male'],
      ['countess', 'Countess', 'female'],
      ['baron', 'Baron', 'male'],
      ['baroness', 'Baroness', 'female'],
      ['duke', 'Duke', 'male'],
      ['duchess', 'Duchess', 'female'],
      ['prince', 'Prince', 'male'],
      ['princess', 'Princess', 'female'],
      ['king', 'King', 'male'],
      ['queen', 'Queen', 'female'],
      ['dame', 'Dame', 'female'],
      ['master', 'Master', 'male'],
      ['mistress', 'Mistress', 'female'],
      ['nurse', 'Nurse', 'female'],
      ['judge', 'Judge', 'unknown'],
      ['marquis', 'Marquis', 'male'],
      ['marchioness', 'Marchioness', 'female'],
    ] as const
  ).map(([k, canonical, gender]) => [k, { canonical, gender }]),
);

/**
 * Name prefixes a writer puts before a character's name that are not honorifics for the analysis's
 * clustering ("St. John", "M. Poirot"): only the checker's name grammar reads them.
 */
const WRITTEN_NAME_PREFIXES: readonly string[] = ['st', 'saint', 'm'];

/** Titles married women carry, and titles unmarried women carry: "Mrs. Bennet" is not "Miss Bennet". */
export const MARRIED_TITLES: ReadonlySet<string> = new Set([
  'mrs',
  'missus',
  'madame',
  'madam',
  'mme',
  'lady',
  'duchess',
  'countess',
  'baroness',
  'marchioness',
  'queen',
  'frau',
  'signora',
]);
export const UNMARRIED_TITLES: ReadonlySet<string> = new Set([
  'miss',
  'mademoiselle',
  'mlle',
  'signorina',
  'fraulein',
]);

/**
 * A regular-expression alternation (no group) of every title as a writer capitalises it before a
 * name ("Mr", "Mrs", "Colonel", "Mme", "St"), longest first; the full stop is the caller's business.
 */
export function titleAlternation(): string {
  return [...HONORIFICS.keys(), ...WRITTEN_NAME_PREFIXES]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((t) => t[0]!.toUpperCase() + t.slice(1))
    .join('|');
}

/** Honorifics that are also ordinary nouns ("my father", "the general"): only a title when capitalised before a name. */
export const HONORIFICS_NEEDING_NAME: ReadonlySet<string> = new Set([
  'father',
  'mother',
  'brother',
  'sister',
  'general',
  'major',
  'master',
  'mistress',
  'nurse',
  'judge',
  'king',
  'queen',
  'prince',
  'princess',
  'count',
  'cousin',
]);

/**
 * Titles written abbreviated with a full stop ("Mr.", "Mme."), lower case without the stop: the stop
 * ends no sentence and cuts no name. Other titles take no stop, so "the General. He…" is not a name.
 */
export const ABBREVIATED_TITLES: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'col',
  'capt',
  'rev',
  'prof',
  'mme',
  'mlle',
  'st',
];

/**
 * Rarer abbreviations whose stop ends no sentence either ("Gen.", "Lt.", "Jr."). The checker's
 * sentence splitters read them with ABBREVIATED_TITLES; the book analysis does not yet (its speaker
 * figures were measured without them, and adding them is a change to measure, not a refactor).
 */
export const ABBREVIATED_NAME_PARTS: readonly string[] = ['gen', 'lt', 'sr', 'jr'];

/**
 * ABBREVIATED_TITLES as a regular-expression alternation (no group, no stop) as written: "Mr|Mrs|…";
 * with `nameParts`, ABBREVIATED_NAME_PARTS too.
 */
export function abbreviatedTitleAlternation(nameParts = false): string {
  return [...ABBREVIATED_TITLES, ...(nameParts ? ABBREVIATED_NAME_PARTS : [])]
    .map((t) => t[0]!.toUpperCase() + t.slice(1))
    .join('|');
}

/**
 * A pattern for the start of a name carrying a title ("the general" → "General Tilney"; "the colonel"
 * → "Colonel Brandon" or "Col. Brandon"): every way HONORIFICS writes that title, abbreviations with
 * their stop.
 */
export function titledNamePattern(title: string): RegExp {
  const canonical = HONORIFICS.get(title)?.canonical;
  const forms = [...HONORIFICS]
    .filter(([, h]) => h.canonical === canonical)
    .map(([k]) => k[0]!.toUpperCase() + k.slice(1) + (ABBREVIATED_TITLES.includes(k) ? '\\.' : '\\b'));
  return new RegExp(`^(?:${forms.join('|')})`);
}

export const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);
/** Subject pronouns and the gender they give a speech tag's speaker: "said he", "she replied". */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/**
 * Family relations, one row per word (the one list of them), with the gender each gives ("her mother"
 * is a woman).
 * - `tag`: the speaker analysis reads it in a speech tag ("said her mother": KIN_TERMS) and looks for a
 *   character of that gender in the possessor's family, or near it for an aunt or nephew
 *   (speakers/pronouns.ts). "Cousin" and "parents" give no one gender; grandparents were never measured
 *   there (reading them would change attributions: a change to measure, not a list to tidy).
 * - `credit`: the checker reads it in a writer's credit or addressee ("her father asks", "tells her
 *   sisters": FAMILY_NOUNS), `plural` where writers also name several. "Mamma" and "papa" are a novel's
 *   words, not a writer's.
 */
const KIN: readonly { word: string; gender: Gender; tag: boolean; credit: 'one' | 'plural' | null }[] = [
  { word: 'father', gender: 'male', tag: true, credit: 'one' },
  { word: 'mother', gender: 'female', tag: true, credit: 'one' },
  { word: 'sister', gender: 'female', tag: true, credit: 'plural' },
  { word: 'brother', gender: 'male', tag: true, credit: 'plural' },
  { word: 'aunt', gender: 'female', tag: true, credit: 'one' },
  { word: 'uncle', gender: 'male', tag: true, credit: 'one' },
  { word: 'cousin', gender: 'unknown', tag: false, credit: 'plural' },
  { word: 'husband', gender: 'male', tag: true, credit: 'one' },
  { word: 'wife', gender: 'female', tag: true, credit: 'one' },
  { word: 'daughter', gender: 'female', tag: true, credit: 'plural' },
  { word: 'son', gender: 'male', tag: true, credit: 'plural' },
  { word: 'grandmother', gender: 'female', tag: false, credit: 'one' },
  { word: 'grandfather', gender: 'male', tag: false, credit: 'one' },
  { word: 'niece', gender: 'female', tag: true, credit: 'one' },
  { word: 'nephew', gender: 'male', tag: true, credit: 'one' },
  { word: 'parents', gender: 'unknown', tag: false, credit: 'one' },
  { word: 'mamma', gender: 'female', tag: true, credit: null },
  { word: 'papa', gender: 'male', tag: true, credit: null },
];

/** Relations a speech tag may describe its speaker by ("said her mother", "his wife cried"), with the gender they give the speaker (KIN, `tag`). */
export const KIN_TERMS: ReadonlyMap<string, Gender> = new Map(
  KIN.filter((k) => k.tag).map((k) => [k.word, k.gender] as const),
);

/**
 * Common English nicknames and short forms → the full given name. A reader knows "Lizzy" is
 * Elizabeth; the clustering uses this to put both names on one character.
 */
const NICKNAME_GROUPS: readonly (readonly [string, Gender, string])[] = [
  [
    'elizabeth',
    'female',
    'lizzy lizzie liz eliza beth betsy betty bess bessie bessy lisa libby elsie lisbeth tibby',
  ],
  ['margaret', 'female', 'maggie meg meggie peggy marge margie madge greta daisy maisie'],
  ['catherine', 'female', 'kitty kate katie cathy kathy kit kitsy'],
  ['katherine', 'female', 'kitty kate katie kathy kit'],
  ['kathleen', 'female', 'kitty kate katie kathy kath'],
  ['mary', 'female', 'molly mollie polly mamie mae'],
  ['anne', 'female', 'annie nan nancy nance'],
  ['ann', 'female', 'annie nan nancy nance'],
  ['susan', 'female', 'sue susie sukey'],
  ['sarah', 'female', 'sally sallie sal sadie'],
  ['frances', 'female', 'fanny fannie fran frankie'],
  ['eleanor', 'female', 'nell nelly nellie ellie nora'],
  ['ellen', 'female', 'nell nelly'],
  ['helen', 'female', 'nell nelly'],
  ['harriet', 'female', 'hatty hattie'],
  ['caroline', 'female', 'carrie caro'],
  ['charlotte', 'female', 'lottie lotty'],
  ['dorothy', 'female', 'dolly dot dotty'],
  ['rebecca', 'female', 'becky'],
  ['georgiana', 'female', 'georgie'],
  ['henrietta', 'female', 'etta hetty'],
  ['isabella', 'female', 'bella isa'],
  ['isabel', 'female', 'bella'],
  ['jane', 'female', 'jenny jennie janey jinny'],
  ['joanna', 'female', 'jo'],
  ['josephine', 'female', 'jo josie'],
  ['lydia', 'female', 'liddy'],
  ['maria', 'female', 'ria'],
  ['martha', 'female', 'patty patsy mattie'],
  ['matilda', 'female', 'tilly tilda maud'],
  ['penelope', 'female', 'penny'],
  ['theresa', 'female', 'tessa tess terry'],
  ['victoria', 'female', 'vicky'],
  ['wilhelmina', 'female', 'mina minnie'],
  ['augusta', 'female', 'gussie'],
  ['alexandra', 'female', 'sasha alex'],
  ['william', 'male', 'will willy willie billy bill'],
  ['robert', 'male', 'rob robin bob bobby'],
  ['richard', 'male', 'dick dicky dickon rick'],
  ['edward', 'male', 'ned neddy ted teddy ed eddie'],
  ['charles', 'male', 'charlie chas chuck'],
  ['thomas', 'male', 'tom tommy'],
  ['james', 'male', 'jim jimmy jem jemmy jamie'],
  ['john', 'male', 'jack jacky johnny jock'],
  ['henry', 'male', 'harry hal hank'],
  ['frederick', 'male', 'fred freddy freddie'],
  ['francis', 'male', 'frank'],
  ['george', 'male', 'georgie'],
  ['joseph', 'male', 'joe joey'],
  ['samuel', 'male', 'sam sammy'],
  ['benjamin', 'male', 'ben benny'],
  ['nicholas', 'male', 'nick'],
  ['christopher', 'male', 'kit chris'],
  ['anthony', 'male', 'tony'],
  ['alexander', 'male', 'alec alex sandy'],
  ['theodore', 'male', 'theo ted teddy'],
  ['peter', 'male', 'pete'],
  ['philip', 'male', 'phil pip'],
  ['stephen', 'male', 'steve'],
  ['michael', 'male', 'mike mick'],
  ['daniel', 'male', 'dan danny'],
  ['david', 'male', 'dave davy'],
  ['arthur', 'male', 'art'],
  ['albert', 'male', 'bertie bert'],
  ['herbert', 'male', 'bertie bert'],
  ['lawrence', 'male', 'larry'],
  ['laurence', 'male', 'larry'],
  ['timothy', 'male', 'tim'],
  ['walter', 'male', 'walt wat'],
  ['andrew', 'male', 'andy'],
  ['matthew', 'male', 'matt'],
  ['patrick', 'male', 'pat paddy'],
  ['edmund', 'male', 'ned'],
  ['reginald', 'male', 'reggie'],
  ['ralph', 'male', 'rafe'],
  ['alexis', 'male', 'alyosha'],
  ['ronald', 'male', 'ronny ronnie ron'],
  ['donald', 'male', 'don donny'],
  ['kenneth', 'male', 'ken kenny'],
  ['gerald', 'male', 'gerry'],
  ['leonard', 'male', 'len lenny'],
  ['raymond', 'male', 'ray'],
  ['harold', 'male', 'harry hal'],
  ['archibald', 'male', 'archie'],
  ['augustus', 'male', 'gus gussie'],
  ['cuthbert', 'male', 'cuddy'],
  ['geoffrey', 'male', 'geoff jeff'],
  ['jeremiah', 'male', 'jerry'],
  ['louis', 'male', 'lou'],
  ['nathaniel', 'male', 'nat nathan'],
  ['percival', 'male', 'percy'],
  ['rupert', 'male', 'rupe'],
  ['sebastian', 'male', 'seb'],
  ['vincent', 'male', 'vince vinny'],
  ['adelaide', 'female', 'addie'],
  ['adela', 'female', 'addie'],
  ['amelia', 'female', 'millie emmy'],
  ['emily', 'female', 'em emmy'],
  ['emma', 'female', 'em emmy'],
  ['julia', 'female', 'julie'],
  ['louisa', 'female', 'lou louie loo'],
  ['lucy', 'female', 'lu'],
  ['mildred', 'female', 'milly millie'],
  ['patricia', 'female', 'pat patty'],
  ['rosalind', 'female', 'ros rosie'],
  ['rose', 'female', 'rosie'],
  ['winifred', 'female', 'winnie freda'],
  ['brenda', 'female', 'bren'],
  ['cecilia', 'female', 'cissy sissy cecily'],
  ['cecil', 'male', 'cis'],
  ['clara', 'female', 'clary'],
  ['constance', 'female', 'connie'],
  ['cynthia', 'female', 'cindy'],
  ['evelyn', 'female', 'evie eve'],
  ['florence', 'female', 'flo florrie'],
  ['gertrude', 'female', 'gertie trudy'],
  ['grace', 'female', 'gracie'],
  ['hannah', 'female', 'annie'],
  ['priscilla', 'female', 'cilla'],
  ['sophia', 'female', 'sophy sophie'],
  ['violet', 'female', 'vi'],
  ['charlotte', 'female', 'lotte'],
  ['fanny', 'female', 'fan'],
  ['polly', 'female', 'poll'],
  ['jacob', 'male', 'jake jakey'],
  ['abigail', 'female', 'abby nabby'],
  ['virginia', 'female', 'ginny'],
  ['letitia', 'female', 'letty lettie tish'],
  ['isaac', 'male', 'ike'],
  ['bartholomew', 'male', 'bart'],
];

/**
 * nickname (lower case) → canonical given name (lower case): the first group that lists it, so the
 * commoner name comes first in NICKNAME_GROUPS ("harry" is Henry before Harold, "kitty" Catherine
 * before Katherine). Before, the last group won and "harry" was Harold, "ned" Edmund, "nancy" Ann
 * but not Anne.
 */
export const NICKNAMES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [full, , nicks] of NICKNAME_GROUPS)
    for (const n of nicks.split(' ')) if (!m.has(n)) m.set(n, full);
  return m;
})();

/**
 * nickname (lower case) → every given name it can shorten ("kitty" → catherine and katherine), for
 * readers' names in a review: "Kitty" may mean a Catherine or a Katherine.
 */
export const NICKNAME_ROOTS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [full, , nicks] of NICKNAME_GROUPS)
    for (const n of nicks.split(' ')) m.set(n, [...(m.get(n) ?? []), full]);
  return m;
})();

/**
 * Common English given names that have no nickname in the table above, with their usual gender.
 * (Tried: ~110 more (Alfred, Cyril, Katharine, Rachael…): two splits fewer (Cyril Fielding joins Mr.
 * Fielding), but 5 lines worse where one scene's turn-taking flips; left out for now.)
 */
const MORE_GIVEN_NAMES: readonly (readonly [Gender, string])[] = [
  [
    'male',
    'maurice hugh basil guy oliver hubert humphrey roger ernest eustace felix gilbert godfrey horace hector jasper jonathan julian lionel martin miles neville noel owen paul roland simon victor wilfred aaron adam abraham isaac jacob moses denis dennis claude clement gabriel giles hugo ivan luke mark norman oscar silas rufus ambrose bernard edgar edwin everard fabian gerard harvey jerome leopold lewis marcus mortimer osbert rowland valentine',
  ],
  [
    'female',
    'may june april anna agnes alice beatrice edith ethel esther ruth elinor mabel sylvia laura lilian olivia phyllis rachel sybil louise irene ida janet judith leonora millicent nora hester juliet pamela letitia blanche bella cora delia diana dora edna eva flora gwendolen hilda iris lavinia lois mariana muriel nelly norah ophelia pauline rosamond sophy stella ursula vera viola',
  ],
];

/** Given names in the nickname table with the gender they conventionally carry (fallback only). */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...MORE_GIVEN_NAMES.flatMap(([gender, names]) => names.split(' ').map((n) => [n, gender] as const)),
  ...NICKNAME_GROUPS.flatMap(([full, gender, nicks]) => [
    [full, gender] as const,
    ...nicks
      .split(' ')
      .filter((n) => !['alex', 'jo', 'georgie', 'kit', 'sandy', 'ted', 'teddy', 'bertie', 'bert'].includes(n))
      .map((n) => [n, gender] as const),
  ]),
]);

/**
 * More given names, used only for a character's gender, not for clustering names (with them in
 * GIVEN_NAME_GENDER, Cyril Fielding joined Mr. Fielding and one scene's turn-taking got worse).
 */
export const GENDER_ONLY_GIVEN_NAMES: ReadonlyMap<string, Gender> = new Map([
  ...'alfred cyril howard randolph clarence eugene leslie stanley sidney sydney wallace warren wilfrid barnaby bartholomew benedict cornelius dudley ebenezer elijah ephraim erasmus ferdinand gregory josiah lancelot lucius obadiah quentin reuben roderick solomon theophilus tobias ulysses vernon zachary augustine bertram conrad desmond douglas duncan egbert emmanuel hamish ignatius malcolm nigel oswald rodney seymour tristram allan alan allen alfredo antonio carlo giovanni giuseppe luigi pietro pierre jacques jean henri francois alexei dmitri nikolai sergei boris fyodor'
    .split(' ')
    .map((n) => [n, 'male'] as const),
  ...'katharine kathleen cassandra rachael dorcas agatha alberta alethea amy arabella barbara babs bertha bridget camilla celia christina clarissa cordelia daphne deborah dinah dorothea drusilla emmeline eugenia euphemia evangeline felicity gwendoline honoria imogen jemima jessica joan lavender leah lettice lucinda lucretia marjorie miriam myra octavia olive philippa phoebe prudence rhoda rosalie rosina sabina selina susanna tabitha theodora zillah rosa veronica teresa giulia francesca marie jeanne yvonne natasha olga sonia tatiana anastasia'
    .split(' ')
    .map((n) => [n, 'female'] as const),
]);

/**
 * Capitalised words that are never a character's name on their own: sentence openers, days,
 * months, interjections, words capitalised by convention. Checked in lower case.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `i i'm i'll i've i'd a an the and but or if so then there here this that these those what when where why how who whom whose which
  yes no not oh ah ha well now still yet nay aye alas indeed o hush hullo hello goodbye good bye dear my our your his her its their
  he she it we they you me him us them mine yours ours theirs
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  christmas easter michaelmas lent whitsun
  god lord heaven heavens christ jesus providence
  english french german italian russian american british scotch scottish irish spanish dutch indian european
  englishman englishmen englishwoman englishwomen frenchman frenchmen frenchwoman scotchman scotsman irishman
  hindu hindus moslem moslems muslim muslims mohammedan mohammedans christian christians jew jews
  indians europeans englishes americans italians russians germans
  chapter volume book part section letter
  mr mrs miss ms dr sir madam ma'am
  after before as at by for from in into of on to with without upon about above below under over
  all any both each every few many more most much no none one some such own other another
  do does did done is are was were be been being have has had shall should would can could must might
  let let's come go see look say tell perhaps certainly surely really only just even also too very
  nothing something everything anything nobody somebody everybody anybody everyone someone
  besides however therefore though although because since unless until while whilst whether
  never always sometimes often again once twice first second third last next
  thank thanks please pray sure quite true false right wrong
  mamma mama papa mother father sister brother aunt uncle cousin baby
  ok okay hm hmm humph pshaw bah tut hallo halloa hullo hey hi ahoy aha oho ow ouch bother hurrah hooray
  goodness gracious mercy golly gosh alack egad zounds aww awww ugh wow yay lol omg`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that, capitalised after a name, make it a place ("Netherfield Park", "Harley Street"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  `park hall street square place house court lane road row abbey castle manor lodge cottage
  church chapel cathedral bridge river hill hills wood woods forest common green town city village
  parish county shire station hotel inn club gardens garden terrace crescent gate gates farm mill
  island isle bay harbour harbor lake valley downs heath moor fields field palace tower college
  school hospital museum theatre theater market cross end rise grange priory vicarage rectory
  parsonage villa chambers buildings mansions walk avenue parade quay wharf dock docks arms colony coast
  gables elm elms inn tavern`
    .split(/\s+/)
    .filter(Boolean),
);

/** Prepositions after which a capitalised name is probably a place. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'at',
  'in',
  'to',
  'from',
  'near',
  'into',
  'towards',
  'toward',
  'through',
  'reach',
  'reached',
  'leave',
  'left',
  'visit',
  'visited',
]);

/** Verbs a person does (in narration, after a name) and a place does not: evidence that a name is a character. */
export const PERSON_VERBS: ReadonlySet<string> = new Set(
  `said replied cried asked answered looked smiled laughed thought felt knew saw turned went came took sat stood
  heard began seemed spoke told wished hoped feared wanted loved liked hated tried walked ran returned
  exclaimed continued added whispered muttered murmured shouted nodded shook sighed paused hesitated
  listened watched stared glanced frowned blushed coloured colored wept kissed married danced
  had was would could should might must did does has is`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words strong enough to count a capitalised name as a person by themselves (not the weak auxiliaries). */
export const STRONG_PERSON_VERBS: ReadonlySet<string> = new Set(
  [...PERSON_VERBS].filter(
    (w) =>
      !['had', 'was', 'would', 'could', 'should', 'might', 'must', 'did', 'does', 'has', 'is'].includes(w),
  ),
);

/**
 * A person by family relation after "his"/"her"/"their": a writer's credit ("her father asks") or
 * addressee ("tells her sisters"), as the book's own tags say "said her father" (KIN, `credit`);
 * regular-expression fragments, plurals for addressees.
 */
export const FAMILY_NOUNS: readonly string[] = KIN.filter((k) => k.credit).map((k) =>
  k.credit === 'plural' ? `${k.word}s?` : k.word,
);
/** Other relations a line is said to ("tells her friend", "his guests"); regular-expression fragments. */
export const RELATION_NOUNS: readonly string[] =
  'friends? lover suitor guests? maid servant companion fianc[eé]e? neighbou?rs? family host hostess'.split(
    ' ',
  );

/** Nouns that describe a speaker ("said her mother", "cried the gentleman") with the gender they imply. */
export const GENDERED_NOUNS: ReadonlyMap<string, Gender> = new Map([
  ...'mother wife sister aunt lady girl woman daughter niece mistress maid widow grandmother hostess landlady governess nurse queen princess duchess countess miss madam bride sisters'
    .split(' ')
    .map((w) => [w, 'female'] as const),
  ...'father husband brother uncle gentleman man boy son nephew master fellow colonel captain general major admiral doctor landlord host grandfather king prince duke count baronet squire clergyman officer lad'
    .split(' ')
    .map((w) => [w, 'male'] as const),
]);

/**
 * Words that head a line of writing about a book as a label, not as a speaker's name: "Summary: …",
 * "Related Characters: …", "Page Number: 34". A line `Label: words` is not a screenplay line, and the
 * label is not a credit. Checked in lower case, on the whole label or its first word.
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
  remember observe notice q interviewer interview`
    .split(/\s+/)
    .filter(Boolean),
);

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

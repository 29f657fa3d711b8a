/** People: pronouns, kin terms, pet names, given names, words that are not names, what people do. */
import type { Gender } from './titles.js';

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
 * - `family`: where the relation stands to the possessor's family name (KIN_FAMILY): a parent or
 *   spouse carries it with Mr. or Mrs., a child or sibling carries it, anyone else (an aunt, a
 *   nephew, a grandparent) may bear another.
 * - `title`: also a title before a name ("Aunt Polly", "Uncle Charles", "Cousin Henry").
 */
const KIN: readonly {
  word: string;
  gender: Gender;
  tag: boolean;
  credit: 'one' | 'plural' | null;
  family: KinFamily;
  title?: true;
}[] = [
  { word: 'father', gender: 'male', tag: true, credit: 'one', family: 'parent-or-spouse' },
  { word: 'mother', gender: 'female', tag: true, credit: 'one', family: 'parent-or-spouse' },
  { word: 'sister', gender: 'female', tag: true, credit: 'plural', family: 'sibling' },
  { word: 'brother', gender: 'male', tag: true, credit: 'plural', family: 'sibling' },
  { word: 'aunt', gender: 'female', tag: true, credit: 'one', family: 'other', title: true },
  { word: 'uncle', gender: 'male', tag: true, credit: 'one', family: 'other', title: true },
  { word: 'cousin', gender: 'unknown', tag: false, credit: 'plural', family: 'other', title: true },
  { word: 'husband', gender: 'male', tag: true, credit: 'one', family: 'parent-or-spouse' },
  { word: 'wife', gender: 'female', tag: true, credit: 'one', family: 'parent-or-spouse' },
  { word: 'daughter', gender: 'female', tag: true, credit: 'plural', family: 'child' },
  { word: 'son', gender: 'male', tag: true, credit: 'plural', family: 'child' },
  { word: 'grandmother', gender: 'female', tag: false, credit: 'one', family: 'other' },
  { word: 'grandfather', gender: 'male', tag: false, credit: 'one', family: 'other' },
  { word: 'niece', gender: 'female', tag: true, credit: 'one', family: 'other' },
  { word: 'nephew', gender: 'male', tag: true, credit: 'one', family: 'other' },
  { word: 'parents', gender: 'unknown', tag: false, credit: 'one', family: 'parent-or-spouse' },
  { word: 'mamma', gender: 'female', tag: true, credit: null, family: 'parent-or-spouse' },
  { word: 'papa', gender: 'male', tag: true, credit: null, family: 'parent-or-spouse' },
];

/** Where a relation stands to the possessor's family name (KIN, `family`). */
export type KinFamily = 'parent-or-spouse' | 'child' | 'sibling' | 'other';

/** Each relation's place in the possessor's family (KIN, `family`): "mother" a parent, "aunt" of another family perhaps. */
export const KIN_FAMILY: ReadonlyMap<string, KinFamily> = new Map(
  KIN.map((k) => [k.word, k.family] as const),
);

/** Relations that are also titles before a name (KIN, `title`): "Aunt Polly". */
export const KIN_TITLES: ReadonlySet<string> = new Set(KIN.filter((k) => k.title).map((k) => k.word));

/** Relations a speech tag may describe its speaker by ("said her mother", "his wife cried"), with the gender they give the speaker (KIN, `tag`). */
export const KIN_TERMS: ReadonlyMap<string, Gender> = new Map(
  KIN.filter((k) => k.tag).map((k) => [k.word, k.gender] as const),
);

/**
 * Nouns for the other party of a conversation, owned by a possessive: "said his companion", "her
 * friend replied". The speaker is whoever the possessor is talking with, not the possessor
 * (speakers/pronouns.ts), with the gender the noun gives ("his hostess"), if any. Seen as speech tags
 * about 17 times in the PDNC development novels and 40 times in LitBank's.
 */
export const COMPANION_NOUNS: ReadonlyMap<string, Gender> = new Map([
  ['companion', 'unknown'],
  ['friend', 'unknown'],
  ['partner', 'unknown'],
  ['interlocutor', 'unknown'],
  ['informant', 'unknown'],
  ['questioner', 'unknown'],
  ['visitor', 'unknown'],
  ['guest', 'unknown'],
  ['neighbour', 'unknown'],
  ['neighbor', 'unknown'],
  ['host', 'male'],
  ['hostess', 'female'],
]);

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
  ['bridget', 'female', 'biddy bridie'],
  ['georgiana', 'female', 'georgie'],
  ['henrietta', 'female', 'etta hetty'],
  ['hester', 'female', 'hetty hettie'],
  ['esther', 'female', 'hetty hettie essie'],
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
  // the older spelling (The Scarlet Pimpernel's Lord Antony Dewhurst is "Lord Tony")
  ['antony', 'male', 'tony'],
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
  // (Life in the Iron-Mills: "Deb" is Deborah; probe round AF284 met them as two people)
  ['deborah', 'female', 'deb debby debbie'],
  ['judith', 'female', 'judy'],
  ['abraham', 'male', 'abe'],
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
    'may june april anna agnes marguerite alice beatrice edith ethel ruth elinor mabel sylvia laura lilian olivia phyllis rachel sybil louise irene ida janet judith leonora millicent nora juliet pamela letitia blanche bella cora delia diana dora edna eva flora gwendolen hilda iris lavinia lois mariana muriel nelly norah ophelia pauline rosamond sophy stella ursula vera viola',
  ],
];

/** Given names in the nickname table with the gender they conventionally carry (fallback only). */
/**
 * Short forms a man and a woman both go by, which say no gender of their own: those of a male and a
 * female name alike in NICKNAME_GROUPS ("Pat", "Lou", "Gussie"), and those whose other name the table
 * lacks ("Terry" is Terence's as well as Theresa's: Herland's Terry O. Nicholson was read as a woman
 * and no credit to "Terry Nicholson" met him, probe round AF140; "Frankie" is Francis's as well).
 */
const EITHER_SEX_SHORT_FORMS: ReadonlySet<string> = (() => {
  // (one pass over the table: every module of the CLI loads this one, so its cost is every command's)
  const genders = new Map<string, Set<Gender>>();
  for (const [, gender, nicks] of NICKNAME_GROUPS)
    for (const n of nicks.split(' ')) genders.set(n, (genders.get(n) ?? new Set<Gender>()).add(gender));
  return new Set([
    ...[...genders].filter(([, g]) => g.size > 1).map(([n]) => n),
    ...['alex', 'jo', 'georgie', 'kit', 'sandy', 'ted', 'teddy', 'bertie', 'bert', 'terry', 'frankie'],
  ]);
})();

export const GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...MORE_GIVEN_NAMES.flatMap(([gender, names]) => names.split(' ').map((n) => [n, gender] as const)),
  ...NICKNAME_GROUPS.flatMap(([full, gender, nicks]) => [
    [full, gender] as const,
    ...nicks
      .split(' ')
      .filter((n) => !EITHER_SEX_SHORT_FORMS.has(n))
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
  whereupon thereupon hereupon meanwhile afterwards afterward
  never always sometimes often again once twice first second third last next
  thank thanks please pray sure quite true false right wrong
  mamma mama papa mother father sister brother aunt uncle cousin baby
  ok okay hm hmm humph pshaw bah tut hallo halloa hullo hey hi ahoy aha oho ow ouch bother hurrah hooray
  goodness gracious mercy golly gosh alack egad zounds aww awww ugh wow yay lol omg eh och heh
  good-bye good-by goodnight good-night farewell adieu bravo`
    .split(/\s+/)
    .filter(Boolean),
);

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
/** One person a writer credits by kin ("Tom's aunt", "her father": KIN, `credit`), with the gender the relation gives; not "parents". */
export const KIN_GENDERS: ReadonlyMap<string, Gender> = new Map(
  KIN.filter((k) => k.credit && k.word !== 'parents').map((k) => [k.word, k.gender] as const),
);
/** Other relations a line is said to ("tells her friend", "his guests"); regular-expression fragments. */
export const RELATION_NOUNS: readonly string[] = [
  ...'friends? lover suitor guests? maid servant companion fianc[eé]e? neighbou?rs? family host hostess'.split(
    ' ',
  ),
  // ("Cathy's father-in-law" is not her father)
  '(?:father|mother|brother|sister|son|daughter)-in-law',
];

/**
 * A relation a named person owns, as a regular-expression fragment: "(Lucy’s) brother", "(Darcy’s)
 * friend", "(Eppie’s) real father", "(Ruth’s) younger sister" — an adjective or none, then a family or
 * other relation noun, ending the word. The credit readers and the pronoun resolver read it alike.
 */
export const OWNED_RELATION = `(?:(?:old|young|elder|younger|eldest|youngest|little|best|dear|faithful|new|real|true|own|late|natural|adoptive|foster|future|former|beloved|devoted|poor|widowed|twin|half)\\s+)?(?:${[...FAMILY_NOUNS, ...RELATION_NOUNS].join('|')})(?![\\p{L}-])`;

/** The other of the two: what a "he" rules out is a woman, and a "she" a man. */
export function otherGender(g: 'male' | 'female'): 'male' | 'female' {
  return g === 'male' ? 'female' : 'male';
}

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
 * Descriptions that stand for a person the narration does not know yet ("the stranger", "the
 * visitor"), and that the text may later reveal by name (src/analysis/revealed.ts). Not "the man" or
 * "the girl": those name a different person on every page.
 */
export const REVEALABLE_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'stranger',
  'visitor',
  'newcomer',
  'traveller',
  'traveler',
  'intruder',
  'caller',
]);

/**
 * Words that end on a noun for a person, by sex, rank or role ("The captain", "the old stranger"):
 * "The captain:" is a cue, "The answer:" is not.
 */
export function endsInPersonNoun(words: string): boolean {
  const last = words.slice(words.lastIndexOf(' ') + 1).toLowerCase();
  return GENDERED_NOUNS.has(last) || REVEALABLE_DESCRIPTIONS.has(last);
}

/**
 * The ages a writer or a book sets before a name to tell a father from his son ("old Osborne",
 * "young Branghton", "— old Mr. Sedley"): no word of the name itself.
 */
export const AGE_WORDS: ReadonlySet<string> = new Set(['old', 'young']);
/** AGE_WORDS as a regular-expression alternation, in lower case. */
export const AGE_ALTERNATION = [...AGE_WORDS].join('|');
/**
 * Words a writer sets before a name in a credit that are no word of it: the ages, and "little" for
 * a child ("— little Pearl", "— little Arthur": probe rounds AF5, AF20, credits not read).
 */
export const CREDIT_NAME_QUALIFIERS: ReadonlySet<string> = new Set([...AGE_WORDS, 'little']);
/**
 * CREDIT_NAME_QUALIFIERS as a regular-expression alternation, in lower case and with a capital (a
 * credit line opening on one: "— Old Mr. Turveydrop", probe round AF63).
 */
export const CREDIT_QUALIFIER_ALTERNATION = [...CREDIT_NAME_QUALIFIERS]
  .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])
  .join('|');
/**
 * A family name's particles, one or two, as a regular-expression alternation: "de Bourgh", "van der
 * Luyden", "di Rienzi" (the book's tags and the writer's credits read the same names).
 */
export const FAMILY_NAME_PARTICLES = '(?:de|van|von|du|le|la|di|da)(?:\\s+(?:der|den|la|le))?';

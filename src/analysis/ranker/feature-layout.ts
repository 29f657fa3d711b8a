/**
 * The layout of the ranker's feature vector: the base features of a candidate, and the situations of
 * the quotation each crossed with some of them. weights.json lists the same names in the same order;
 * features.ts fills the vectors.
 */
/** Features of one candidate for one quotation. */
export const BASE_FEATURES = [
  'sieve',
  'sieveExplicit',
  'sieveAnaphoric',
  'sieveImplicit',
  'sieveConfidence',
  'sieveSure',
  'sieveGuess',
  'tagAfterName',
  'tagAfterSubject',
  'tagBeforeSubject',
  'paraBefore',
  'paraAfter',
  'paraOnlyName',
  'prevParaLastSentence',
  'prevParaNamed',
  'nearBefore',
  'nearAfter',
  'recencyRank',
  'spoke1',
  'spoke2',
  'spoke3',
  'alternates',
  'next1',
  'next2',
  'nextAlternates',
  'evenBack',
  'oddBack',
  'evenAhead',
  'oddAhead',
  'vocativeHere',
  'vocativePrev',
  'vocativeNext',
  'namedInQuote',
  'pronounAgrees',
  'pronounDisagrees',
  'narrator',
  'narratorTag',
  'bookSalience',
  'localSalience',
  'salienceShare',
  'salienceTop',
  'salienceTopAgrees',
  'exchangeTurns',
  'sieveRepeatsPrev',
  'lastTaggedNear',
  'lastTaggedEven',
  'lastTaggedOdd',
] as const;

export type BaseFeature = (typeof BASE_FEATURES)[number];

/**
 * Situations of the quotation as a whole (the same for every candidate). A linear ranker cannot use
 * them alone, so each is crossed with the candidate features whose weight should depend on it: turn
 * order matters most where no speech tag is found, narration beats most where the paragraph has them.
 */
export const SITUATIONS = [
  'untagged',
  'sieveTagged',
  'sieveTurnTaking',
  'startsPara',
  'hasBeat',
  'midExchange',
] as const;
export type Situation = (typeof SITUATIONS)[number];

const CROSSED: readonly BaseFeature[] = [
  'sieve',
  'spoke1',
  'spoke2',
  'next1',
  'next2',
  'alternates',
  'evenBack',
  'oddBack',
  'paraBefore',
  'paraAfter',
  'prevParaLastSentence',
  'vocativePrev',
  'recencyRank',
  'nearBefore',
  'localSalience',
  'pronounAgrees',
];

/** Feature names, in the order of each feature vector. weights.json lists the same names. */
export const FEATURE_NAMES: readonly string[] = [
  ...BASE_FEATURES,
  ...SITUATIONS.flatMap((s) => CROSSED.map((c) => `${s}*${c}`)),
];
export const FEATURE_COUNT = FEATURE_NAMES.length;
/** Each base feature's index in the vector (read as X.name: a property, not a lookup by name). */
export const X = Object.freeze(
  Object.fromEntries(BASE_FEATURES.map((n, i) => [n, i])) as Record<BaseFeature, number>,
);
export const CROSSED_INDEX = CROSSED.map((c) => X[c]);
export const SITUATION_OFFSET = new Map<Situation, number>(
  SITUATIONS.map((s, i) => [s, BASE_FEATURES.length + i * CROSSED.length]),
);

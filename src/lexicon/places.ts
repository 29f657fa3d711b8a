/** Places: the nouns and prepositions that make a capitalised name a place. */

/** Words that, capitalised after a name, make it a place ("Netherfield Park", "Harley Street"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  `park hall street square place house court lane road row abbey castle manor lodge cottage
  church chapel cathedral bridge river hill hills wood woods forest common green town city village
  parish county shire station hotel inn club gardens garden terrace crescent gate gates farm mill
  island isle bay harbour harbor lake valley downs heath moor fields field palace tower college
  school hospital museum theatre theater market cross end rise grange priory vicarage rectory
  parsonage villa chambers buildings mansions walk avenue parade quay wharf dock docks arms colony coast
  gables elm elms inn tavern home asylum orphanage`
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

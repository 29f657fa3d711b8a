/**
 * A line the book prints at several places: which places count (no chapter heading), and how the
 * judgements at each combine into the one verdict (attribute, index.ts).
 */
import type { Span } from '../../book/span.js';
import { MAX_OTHER_LOCATIONS } from '../locate/index.js';
import { RUNNER_UP_RULE } from './evidence.js';
import type { AttributeContext, Judgement } from './occurrence.js';
import { MAX_PLACES_TO_CONTRADICT } from './thresholds.js';

/**
 * The same words as a chapter's heading ("XIII. Poor Joanna") are no other place of the line: a
 * heading is no one's speech, and it held back a contradiction as "not every occurrence contradicts
 * the credit" (probe round AF198).
 */
export function notAHeading(ctx: AttributeContext): (loc: Span) => boolean {
  return (loc) => !ctx.headings.some((h) => h.start <= loc.start && loc.end <= h.end);
}

/** The note on a credit supported at another place the book prints the same words (combine). */
export const SAID_ELSEWHERE_NOTE =
  'the same words occur elsewhere in the book, where the credited speaker says them';

/**
 * A line of at most this many words is supported elsewhere only by the book's own tag (combine).
 * Measured on eval:pdnc-credits (each line credited at its own place; the words looked for again
 * where nothing there supports): 0 → 17,591 right and 1,556 wrong credits supported; 1 → 17,580 and
 * 1,532; 2 → 17,572 and 1,511 (45 fewer wrong credits supported for 19 right ones left unknown).
 */
export const FEW_WORDS = 2;

/**
 * A repeated line is supported if the claimed speaker says it at any of its places, and contradicted
 * only if every place contradicts; otherwise the book does not settle it. Elsewhere than the place
 * that fits best, the speaker model's second choice supports nothing: Colin's "I shall live forever
 * and ever and ever!", tagged "he cried grandly" where the writer's words fit, was "allowed" to Mary
 * because at another place the model could not tell Colin (0.44) from Mary (0.37). And where the
 * book's own tag at that place names someone else, only the book's own tag elsewhere supports: "The
 * band! the speckled band!" credited to Watson, "whispered Holmes" where the words fit, was supported
 * by the model's guess (Watson, 0.69) at the dying cry Helen retells (probe round C3). Measured:
 * `npm run eval:pdnc-credits` wrong credits supported 1,679 → 1,603, right credits supported 17,680
 * either way; eval:check, eval:realworld, eval:attribute unchanged. Turn-taking elsewhere is not
 * the book's own tag (`ownTag`, probe round AF64): wrong credits supported 1,467 → 1,462, right ones
 * 17,564 either way.
 */
export function combine(
  judged: readonly Judgement[],
  /**
   * The line is a word or two ("Huh!"): elsewhere, only the book's own tag supports. A one-word
   * exclamation recurs everywhere, and the model's guess at another of its places is no evidence
   * ("JIM: Huh!", the loud soldier's, was supported by Jim's "Huh," he said vacantly: probe round AD14).
   */
  tagsOnlyElsewhere = false,
): { pick: Judgement; notes: string[] } {
  const primary = judged[0]!;
  // Nor, for a line the book speaks where the writer's words fit best, the narration of the same words
  // elsewhere: "“A Martian!” said the curate", credited to the narrator, was supported by the
  // narrator's own "A Martian!" in another chapter (The War of the Worlds, probe round P4).
  const spoken = primary.evidence?.source !== 'narration';
  const supporting = judged.filter(
    (j) =>
      j.attribution === 'supported' &&
      (j === primary ||
        (j.evidence?.ruleId !== RUNNER_UP_RULE &&
          !(spoken && j.evidence?.source === 'narration') &&
          !(tagsOnlyElsewhere && !ownTag(j)) &&
          (primary.attribution !== 'contradicted' || ownTag(j)))),
  );
  // Elsewhere, the place with the strongest evidence: the book's own tag, then the surest reading
  // ("“I told you so,” said Aunt March" before the narration's "never once said “I told you so”",
  // which the model read as hers at 0.82; probe round AF167: the narration was shown).
  const supported = supporting.includes(primary)
    ? primary
    : supporting.reduce<Judgement | undefined>(
        (best, j) => (!best || strongerSupport(j, best) ? j : best),
        undefined,
      );
  if (supported) {
    const notes = supported === primary ? [] : [SAID_ELSEWHERE_NOTE];
    return { pick: supported, notes };
  }
  if (judged.every((j) => j.attribution === 'contradicted')) return { pick: primary, notes: [] };
  const someContradict = judged.some((j) => j.attribution === 'contradicted');
  const notes =
    someContradict && judged.length > 1
      ? [
          `the same words occur ${judged.length} times in the book; not every occurrence contradicts the credit`,
        ]
      : [];
  const pick =
    primary.attribution === 'contradicted' ? { ...primary, attribution: 'unknown' as const } : primary;
  return { pick, notes };
}

/** One place's support is stronger than another's: its own tag against none, else a surer reading. */
function strongerSupport(a: Judgement, b: Judgement): boolean {
  if (ownTag(a) !== ownTag(b)) return ownTag(a);
  return (a.confidence ?? 1) > (b.confidence ?? 1);
}

/**
 * The book's own tag says who speaks the words at that place. Turn-taking read from the tags around
 * them is not one: Styles' "No sugar," said Cynthia contradicted "— Poirot", and Poirot's "No sugar?
 * You abandon it…", his only by alternation, supported it (probe round AF64).
 */
function ownTag(j: Judgement): boolean {
  const e = j.evidence;
  return e?.source === 'book-tag' && !/^tag\/(?:alternation|addressed)/.test(e.ruleId ?? '');
}

/**
 * A contradiction must hold at every place the words are printed: "Yes," credited to Mr Ashburton,
 * contradicted by the first eight of its 24 places ("said Fanny"…) while the 22nd is "said Mr
 * Ashburton" (probe round A3). Before saying so, the places left unread are read too, up to
 * MAX_PLACES_TO_CONTRADICT; a line printed more often than that, or more often than the locate stage
 * lists, is left unsettled.
 */
export function everyPlaceRead(
  combined: { pick: Judgement; notes: string[] },
  unread: Span[],
  judged: readonly Judgement[],
  read: (loc: Span) => void,
  /** As combine's. */
  tagsOnlyElsewhere = false,
): { pick: Judgement; notes: string[] } {
  if (combined.pick.attribution !== 'contradicted' || unread.length === 0) return combined;
  for (const loc of unread.splice(0, Math.max(0, MAX_PLACES_TO_CONTRADICT - judged.length))) read(loc);
  const again = combine(judged, tagsOnlyElsewhere);
  if (again.pick.attribution !== 'contradicted') return again;
  if (unread.length === 0 && judged.length <= MAX_OTHER_LOCATIONS) return again;
  return {
    pick: { ...again.pick, attribution: 'unknown' },
    notes: [
      ...again.notes,
      `the same words occur more than ${judged.length} times in the book; not every place was read`,
    ],
  };
}

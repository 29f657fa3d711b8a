import { findSpanIndex, type Span } from '../../book/span.js';
import type { Cast } from './cast.js';
import type { Person } from './identity.js';
import type { SpeakerModel } from './model-line.js';
import { nameRegExp } from './narrator-scene.js';

/**
 * Where the speaker model's name for the first-person narrator holds. The model gives a book one
 * narrator, named by what the others call them (analysis/narrator.ts). A novel told by several
 * narrators in turn gets the name of one of them for all: The Moonstone's "I asked" is Miss Clack's
 * in Betteredge's part too, and a teacher told "the book's speaker is Miss Clack" there is misled.
 *
 * Others call a narrator by name in speech all through the narrator's own part ("Miss Clack", twice
 * in every chapter of her narrative) and not in anyone else's. So where most of the narrator's lines
 * have the name said in speech within NARRATOR_NAME_REACH, the name holds everywhere (one narrator);
 * where fewer than NARRATOR_NAMED_SHARE_MIN do, it holds only within that reach of a place where
 * someone says it, and elsewhere the speaker is "the narrator", unnamed.
 *
 * Measured with the model's narrator lines and its speech spans (2026-12-05), the share of narrator
 * lines with the name said within 40,000 characters: The Moonstone 0.17 (127 of 729: Miss Clack's
 * part only); Huckleberry Finn 0.80, The Gambler 0.75, Dracula 0.90, Wuthering Heights 0.91, Jane
 * Eyre, The Mysterious Affair at Styles, The Adventures of Sherlock Holmes, Treasure Island 1.00.
 * Within 20,000 characters, Huckleberry Finn falls to 0.68 and The Gambler to 0.57; 40,000 keeps
 * single narrators named while a part of The Moonstone is ~150,000 characters.
 *
 * A frame narrator tells the opening of some books and hands over to the one others name: Gilbert
 * Markham's letters open The Tenant of Wildfell Hall (174,000 characters and 138 narrator lines before
 * anyone says "Helen", the diarist's name the model gives every "said I"; probe round Y3), Lockwood
 * opens Wuthering Heights (85,000 before "Ellen"), Harker's journal opens Dracula (127,000 before
 * "John"). So the name holds only from NARRATOR_NAME_REACH before the first place it is said. In the
 * single-narrator books above the name is said within the first 20,000 characters; long gaps later
 * (Huckleberry Finn, 144,000 characters mid-book) are one narrator's and stay named. The cost: The
 * Gambler's narrator is first called "Alexis Ivanovitch" 89,000 characters in, and his 35 lines before
 * 49,000 are "the narrator" (eval:pdnc-credits: right credits supported 17,671 -> 17,641, wrong ones
 * supported 1,593 -> 1,590; right ones contradicted unchanged, 7).
 */
export const NARRATOR_NAME_REACH = 40_000;
export const NARRATOR_NAMED_SHARE_MIN = 0.5;

/** The label of a first-person narrator whose name the book does not settle at a place. */
export const UNNAMED_NARRATOR = 'the narrator';

/**
 * Whether the model's narrator name holds at an offset of the book (always without a narrator, or
 * where no one says the name in speech at all).
 */
export interface NarratorNamedAt {
  (at: number): boolean;
  /**
   * The book is told by several narrators in turn (the name holds only near where it is said): its
   * "I" may be anyone who narrates a part, so a first-person tag contradicts no credit (occurrence.ts).
   * The Moonstone's Mr. Bruff, who calls himself "plain Mr. Bruff" in his own narrative, was told
   * his "I answered" was Miss Clack's (probe round Q4).
   */
  readonly severalNarrators: boolean;
  /**
   * Where the part holding `at` starts, when a heading gives the part to someone ("_Jonathan Harker's
   * Journal._"); 0 otherwise. Another narrator's tags before it are no sign about this part's "I".
   */
  readonly partStart: (at: number) => number;
}

/** A book of one narrator, whose name holds where `namedAt` says (everywhere, without a narrator). */
export const oneNarrator = (namedAt: (at: number) => boolean): NarratorNamedAt =>
  Object.assign(namedAt, { severalNarrators: false, partStart: () => 0 });

/** A book told by several narrators: the name holds where `namedAt` says; parts start at their headings. */
const severalNarrators = (namedAt: (at: number) => boolean, headings: readonly number[]): NarratorNamedAt =>
  Object.assign(namedAt, {
    severalNarrators: true,
    partStart: (at: number) => {
      let start = 0;
      for (const h of headings) {
        if (h > at) break;
        start = h;
      }
      return start;
    },
  });

export function narratorNaming(
  model: SpeakerModel,
  cast: Cast,
  bookText: string,
  speech: readonly Span[],
): NarratorNamedAt {
  const narrator = cast.byId('narrator');
  if (!narrator) return oneNarrator(() => true);
  const said = saidInSpeech([narrator.name, ...narrator.aliases], bookText, speech);
  // A name nobody says shows no part of the book it belongs to: nothing to go by.
  if (said.length === 0) return oneNarrator(() => true);
  const near = (at: number): boolean => {
    let lo = 0;
    let hi = said.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (said[mid]! < at - NARRATOR_NAME_REACH) lo = mid + 1;
      else hi = mid;
    }
    return lo < said.length && said[lo]! <= at + NARRATOR_NAME_REACH;
  };
  const lines = model.quotes.filter((q) => q.speaker === 'narrator');
  if (lines.length === 0) return oneNarrator(() => true);
  // Journals and diaries of several people, each under its own heading (Dracula): several narrators,
  // however often the model's one is called by name.
  const headed = narrativeHeadings(bookText);
  if (headed.owners.size >= 2) {
    // Under a heading that gives the part to someone, the name holds where that someone is the
    // model's narrator ("Narrative Resumed by Jim Hawkins"), not in another's part ("Narrative
    // Continued by the Doctor": probe round AF170, the doctor's "said I" supported a credit to Jim).
    // Before the first heading, where someone says it.
    const own = nameWords([narrator.name, ...narrator.aliases]);
    const namedAt = (at: number): boolean => {
      const k = lastAtOrBefore(headed.at, at);
      if (k < 0) return near(at);
      return headed.ownerOf[k]!.split(' ').some((w) => own.has(w));
    };
    return severalNarrators(namedAt, headed.at);
  }
  const named = lines.filter((q) => near(q.start)).length;
  // One narrator, but perhaps framed by another who tells the opening: the name holds from the reach
  // before anyone first says it.
  if (named >= NARRATOR_NAMED_SHARE_MIN * lines.length)
    return oneNarrator((at) => at >= said[0]! - NARRATOR_NAME_REACH);
  return severalNarrators(near, headed.at);
}

/** The words of names, lower case, titles and short words aside ("dr", "mr"): what an owner is matched by. */
function nameWords(names: readonly string[]): Set<string> {
  return new Set(
    names.flatMap((n) =>
      n
        .toLowerCase()
        .replace(/[^a-z ]/g, '')
        .split(/\s+/)
        .filter((w) => w.length > 2 && !/^(?:mrs?|miss|the|dr|sir|lady|lord)$/.test(w)),
    ),
  );
}

/** The index of the last offset in `sorted` at or before `at`, or -1. */
function lastAtOrBefore(sorted: readonly number[], at: number): number {
  let k = -1;
  for (let i = 0; i < sorted.length && sorted[i]! <= at; i++) k = i;
  return k;
}

/**
 * A heading on a line of its own that gives a part of the book to someone: "JONATHAN HARKER'S
 * JOURNAL", "_Mina Harker's Journal._", "DR. SEWARD'S DIARY--_continued_", "The Story Resumed by
 * FRANKLIN BLAKE", "Narrative Continued by the Doctor" (Treasure Island; probe round AF170: the
 * doctor's "said I" supported a credit to Jim, the book's other narrator). Dracula has four owners:
 * its "I said" is Mina's under her journal's heading in a chapter of Seward's diary (probe round
 * AB5), whom the model, naming its one narrator "John", took.
 */
const NARRATIVE_HEADING =
  /^[ \t_*]*(?:((?:[A-Z][A-Za-z.'’-]*[ \t]+){0,3}[A-Z][A-Za-z'’-]*?)['’][Ss][ \t]+(?:JOURNAL|DIARY|NARRATIVE|STATEMENT|NOTEBOOK|Journal|Diary|Narrative|Statement|Notebook)|(?:THE STORY|The Story|NARRATIVE|Narrative)[ \t]+(?:[A-Za-z]+[ \t]+)?(?:BY|[Bb]y)[ \t]+(?:the[ \t]+|THE[ \t]+)?((?:[A-Z][A-Za-z.'’-]*[ \t]*){1,4}))\b[^\n]{0,40}$/gm;

/**
 * Where the book's headings give a part to someone (NARRATIVE_HEADING), sorted, with each part's
 * owner (lower case, letters and spaces) and the set of owners.
 */
function narrativeHeadings(text: string): { at: number[]; ownerOf: string[]; owners: Set<string> } {
  const owners = new Set<string>();
  const at: number[] = [];
  const ownerOf: string[] = [];
  for (const m of text.matchAll(NARRATIVE_HEADING)) {
    const owner = (m[1] ?? m[2] ?? '')
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .trim();
    if (!owner) continue;
    owners.add(owner);
    at.push(m.index);
    ownerOf.push(owner);
  }
  return { at, ownerOf, owners };
}

/** Sorted offsets where one of the names is said inside speech (whole words; not "I"). */
function saidInSpeech(names: readonly string[], text: string, speech: readonly Span[]): number[] {
  const out: number[] = [];
  for (const name of new Set(names)) {
    if (name.length < 3) continue;
    for (const m of text.matchAll(nameRegExp(name)))
      if (findSpanIndex(speech, m.index) >= 0) out.push(m.index);
  }
  return out.sort((a, b) => a - b);
}

/**
 * The narrator as the book gives them at a place: the model's named narrator where the name holds,
 * else "the narrator", of no known name or gender (Betteredge's "I" is not Miss Clack, nor a woman).
 * Anyone else is returned as is.
 */
export function narratorHere(p: Person, named: boolean): Person {
  if (p.id !== 'narrator' || named) return p;
  return { label: UNNAMED_NARRATOR, names: [], gender: 'unknown', id: 'narrator' };
}

/**
 * A writer's credit to the model's narrator by name, where that name does not hold: the name of no
 * character known at this place (Miss Clack credited with Betteredge's "I asked" is not supported by it).
 */
export function claimedHere(p: Person, named: boolean): Person {
  return p.id === 'narrator' && !named ? { ...p, id: null } : p;
}

import type { Span } from '../../book/span.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { LETTERS } from '../../text/letters.js';
import {
  type Alternation,
  alternation,
  type Identify,
  type Participant,
  type Relate,
} from './alternation.js';
import type { BookParagraphs } from './book-paragraph.js';
import type { Cast, CastCharacter } from './cast.js';
import { comparePeople, type Person, type TogetherEvidence } from './identity.js';
import { nameKey, parseName } from './names.js';
import { nameOnly, narratorPerson, personOf } from './people.js';
import { TURN_REACH, turnsAround } from './turns.js';
import { calledNames } from './vocatives.js';

/**
 * The book's turn-taking at a located line, for the attribute stage: the run of turns around it
 * (turns.ts), the names in their tags and the names their speech calls read with the book's cast, and
 * the speaker the alternation gives (alternation.ts). Two names the cast keeps apart but that may be
 * one person ("Loo" and "Louisa") are compared as identity.ts compares a credit with a speaker.
 */

/** What the reading needs of the attribute stage's context (occurrence.ts's AttributeContext). */
export interface TurnTakingContext {
  cast: Cast;
  bookText: string;
  paragraphs: BookParagraphs;
  parts: readonly Span[] | null;
  speechOf: ((at: number) => readonly Span[] | null) | null;
  together: TogetherEvidence | null;
}

function characterGender(c: CastCharacter, cast: Cast): 'male' | 'female' | null {
  const g = personOf(c, cast).gender;
  return g === 'unknown' ? null : g;
}

/**
 * Names in tags read with the book's cast: the character the book calls so, else the one character
 * the name means; a name that may mean several is 'ambiguous'; a name no character has stands for
 * itself. "said I" is the narrator.
 */
export function castIdentify(cast: Cast): Identify {
  return (name, firstPerson) => {
    if (firstPerson) {
      const n = cast.byId('narrator');
      return {
        key: 'narrator',
        label: n?.name ?? 'the narrator',
        gender: n ? characterGender(n, cast) : null,
        known: n !== null,
      };
    }
    const called = cast.characterCalled(name);
    const named = called ? [called] : cast.charactersNamed(name);
    if (named.length > 1) return 'ambiguous';
    const c = named[0];
    if (c) return { key: c.id, label: c.name, gender: characterGender(c, cast), known: true };
    if (!/\p{L}/u.test(name)) return null;
    const parsed = parseName(name);
    return {
      key: `name:${nameKey(name)}`,
      label: name,
      gender: parsed.gender === 'unknown' ? null : parsed.gender,
      known: false,
    };
  };
}

/** A participant as the identity rules see them. */
export function participantPerson(p: Participant, cast: Cast): Person {
  if (p.key === 'narrator') return narratorPerson(cast);
  const c = p.known ? cast.byId(p.key) : null;
  return c ? personOf(c, cast) : nameOnly(p.label);
}

/** Participants compared by identity.ts: two names of one person are 'maybe' the same, never two people. */
export function castRelate(cast: Cast, together: TogetherEvidence | null): Relate {
  const memo = new Map<string, 'same' | 'maybe' | 'distinct'>();
  return (a, b) => {
    if (a.key === b.key) return 'same';
    const k = a.key < b.key ? `${a.key}\u0000${b.key}` : `${b.key}\u0000${a.key}`;
    let r = memo.get(k);
    if (!r) {
      const id = comparePeople(participantPerson(a, cast), participantPerson(b, cast), together);
      r = id.relation === 'same' ? 'same' : id.relation === 'distinct' ? 'distinct' : 'maybe';
      memo.set(k, r);
    }
    return r;
  };
}

/**
 * Whether the book names one of the people in a stretch of its text: where the speaker model found
 * them named, or, for a cast without those places, one of their names printed there.
 */
export function castNamedIn(
  cast: Cast,
  bookText: string,
): (span: Span, people: readonly Participant[]) => boolean {
  return (span, people) =>
    people.some((p) => {
      const person = participantPerson(p, cast);
      if (person.mentionOffsets) return person.mentionOffsets.some((o) => o >= span.start && o < span.end);
      const stretch = bookText.slice(span.start, span.end);
      return person.names.some(
        (n) =>
          n.words.length > 0 &&
          n.words.every((w) =>
            new RegExp(`(?<![${LETTERS}])${escapeRegExp(w)}(?![${LETTERS}])`, 'iu').test(stretch),
          ),
      );
    });
}

const readers = new WeakMap<Cast, { identify: Identify; relate: Relate }>();

/** The speaker the book's turn-taking gives the located line, or null where it does not settle it. */
export function turnTakingAt(loc: Span, ctx: TurnTakingContext): Alternation | null {
  const run = turnsAround(
    ctx.bookText,
    loc,
    { modelParts: ctx.parts, speechOf: ctx.speechOf, paragraphs: ctx.paragraphs },
    TURN_REACH,
  );
  if (!run) return null;
  let r = readers.get(ctx.cast);
  if (!r) {
    r = { identify: castIdentify(ctx.cast), relate: castRelate(ctx.cast, ctx.together) };
    readers.set(ctx.cast, r);
  }
  return alternation(run, r.identify, {
    reach: TURN_REACH,
    called: (turn) => calledNames(ctx.bookText, turn.speech),
    relate: r.relate,
    namedIn: castNamedIn(ctx.cast, ctx.bookText),
  });
}

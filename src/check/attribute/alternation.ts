import type { Span } from '../../book/span.js';
import { type BookTag, tagGender } from './book-tag.js';
import type { Turn, TurnRun } from './turns.js';

/**
 * Who speaks an untagged line, from the book's own tags on the turns around it, as a careful reader
 * works it out: in a run of dialogue between two people the turns alternate, so the line is spoken by
 * whoever the book tags an even number of turns away (“…,” said Elizabeth / “…,” said Darcy / “…” /
 * “…,” said Darcy: the third line is Elizabeth's), and not by whoever it tags an odd number away.
 *
 * The inference holds only while the pattern does: every tagged turn on one parity names one person
 * and every tagged turn on the other parity another; a third person tagged, a turn tagging two people,
 * or a tag whose name cannot be told apart ends the run on that side; a "said he" that gives the
 * wrong gender for its parity breaks it, and so does a name called in the speech ("No, Harriet;") that
 * is neither of the two. How far it may be trusted, by configuration, is measured on PDNC (`npm run
 * eval:turns`, eval/results/turns.md) and chosen in thresholds.ts.
 */

export interface Participant {
  /** Tells people apart: the cast's character id, or the name itself when no character has it. */
  key: string;
  /** The name a report shows. */
  label: string;
  gender: 'male' | 'female' | null;
  /** One of the book's characters (not a name no character has). */
  known: boolean;
}

/**
 * A name as printed in a tag, as the book's cast reads it ("said I": `firstPerson`, the narrator);
 * 'ambiguous' when it may mean several people.
 */
export type Identify = (name: string, firstPerson: boolean) => Participant | 'ambiguous' | null;

/**
 * Two participants compared: the same person, perhaps the same (one person under two names the cast
 * keeps apart: "Loo" and "Louisa"), or two people. By default, by key.
 */
export type Relate = (a: Participant, b: Participant) => 'same' | 'maybe' | 'distinct';

/** A named tag on a turn of the run. */
export interface Anchor {
  /** Turns from the line's turn: negative before it, positive after. */
  offset: number;
  tag: BookTag;
  /** Who the tag names. */
  who: Participant;
}

/** A turn that speaks to someone by name: "said Philip to Harriet", “No, Harriet; …”. */
export interface Address {
  offset: number;
  /** The name as printed. */
  name: string;
  who: Participant;
  by: 'tag' | 'call';
}

/** One of the two people of the exchange, as the turns of their parity name them. */
export interface Party {
  /**
   * `tag/alternation`: tags name them on turns of their parity; `tag/addressed`: no tag does, but turns
   * of the other parity speak to them by name ("said Philip to Harriet", “No, Harriet”).
   */
  ruleId: 'tag/alternation' | 'tag/addressed';
  /** The nearest tag naming one of the book's characters, else the nearest ("said the stranger"). */
  who: Participant;
  /** Every name their turns are given; two characters the cast keeps apart may be one person. */
  names: Participant[];
  /** What names them: the tags on their turns, or the turns speaking to them. */
  naming: (Anchor | Address)[];
  /** Turns from the line to the nearest turn that names them. */
  distance: number;
  /** Named so both before and after the line. */
  bothSides: boolean;
  /**
   * The turns from the nearest naming turn before the line to the nearest after (the line's own turn
   * included): the most words of narration any holds besides its tag ("She smiled.", "turning to the
   * window"), and the most before its speech ("After a short pause, "; 0: each opens on its speech or
   * its tag). Narration is where a third person may come in or the talk change hands.
   */
  narration: number;
  opening: number;
  /**
   * Named only after the line, which opens its run right after a paragraph of narration: whether that
   * paragraph names them (someone else's action beat, "The Doctor sighed,", may bring in the line's
   * speaker: thresholds.ts); null where the line does not open its run so.
   */
  narrationBeforeNamesThem: boolean | null;
}

export interface Alternation {
  /** Who speaks the line: the person of the line's parity. */
  speaker: Party | null;
  /** The other person of the exchange: not the line's speaker. */
  other: Party | null;
  anchors: Anchor[];
  addresses: Address[];
}

export interface AlternationOptions {
  /** Turns either side read for tags. */
  reach: number;
  /** The names a turn's speech calls (vocatives.ts); each is the person the turn is spoken to. */
  called?: (turn: Turn) => readonly string[];
  relate?: Relate;
  /** Whether the book names one of these people in this stretch of narration; without it, never. */
  namedIn?: (span: Span, people: readonly Participant[]) => boolean;
}

const byKey: Relate = (a, b) => (a.key === b.key ? 'same' : 'distinct');

type TurnReading =
  | { kind: 'none' }
  | { kind: 'named'; who: Participant; tag: BookTag; to: Participant | null }
  | { kind: 'gender'; gender: 'male' | 'female'; tag: BookTag }
  /** two people tagged, or a name that cannot be told apart: the pattern cannot be followed past it */
  | { kind: 'stop' };

function readTurn(turn: Turn, identify: Identify, relate: Relate): TurnReading {
  if (turn.twoVoices) return { kind: 'stop' };
  let named: { who: Participant; tag: BookTag; to: Participant | null } | null = null;
  let gender: { gender: 'male' | 'female'; tag: BookTag } | null = null;
  for (const tag of turn.tags) {
    if (tag.kind === 'named' || tag.kind === 'first-person') {
      const who = identify(tag.who, tag.kind === 'first-person');
      if (who === null || who === 'ambiguous') return { kind: 'stop' };
      if (named && relate(named.who, who) === 'distinct') return { kind: 'stop' };
      const toName = tag.to && !/^(?:him|her|them|me|us)$/i.test(tag.to) ? tag.to : null;
      const to = toName ? identify(toName, false) : null;
      named = named ?? { who, tag, to: to && to !== 'ambiguous' ? to : null };
    } else {
      const g = tagGender(tag.who);
      if (g && gender && gender.gender !== g) return { kind: 'stop' };
      if (g) gender = gender ?? { gender: g, tag };
    }
  }
  if (named) {
    if (gender && named.who.gender && named.who.gender !== gender.gender) return { kind: 'stop' };
    return { kind: 'named', ...named };
  }
  return gender ? { kind: 'gender', ...gender } : { kind: 'none' };
}

/** The people seen on one parity of the run. */
class Side {
  readonly people: Participant[] = [];
  constructor(private readonly relate: Relate) {}
  add(p: Participant): void {
    if (!this.people.some((q) => this.relate(p, q) === 'same')) this.people.push(p);
  }
  /**
   * Two people on one parity: a third person is in the talk. Two of the book's characters that may be
   * one person under two names are not two; a name no character has ("the Indian") may be anyone.
   */
  mixed(): boolean {
    return this.people.some((p, i) =>
      this.people.slice(i + 1).some((q) => {
        const r = this.relate(p, q);
        return r === 'distinct' || (r === 'maybe' && !(p.known && q.known));
      }),
    );
  }
  /** Someone on this parity may be someone on the other: then the turns do not alternate between two. */
  meets(other: Side): boolean {
    return this.people.some((p) => other.people.some((q) => this.relate(p, q) !== 'distinct'));
  }
}

const isEven = (x: { offset: number }) => Math.abs(x.offset) % 2 === 0;
const nearest = (a: { offset: number }, b: { offset: number }) =>
  Math.abs(a.offset) - Math.abs(b.offset) || a.offset - b.offset;

/** The person of one parity (0: the line's), from the tags on its turns, else the turns speaking to it. */
function party(
  parity: 0 | 1,
  side: Side,
  anchors: readonly Anchor[],
  addresses: readonly Address[],
  run: TurnRun,
  namedIn: AlternationOptions['namedIn'],
): Party | null {
  const onParity = (x: { offset: number }) => (isEven(x) ? 0 : 1) === parity;
  const tags = anchors.filter(onParity).sort(nearest);
  // a turn speaks to the person of the other parity
  const spokenTo = addresses.filter((a) => !onParity(a)).sort(nearest);
  const naming: (Anchor | Address)[] = tags.length > 0 ? tags : spokenTo;
  const first = naming.find((a) => a.who.known) ?? naming[0];
  if (!first) return null;
  const back = naming.filter((a) => a.offset < 0).map((a) => a.offset);
  const on = naming.filter((a) => a.offset > 0).map((a) => a.offset);
  const between = run.turns.slice(
    run.at + (back.length > 0 ? Math.max(...back) : 0),
    run.at + (on.length > 0 ? Math.min(...on) : 0) + 1,
  );
  const opensAfterNarration = back.length === 0 && run.at === 0 ? run.narrationBefore : null;
  return {
    ruleId: tags.length > 0 ? 'tag/alternation' : 'tag/addressed',
    who: first.who,
    names: side.people,
    naming,
    distance: Math.abs(naming[0]!.offset),
    bothSides: back.length > 0 && on.length > 0,
    narration: Math.max(...between.map((t) => t.narrationWords)),
    opening: Math.max(...between.map((t) => t.openingWords)),
    narrationBeforeNamesThem: opensAfterNarration
      ? (namedIn?.(opensAfterNarration, side.people) ?? false)
      : null,
  };
}

/**
 * The two people of the exchange around the line, by alternation: the line's speaker and the other.
 * Null when the turns around it do not alternate between two people, or name neither. The line's own
 * turn may carry a pronoun tag ("said he"), which must fit; a named tag of its own is another rule's
 * business (book-tag.ts) and is read here as an anchor would be.
 */
export function alternation(
  run: TurnRun,
  identify: Identify,
  options: Partial<AlternationOptions> = {},
): Alternation | null {
  const reach = options.reach ?? run.turns.length;
  const relate = options.relate ?? byKey;
  // a name a turn calls is the person it is spoken to, when the book's cast knows them
  const calls = (turn: Turn, offset: number): Address[] =>
    (options.called?.(turn) ?? []).flatMap((name) => {
      const p = identify(name, false);
      return p && p !== 'ambiguous' && p.known ? [{ offset, name, who: p, by: 'call' as const }] : [];
    });
  const anchors: Anchor[] = [];
  const addresses: Address[] = [];
  const genders: { offset: number; gender: 'male' | 'female' }[] = [];
  const read = (offset: number): boolean => {
    const turn = run.turns[run.at + offset];
    if (!turn) return false;
    const r = readTurn(turn, identify, relate);
    if (r.kind === 'stop') return false;
    addresses.push(...calls(turn, offset));
    if (r.kind === 'gender') genders.push({ offset, gender: r.gender });
    if (r.kind === 'named') {
      anchors.push({ offset, tag: r.tag, who: r.who });
      if (r.to) addresses.push({ offset, name: r.tag.to!, who: r.to, by: 'tag' });
    }
    return true;
  };
  if (!read(0)) return null;
  for (const dir of [-1, 1]) for (let d = 1; d <= reach && read(dir * d); d++);
  const sides = [new Side(relate), new Side(relate)] as const;
  for (const a of anchors) sides[isEven(a) ? 0 : 1].add(a.who);
  for (const a of addresses) sides[isEven(a) ? 1 : 0].add(a.who);
  const [mine, theirs] = sides;
  if (mine.mixed() || theirs.mixed() || mine.meets(theirs)) return null;
  // "said he" on a turn must be the gender of the people its parity gives
  for (const g of genders)
    if ((isEven(g) ? mine : theirs).people.some((x) => x.gender !== null && x.gender !== g.gender))
      return null;
  const speaker = party(0, mine, anchors, addresses, run, options.namedIn);
  const other = party(1, theirs, anchors, addresses, run, options.namedIn);
  if (!speaker && !other) return null;
  return { speaker, other, anchors, addresses };
}

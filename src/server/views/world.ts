import { isUncertain } from '../../analysis/confidence/uncertain.js';
import type { Book } from '../../book/types.js';
import type { AnalysisState, TocEntry, World, WorldCharacter, WorldPlace } from '../api-types.js';
import type { AnalysisLike } from '../deps.js';
import { conversationNetwork } from './network.js';
import { tocEntryAt } from './toc.js';

/** How many equal slices of the book the X-Ray chart counts mentions in. */
export const WORLD_BINS = 40;
const MAX_CHARACTERS = 60;

/** The world page's data: characters with where they appear, who talks to whom, and places. */
export function worldOf(
  book: Book,
  analysis: AnalysisLike | null,
  state: AnalysisState,
  toc: readonly TocEntry[],
): World {
  const length = book.text.length;
  if (!analysis) {
    return {
      ...state,
      bins: WORLD_BINS,
      length,
      characters: [],
      network: { nodes: [], edges: [], basis: 'none' },
      places: [],
    };
  }
  const lines = linesBySpeaker(analysis);
  const unsure = linesBySpeaker(analysis, isUncertain);
  const count = (m: Map<string, number>, c: { id: string; name: string }) =>
    (m.get(c.id) ?? 0) + (c.id !== c.name ? (m.get(c.name) ?? 0) : 0);
  const characters: WorldCharacter[] = [...analysis.characters]
    .sort((a, b) => b.mentions - a.mentions || a.firstAppearance - b.firstAppearance)
    .slice(0, MAX_CHARACTERS)
    .map((c) => ({
      id: c.id,
      name: c.name,
      aliases: c.aliases,
      gender: c.gender,
      mentions: c.mentions,
      lines: count(lines, c),
      uncertainLines: count(unsure, c),
      firstAppearance: c.firstAppearance,
      firstAppearanceEnd:
        c.firstAppearance + nameLengthAt(book.text, c.firstAppearance, [c.name, ...c.aliases]),
      firstChapter: tocEntryAt(toc, c.firstAppearance)?.title ?? null,
      distribution: distribution(c.mentionOffsets, length, WORLD_BINS),
    }));
  const places: WorldPlace[] = [...analysis.places]
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, MAX_CHARACTERS)
    .map((p) => {
      const first = p.mentionOffsets.length > 0 ? Math.min(...p.mentionOffsets.slice(0, 1000)) : null;
      return {
        name: p.name,
        mentions: p.mentions,
        firstMention: first,
        firstMentionEnd: first === null ? null : first + nameLengthAt(book.text, first, [p.name]),
      };
    });
  return {
    ...state,
    bins: WORLD_BINS,
    length,
    characters,
    network: conversationNetwork(analysis, characters.slice(0, 16)),
    places,
  };
}

/** Mentions per slice of the book: the X-Ray strip of one character. */
export function distribution(offsets: readonly number[], length: number, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  if (length <= 0) return counts;
  for (const o of offsets) {
    const bin = Math.min(bins - 1, Math.max(0, Math.floor((o / length) * bins)));
    counts[bin]!++;
  }
  return counts;
}

function linesBySpeaker(
  analysis: AnalysisLike,
  keep: (q: AnalysisLike['quotes'][number]) => boolean = () => true,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of analysis.quotes) {
    if (q.speaker && keep(q)) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  }
  return counts;
}

/** Length of the longest of `names` written at `offset` (any case), else of the first word there. */
export function nameLengthAt(text: string, offset: number, names: readonly string[]): number {
  let best = 0;
  for (const name of names) {
    if (name.length > best && text.slice(offset, offset + name.length).toLowerCase() === name.toLowerCase()) {
      best = name.length;
    }
  }
  if (best > 0) return best;
  return /^[\p{L}\p{M}'’.-]+/u.exec(text.slice(offset, offset + 60))?.[0].length ?? 0;
}

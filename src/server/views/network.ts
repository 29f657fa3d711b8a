import type { World, WorldCharacter } from '../api-types.js';
import type { AnalysisLike, CharacterLike } from '../deps.js';

/**
 * Who speaks to whom, weighted by lines. Where the analysis names addressees, a line from A to B
 * counts for the pair; where it does not, two consecutive lines by different speakers count as an
 * exchange between them (the usual proxy for a conversation). Pairs are undirected.
 */
export function conversationNetwork(
  analysis: AnalysisLike,
  shown: readonly WorldCharacter[],
): World['network'] {
  const find = characterIndex(analysis.characters);
  const shownIds = new Set(shown.map((c) => c.id));
  const weights = new Map<string, number>();
  const add = (a: string, b: string) => {
    if (a === b || !shownIds.has(a) || !shownIds.has(b)) return;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  };
  const hasAddressees = analysis.quotes.some((q) => q.addressees && q.addressees.length > 0);
  let previous: string | null = null;
  let previousEnd = -Infinity;
  for (const q of analysis.quotes) {
    const speaker = q.speaker ? (find(q.speaker)?.id ?? null) : null;
    if (!speaker) {
      previous = null;
      continue;
    }
    if (hasAddressees) {
      for (const to of q.addressees ?? []) {
        const target = find(to)?.id;
        if (target) add(speaker, target);
      }
    } else if (previous && q.start - previousEnd < 2000) {
      add(previous, speaker);
    }
    previous = speaker;
    previousEnd = q.end;
  }
  const edges = [...weights.entries()]
    .map(([key, weight]) => {
      const [from, to] = key.split('\u0000') as [string, string];
      return { from, to, weight };
    })
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 60);
  const inEdges = new Set(edges.flatMap((e) => [e.from, e.to]));
  return {
    nodes: shown.filter((c) => inEdges.has(c.id)).map((c) => ({ id: c.id, name: c.name, lines: c.lines })),
    edges,
    basis: hasAddressees ? 'addressees' : 'consecutive speakers',
  };
}

/** Finds a character by id or by name: analysers name speakers either way. */
export function characterIndex(characters: readonly CharacterLike[]): (ref: string) => CharacterLike | null {
  const byKey = new Map<string, CharacterLike>();
  for (const c of characters) {
    byKey.set(c.id, c);
    if (!byKey.has(c.name)) byKey.set(c.name, c);
  }
  return (ref) => byKey.get(ref) ?? null;
}

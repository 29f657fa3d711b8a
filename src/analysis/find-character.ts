import { HONORIFICS } from '../lexicon.js';
import type { Analysis, Character } from './types.js';

/** "Mr. Darcy" → "mr darcy"; "MISS  Bennet" → "miss bennet". */
function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2019]/g, "'")
    .replace(/['\u2019]s$/, '')
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function withoutHonorific(normalized: string): string {
  const [first, ...rest] = normalized.split(' ');
  return rest.length > 0 && HONORIFICS.has(first!) ? rest.join(' ') : normalized;
}

/**
 * The character a name refers to, matching any alias, ignoring case, full stops and (when that
 * leaves one candidate) the honorific: "mr darcy", "Darcy", "Lizzy" all resolve. Null when no
 * character or more than one fits.
 */
export function findCharacterByName(analysis: Pick<Analysis, 'characters'>, name: string): Character | null {
  const wanted = normalizeName(name);
  if (!wanted) return null;
  const exact = analysis.characters.filter((c) => c.aliases.some((a) => normalizeName(a) === wanted));
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) return exact.sort((a, b) => b.mentions - a.mentions)[0]!;
  const bare = withoutHonorific(wanted);
  const loose = analysis.characters.filter((c) =>
    c.aliases.some((a) => withoutHonorific(normalizeName(a)) === bare),
  );
  if (loose.length === 1) return loose[0]!;
  // "Elizabeth Bennet" when the book only says "Elizabeth": every word of an alias appears in the name.
  const words = new Set(bare.split(' '));
  const partial = analysis.characters.filter((c) =>
    c.aliases.some((a) => {
      const aw = withoutHonorific(normalizeName(a)).split(' ');
      return aw.length > 0 && aw.every((w) => words.has(w));
    }),
  );
  if (partial.length === 1) return partial[0]!;
  return null;
}

import { HONORIFICS } from '../../lexicon.js';
import type { PronounScope } from './pronouns.js';

/**
 * "D:", "LC:": the character of the book whose name has those initials, among the characters the
 * page names; null when none or several do (the initial then stays as written).
 */
export function resolveInitial(
  scope: PronounScope,
  initial: string,
  pageNames: () => readonly string[],
): string | null {
  const { cast } = scope.ctx;
  if (cast.characters.length === 0) return null;
  const wanted = initial.toUpperCase();
  const initialsOf = (name: string): string[] => {
    const words = name.split(/[\s.]+/).filter((w) => /^\p{Lu}/u.test(w));
    const all = words.map((w) => w[0]!).join('');
    const core = words.filter((w) => w !== 'The' && !HONORIFICS.has(w.toLowerCase()));
    return [all, core.map((w) => w[0]!).join(''), core[0]?.[0] ?? ''];
  };
  const found = new Map<string, string>();
  for (const name of pageNames()) {
    const c = cast.characterNamed(name);
    if (!c) continue;
    const forms = [name, c.name, ...c.aliases];
    if (forms.some((f) => initialsOf(f).includes(wanted)) && !found.has(c.id)) found.set(c.id, name);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

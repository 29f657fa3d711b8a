import { describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import { bookOf } from './helpers.js';

/** Short texts written for these tests: the clustering and tag rules that G added. */
const FAMILY = `CHAPTER I

Sir Henry Marlowe came down to breakfast late. Sir Henry was a stern man, and he looked at his son.

"You are late again," said Sir Henry.

Harry Marlowe laughed. Harry was twenty and he did not care.

"I was riding," said Harry. "The mare went beautifully."

"Your mother will hear of it," said Sir Henry.

Milly came in with the tea. Milly was the maid, and she had heard everything.

"The carriage is ready, sir," said Milly.

"Thank you, Milly," said Harry, and he rose.

Sir Henry Marlowe watched him go. Harry Marlowe did not look back.
`;

describe('names of one family', () => {
  const a = analyzeBook(bookOf(FAMILY));
  const who = (alias: string) => a.characters.find((c) => c.aliases.includes(alias));
  const speakerOf = (start: string) => {
    const at = FAMILY.indexOf(start);
    const q = a.quotes.find((x) => x.start <= at && at < x.end);
    return a.characters.find((c) => c.id === q?.speaker)?.name;
  };

  it('keeps a titled father apart from the son who shares his name in a short form', () => {
    expect(who('Sir Henry')).toBeDefined();
    expect(who('Harry Marlowe')).toBeDefined();
    expect(who('Sir Henry')!.id).not.toBe(who('Harry Marlowe')!.id);
    expect(who('Harry')!.id).toBe(who('Harry Marlowe')!.id);
    expect(speakerOf('I was riding')).toBe(who('Harry')!.name);
    expect(speakerOf('Your mother')).toBe(who('Sir Henry')!.name);
  });

  it('reads a name ending in -ly after a speech verb as the speaker, not an adverb', () => {
    expect(speakerOf('The carriage is ready')).toBe('Milly');
    const at = FAMILY.indexOf('The carriage is ready');
    expect(a.quotes.find((x) => x.start <= at && at < x.end)?.type).toBe('explicit');
  });
});

describe('two speakers in one paragraph', () => {
  const text = `"We must go at once!" said the captain's voice; and Agnes called out as loud as she could, "Not without me!"\n`;
  const a = analyzeBook(bookOf(`CHAPTER I\n\nAgnes was at the window. Agnes waited.\n\n${text}`));

  it('starts a new quotation where the narration between two quoted parts tags a second speaker', () => {
    const last = a.quotes[a.quotes.length - 1]!;
    expect(last.parts).toHaveLength(1);
    expect(a.characters.find((c) => c.id === last.speaker)?.name).toBe('Agnes');
  });
});

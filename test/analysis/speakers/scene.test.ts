import { describe, expect, it } from 'vitest';
import { analyzeBook } from '../../../src/analysis/index.js';
import { captureSieve } from '../../../src/analysis/ranker/index.js';
import { DEFAULT_SPEAKER_OPTIONS, sceneOf } from '../../../src/analysis/speakers/index.js';
import {
  ABBREVIATED_TITLES,
  FAMILY_NOUNS,
  KIN_TERMS,
  OPENING_SPEECH_VERBS,
  PLAIN_TAG_VERBS,
  SPEECH_VERBS,
  titledNamePattern,
} from '../../../src/lexicon.js';
import { bookOf } from '../helpers.js';

function sceneFor(paragraphs: string[]) {
  const text = `${paragraphs.join('\n\n')}\n`;
  const { ctx } = captureSieve(() => analyzeBook(bookOf(text)));
  const scene = sceneOf(ctx);
  const turn = (start: string) => {
    const qi = ctx.quotes.findIndex((q) => text.slice(q.parts[0]!.start).startsWith(start));
    if (qi < 0) throw new Error(`no quotation starting "${start}"`);
    return scene.turnOfQuote[qi]!;
  };
  return { scene, turn };
}

const words = (n: number) => Array.from({ length: n }, () => 'rain').join(' ');

describe('the scene: turns and exchanges', () => {
  it('groups the quotations of one paragraph into one turn', () => {
    const { turn } = sceneFor(['"Yes." She paused. "No."', '"Well?"']);
    expect(turn('Yes')).toBe(turn('No'));
    expect(turn('Well')).toBe(turn('Yes') + 1);
  });

  const breaks: [what: string, between: string[], breaks: boolean, rankerBreaks: boolean][] = [
    ['nothing between', [], false, false],
    ['a short beat', [`The ${words(10)} fell.`], false, false],
    ['more than 60 words of narration', [`The ${words(70)} fell.`], true, true],
    ['more than 3 paragraphs', ['It rained.', 'It rained.', 'It rained.'], true, true],
    ['a scene break', ['* * *'], true, false],
    ['a chapter heading', ['CHAPTER II'], true, false],
  ];
  it.each(breaks)('an exchange breaks at %s: sieve %s, ranker %s', (_, between, sieve, ranker) => {
    const { scene, turn } = sceneFor(['"It is cold."', ...between, '"It is."']);
    expect(scene.breakBefore[turn('It is.')]).toBe(sieve);
    expect(scene.paragraphBreakBefore[turn('It is.')]).toBe(ranker);
  });

  it('the sieve also counts narration opening the speech paragraph; the ranker does not', () => {
    const { scene, turn } = sceneFor(['"It is cold."', `The ${words(70)} fell. "It is."`]);
    expect(scene.breakBefore[turn('It is.')]).toBe(true);
    expect(scene.paragraphBreakBefore[turn('It is.')]).toBe(false);
  });

  it('two turns are tight when nothing but the quote marks stands between the speeches', () => {
    const { scene, turn } = sceneFor(['"It is cold."', '"It is," said he.', '"Yes."']);
    expect(scene.tight[turn('It is,')]).toBe(true);
    // A tag after the speech before is already narration between them.
    expect(scene.tight[turn('Yes')]).toBe(false);
  });

  it('reads the vocatives of each quotation', () => {
    const text = [
      '"Good evening," said Anna Hale.',
      '"Good evening, Anna," said Tom Baker.',
      '"My dear Tom, is it late?" asked Anna.',
      '"Wake up, Anna dear! It is late," said Tom Baker.',
    ];
    const { scene, turn } = sceneFor(text);
    expect(scene.turnVocatives[turn('Good evening, Anna')]).toHaveLength(1);
    expect(scene.turnVocatives[turn('My dear Tom')]).toHaveLength(1);
    // (an endearment after the name: probe round AE1, "Wake up, Alice dear!")
    expect(scene.turnVocatives[turn('Wake up')]).toHaveLength(1);
    expect(scene.turnVocatives[turn('Good evening,"')] ?? []).toHaveLength(0);
  });

  it('takes a line that is only a name for an answer after a question, else for a call', () => {
    const text = [
      'Tom Baker sat by the window. "Good evening," said Tom Baker.',
      '"Do you know the name of the old man?" asked Anna Hale.',
      '"Tom Baker."',
      'Tom Baker looked up from his book.',
      '"Anna Hale."',
      '"Yes?"',
    ];
    const { scene, turn } = sceneFor(text);
    expect(scene.turnVocatives[turn('Tom Baker.')] ?? []).toHaveLength(0);
    expect(scene.turnVocatives[turn('Anna Hale.')]).toHaveLength(1);
  });

  it('takes a name echoing the line before it for no call', () => {
    const text = [
      'Tom Baker and Anna Hale sat by the fire with Clara Day.',
      '"Whom do you mean?" asked Anna Hale.',
      '"Clara Day," said Tom Baker.',
      '"Clara Day! I am all astonishment," cried Anna Hale.',
      '"Clara Day, come here!" said Tom Baker.',
    ];
    const { scene, turn } = sceneFor(text);
    // Repeated in surprise ("Miss Elizabeth Bennet!" repeated Miss Bingley: Pride and Prejudice)…
    expect(scene.turnVocatives[turn('Clara Day! I am')] ?? []).toHaveLength(0);
    // …but a line that was not only the name before it still calls her.
    expect(scene.turnVocatives[turn('Clara Day, come')]).toHaveLength(1);
  });

  it('uses the defaults unless given other options', () => {
    const { scene } = sceneFor(['"It is cold."', '"It is."']);
    expect(scene.options).toBe(DEFAULT_SPEAKER_OPTIONS);
    expect(DEFAULT_SPEAKER_OPTIONS.exchangeBreakWords).toBe(60);
    expect(DEFAULT_SPEAKER_OPTIONS.exchangeBreakParagraphs).toBe(3);
  });
});

describe('the lexicon the speaker analysis reads', () => {
  it('every plain tag verb and opening verb is a speech verb', () => {
    for (const v of [...PLAIN_TAG_VERBS, ...OPENING_SPEECH_VERBS]) expect(SPEECH_VERBS.has(v), v).toBe(true);
  });
  it('kin terms give a gender', () => {
    expect(KIN_TERMS.get('mother')).toBe('female');
    expect(KIN_TERMS.get('nephew')).toBe('male');
  });
  it("one kin list: the speech-tag view and the checker's credit view share their words and genders", () => {
    // Relations a writer credits with; only cousin, grandparents and parents are not read in a book's tags.
    const credited = FAMILY_NOUNS.map((f) => f.replace(/s\?$/, ''));
    expect(credited.filter((w) => !KIN_TERMS.has(w))).toEqual([
      'cousin',
      'grandmother',
      'grandfather',
      'parents',
    ]);
    expect([...KIN_TERMS.keys()].filter((w) => !credited.includes(w))).toEqual(['mamma', 'papa']);
    expect(FAMILY_NOUNS).toContain('sisters?');
    expect(new RegExp(`^(?:${FAMILY_NOUNS.join('|')})$`).test('daughters')).toBe(true);
  });
  it('a rank matches every way the title is written before a name', () => {
    expect(titledNamePattern('colonel').test('Colonel Brandon')).toBe(true);
    expect(titledNamePattern('colonel').test('Col. Brandon')).toBe(true);
    expect(titledNamePattern('doctor').test('Dr. Grant')).toBe(true);
    expect(titledNamePattern('general').test('Generally')).toBe(false);
    expect(titledNamePattern('captain').test('Mr. Wentworth')).toBe(false);
    expect(ABBREVIATED_TITLES).toContain('mrs');
  });
});

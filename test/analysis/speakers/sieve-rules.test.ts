import { describe, expect, it } from 'vitest';
import { analyzeBook } from '../../../src/analysis/index.js';
import { captureSieve } from '../../../src/analysis/ranker/index.js';
import { DECODE_RULE } from '../../../src/analysis/ranker/sequence.js';
import {
  BEAT_PASSES,
  LEVELS,
  newSieveState,
  quoteView,
  RULE_IDS,
  TAG_RULES,
} from '../../../src/analysis/speakers/index.js';
import { lastResort, turnTaking } from '../../../src/analysis/speakers/turn-taking.js';
import { bookOf } from '../helpers.js';

/**
 * Anna and Tom, made characters by a short tagged exchange, then a scene break: each case's own
 * paragraphs follow as a scene of their own.
 */
const PRELUDE = [
  '"Good evening," said Anna Hale.',
  '"Good evening," said Tom Baker.',
  '"Is it late?" asked Anna.',
  '"Very late," said Tom.',
  '* * *',
];

/** A short text's sieve with nothing decided, and ways to name its characters, quotations and turns. */
function setup(paragraphs: string[]) {
  const text = `${[...PRELUDE, ...paragraphs].join('\n\n')}\n`;
  const { result, ctx } = captureSieve(() => analyzeBook(bookOf(text)));
  const state = newSieveState(ctx);
  const id = (name: string): string => {
    const c = result.characters.find((x) => x.name === name || x.aliases.includes(name));
    if (!c) throw new Error(`no character ${name}`);
    return c.id;
  };
  const quote = (start: string): number => {
    const qi = ctx.quotes.findIndex((q) => text.slice(q.parts[0]!.start).startsWith(start));
    if (qi < 0) throw new Error(`no quotation starting "${start}"`);
    return qi;
  };
  const turn = (start: string): number => state.scene.turnOfQuote[quote(start)]!;
  const name = (cid: string | null | undefined): string | null =>
    result.characters.find((c) => c.id === cid)?.name ?? null;
  return { text, result, ctx, state, id, quote, turn, name };
}

const OPENING = 'Anna and Tom sat by the fire in the long room.';

describe('tag rules, each alone: where the sieve looks for a speech tag', () => {
  const cases: [rule: string, paragraphs: string[], quote: string, form: string, speaker: string | null][] = [
    ['tag-between', [OPENING, '"Yes," said Anna, "I know it."'], 'Yes', 'said-name', 'Anna'],
    ['tag-opening', [OPENING, 'Tom said, "Come in."'], 'Come in', 'name-said', 'Tom'],
    ['tag-after', [OPENING, '"Come in," said Tom.'], 'Come in', 'said-name', 'Tom'],
    ['tag-before', [OPENING, 'Then Tom said "Come in, and shut the door."'], 'Come in', 'name-said', 'Tom'],
    [
      'tag-previous-paragraph',
      [OPENING, 'Tom answered at last,', '"Come in."'],
      'Come in',
      'name-said',
      'Tom',
    ],
    ['sentence-before', [OPENING, 'Anna began again. "It is late."'], 'It is late', 'name-began', 'Anna'],
    [
      'sentence-previous-paragraph',
      [OPENING, 'Anna began again.', '"It is late."'],
      'It is late',
      'name-began',
      'Anna',
    ],
    ['pronoun-sentence-before', [OPENING, 'She went on. "It is late."'], 'It is late', 'pronoun-began', null],
    [
      'pronoun-sentence-previous-paragraph',
      [OPENING, 'Tom looked at her in astonishment. She went on.', '"It is late."'],
      'It is late',
      'pronoun-began',
      null,
    ],
  ];
  it.each(cases)('%s', (ruleId, paragraphs, start, form, speaker) => {
    const s = setup(paragraphs);
    const rule = TAG_RULES.find((r) => r.id === ruleId)!;
    const tag = rule.decide(quoteView(s.state, s.quote(start)));
    expect(tag?.form).toBe(form);
    expect(s.name(tag?.speaker)).toBe(speaker);
    expect(RULE_IDS.has(`${ruleId}/${form}`)).toBe(true);
  });

  it('"She went on." ending the narration paragraph before gives her the speech, not him', () => {
    const s = setup([
      '"You could not have asked me in any way that would have tempted me," said Anna.',
      'Again Tom looked at her with an expression of mingled incredulity and mortification. She went on.',
      '"It is late, and I am tired of the fire."',
    ]);
    expect(s.result.quotes[s.quote('It is late')]!.speaker).toBe(s.id('Anna'));
  });

  it('a tag ending at the opening mark is taken first only when it is sure', () => {
    const opening = TAG_RULES.find((r) => r.id === 'tag-opening')!;
    const near = setup([OPENING, 'Looking at the fire she said, "Come in."']);
    expect(opening.decide(quoteView(near.state, near.quote('Come in')))?.form).toBe('pronoun-said');
    // A pronoun far from its verb is not sure enough to come before the tag after the speech.
    const far = setup([OPENING, 'She looked at the fire for a long while and then said, "Come in."']);
    expect(opening.decide(quoteView(far.state, far.quote('Come in')))).toBeNull();
  });
});

describe('action beats, each alone', () => {
  const beat = (id: string) => BEAT_PASSES.flat().find((r) => r.id === id)!;
  it('beat/only-name: the one character the paragraph names', () => {
    const s = setup([OPENING, 'Anna smiled. "How lovely it is."']);
    expect(s.name(beat('beat/only-name').decide(s.state, s.turn('How lovely')))).toBe('Anna');
  });
  it('beat/only-name: not whom the action is aimed at', () => {
    const s = setup([OPENING, 'Anna turned to Tom. "How lovely it is."']);
    expect(s.name(beat('beat/only-name').decide(s.state, s.turn('How lovely')))).toBe('Anna');
  });
  it('beat/near: with two people named, the one in the sentence before the speech', () => {
    const s = setup([OPENING, 'Anna sat by the window. Then Tom laughed aloud: "How lovely it is."']);
    expect(beat('beat/only-name').decide(s.state, s.turn('How lovely'))).toBeNull();
    expect(s.name(beat('beat/near').decide(s.state, s.turn('How lovely')))).toBe('Tom');
  });
  it('beat/paragraph-before: the one character the last sentence of the paragraph before names', () => {
    const s = setup([OPENING, 'The wind rose. Anna tried to be cheerful.', '"I dare say it will pass."']);
    expect(s.name(beat('beat/paragraph-before').decide(s.state, s.turn('I dare say')))).toBe('Anna');
  });
});

describe('turn-taking rules, each alone, on an exchange whose known speakers are set by hand', () => {
  const exchange = [OPENING, '"It is cold."', '"It is."', '"Shall I fetch wood?"', '"Please do."', '"Now?"'];
  const level = (id: string) => LEVELS.flat().find((r) => r.id === id)!;
  /**
   * Decides the third turn of the exchange ("Shall I fetch wood?") given the speakers of the others
   * (null: open); `from` counts from the exchange's first turn.
   */
  function third(id: string, speakers: (string | null)[]) {
    const s = setup(exchange);
    const first = s.turn('It is cold');
    speakers.forEach((n, k) => {
      s.state.turns[first + k]!.speaker = n ? s.id(n) : null;
    });
    const d = level(id).decide(s.state, first + 2);
    return d ? { who: s.name(d.who), from: d.from - first } : null;
  }
  const anna = 'Anna';
  const tom = 'Tom';
  const cases: [id: string, speakers: (string | null)[], expected: { who: string; from: number } | null][] = [
    ['turn/alternate-back', [anna, tom, null, null, null], { who: anna, from: 0 }],
    ['turn/alternate-back', [anna, anna, null, null, null], null],
    ['turn/alternate-ahead', [null, null, null, tom, anna], { who: anna, from: 4 }],
    ['turn/skip-back', [anna, null, null, null, null], { who: anna, from: 0 }],
    ['turn/skip-back', [anna, tom, null, null, null], null],
    ['turn/skip-ahead', [null, null, null, null, anna], { who: anna, from: 4 }],
    ['turn/other-back', [null, tom, null, null, anna], { who: anna, from: 1 }],
    ['turn/other-ahead', [anna, null, null, tom, null], { who: anna, from: 3 }],
    ['turn/recent-named', [null, tom, null, null, null], { who: anna, from: 1 }],
    ['turn/recent-named', [null, null, null, null, null], null],
  ];
  it.each(cases)('%s %j', (id, speakers, expected) => {
    expect(third(id, speakers)).toEqual(expected);
  });

  it('turn/vocative: the one addressed in the turn before answers', () => {
    const s = setup([OPENING, '"It is cold."', '"Will you fetch wood, Tom?"', '"Gladly."']);
    s.state.turns[s.turn('Will you')]!.speaker = s.id('Anna');
    expect(s.name(level('turn/vocative').decide(s.state, s.turn('Gladly'))?.who)).toBe('Tom');
  });

  it('turn/answered: a reply by name names who spoke before it', () => {
    const s = setup([OPENING, '"It is cold."', '"Shall I fetch wood?"', '"Yes, Anna, please."']);
    s.state.turns[s.turn('Yes, Anna')]!.speaker = s.id('Tom');
    expect(s.name(level('turn/answered').decide(s.state, s.turn('Shall I'))?.who)).toBe('Anna');
  });

  it('fills an exchange level by level, and nobody is given a turn that addresses them', () => {
    const s = setup([OPENING, '"It is cold."', '"It is."', '"Shall I fetch wood, Anna?"', '"Please do."']);
    s.state.turns[s.turn('It is cold')]!.speaker = s.id('Anna');
    s.state.turns[s.turn('It is.')]!.speaker = s.id('Tom');
    turnTaking(s.state);
    // A, B, ? would be Anna by alternation, but the third turn addresses Anna: not hers.
    const third = s.state.turns[s.turn('Shall I')]!;
    expect(s.name(third.speaker)).not.toBe('Anna');
    // The fourth answers the third: Anna, by alternation from the turns before.
    expect(s.name(s.state.turns[s.turn('Please do')]!.speaker)).toBe('Anna');
  });

  it('last-resort: the character named last before the speech', () => {
    const s = setup(['Tom walked out into the rain. Anna sat alone by the fire.', '"How quiet it is."']);
    lastResort(s.state);
    const t = s.state.turns[s.turn('How quiet')]!;
    expect(s.name(t.speaker)).toBe('Anna');
    expect(t.rule).toBe('last-resort');
  });
});

describe('the rule id on every quotation of an analysis', () => {
  it('names the rule that decided, and none without a speaker', () => {
    const text = [
      ...PRELUDE.flatMap((p) => [p, '']),
      OPENING,
      '',
      '"It is cold," said Anna.',
      '',
      '"It is," Tom answered.',
      '',
      '"Shall I fetch wood?"',
      '',
      '"Please do."',
      '',
    ].join('\n');
    const a = analyzeBook(bookOf(text));
    const rule = (start: string) => a.quotes.find((q) => text.slice(q.start).startsWith(start))!.rule;
    expect(rule('It is cold')).toBe('tag-after/said-name');
    expect(rule('It is,')).toBe('tag-after/name-said');
    expect(rule('Shall I')).toBe('turn/alternate-back');
    for (const q of a.quotes) {
      expect(q.speaker === null).toBe(q.rule === 'none');
      expect(RULE_IDS.has(q.rule) || q.rule === 'ranker' || q.rule === DECODE_RULE).toBe(true);
    }
  });
});

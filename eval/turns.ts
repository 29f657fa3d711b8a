/**
 * `npm run eval:turns`: how often the attribute stage's turn-taking rules (`tag/alternation`,
 * `tag/addressed`: src/check/attribute/alternation.ts) are right, on PDNC's annotated quotations (all 18
 * novels). For each gold quotation (its first part, a line a writer may quote): the run of dialogue
 * turns around it (turns.ts, with the speaker model's quotation parts as in the checker), the book's
 * tags on those turns read by book-tag.ts and the names their speech calls (vocatives.ts), resolved with
 * the speaker model's cast as in the checker (`-- --gold-cast`: PDNC's characters instead), and the two
 * people the turns alternate between. The line's speaker is right when it maps to the annotated one
 * (eval/speakers.ts's mapping); "not the other person" is right when the other is not the annotated
 * speaker.
 *
 * Tallied by what the line's own tag is, by where the turns naming each person are (before the line,
 * after, both), by the narration in the turns between, and beside the speaker model on the same lines.
 * thresholds.ts chooses from these where the rules may support a credit and where contradict one.
 * Results go to eval/results/turns.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import { type Alternation, alternation, type Party } from '../src/check/attribute/alternation.js';
import { speechAt } from '../src/check/attribute/book-tag.js';
import { buildCast } from '../src/check/attribute/cast.js';
import { attributeContext } from '../src/check/attribute/index.js';
import { dialogueAt, modelParts, speechFinder } from '../src/check/attribute/model-line.js';
import { alternationStrength, otherPartyStrength } from '../src/check/attribute/thresholds.js';
import { castIdentify, castNamedIn, castRelate } from '../src/check/attribute/turn-taking.js';
import { TURN_REACH, type Turn, type TurnRun, turnsAround } from '../src/check/attribute/turns.js';
import { calledNames } from '../src/check/attribute/vocatives.js';
import { bookFromPdnc } from './book-from-text.js';
import { loadPdncNovel, pdncNovelDirs, withoutFrameQualifier } from './pdnc.js';
import { goldNameOf, mapCharacters } from './speakers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');

interface Cell {
  n: number;
  right: number;
}
type Table = Map<string, Cell>;

function bump(t: Table, key: string, ok: boolean): void {
  const c = t.get(key) ?? { n: 0, right: 0 };
  c.n++;
  if (ok) c.right++;
  t.set(key, c);
}

function narrationBand(p: Party): string {
  const n = p.narration;
  const words = n === 0 ? '0' : n <= 6 ? '1–6' : n <= 15 ? '7–15' : '16+';
  const opening = p.opening === 0 ? '0' : p.opening <= 4 ? '1–4' : '5+';
  return `${opening} | ${words}`;
}

function side(p: Party): string {
  if (p.bothSides) return 'both sides';
  return p.naming.some((x) => x.offset < 0) ? 'before' : 'after';
}

/** Rule, sides, narration: the cells thresholds.ts is chosen from. */
const cell = (p: Party) => `${p.ruleId} | ${side(p)} | ${narrationBand(p)}`;

/** Ways of reading the turns, compared in one table; the first is the checker's. */
const VARIANTS = [
  'as the checker reads them',
  'tags only (no names called in the speech)',
  'names compared by character only',
  '2 turns either side',
  '4 turns either side',
] as const;
type Variant = (typeof VARIANTS)[number];

interface Tables {
  lines: number;
  byOwn: Map<string, number>;
  byVariant: Table;
  byOwnTag: Table;
  speakerCells: Table;
  speakerStrength: Table;
  withModel: Table;
  modelOnDisagreement: Table;
  otherCells: Table;
  otherStrength: Table;
}

function main(): void {
  if (!existsSync(path.join(corpus, 'pdnc'))) {
    console.log('corpus not found: nothing to evaluate');
    return;
  }
  const verbose = process.argv.includes('--errors');
  const goldCastFlag = process.argv.includes('--gold-cast');
  const t: Tables = {
    lines: 0,
    byOwn: new Map(),
    byVariant: new Map(),
    byOwnTag: new Map(),
    speakerCells: new Map(),
    speakerStrength: new Map(),
    withModel: new Map(),
    modelOnDisagreement: new Map(),
    otherCells: new Map(),
    otherStrength: new Map(),
  };
  for (const dir of pdncNovelDirs(corpus)) {
    const novel = loadPdncNovel(dir);
    const analysis = analyzeBook(bookFromPdnc(novel.text, novel.name));
    const toGold = mapCharacters(analysis, novel.characters);
    const parts = modelParts(analysis);
    const speechOf = speechFinder(analysis);
    const goldSpeaker = goldNameOf(novel.characters);
    const goldCast = buildCast({
      characters: novel.characters.map((c) => ({
        id: c.id,
        name: withoutFrameQualifier(c.name),
        aliases: c.aliases.map(withoutFrameQualifier),
        gender: c.gender === 'F' ? 'female' : c.gender === 'M' ? 'male' : 'unknown',
      })),
    });
    const cast = goldCastFlag ? goldCast : buildCast(analysis);
    const ctx = attributeContext(goldCastFlag ? null : analysis, cast, novel.text);
    const identify = castIdentify(cast);
    const relate = castRelate(cast, ctx.together);
    const namedIn = castNamedIn(cast, novel.text);
    const called = (turn: Turn) => calledNames(novel.text, turn.speech);
    const read = (run: TurnRun, v: Variant): Alternation | null => {
      switch (v) {
        case 'as the checker reads them':
          return alternation(run, identify, { reach: TURN_REACH, called, relate, namedIn });
        case 'tags only (no names called in the speech)':
          return alternation(run, identify, { reach: TURN_REACH, relate, namedIn });
        case 'names compared by character only':
          return alternation(run, identify, { reach: TURN_REACH, called, namedIn });
        case '2 turns either side':
          return alternation(run, identify, { reach: 2, called, relate, namedIn });
        case '4 turns either side':
          return alternation(run, identify, { reach: 4, called, relate, namedIn });
      }
    };
    const goldOf = (p: Party): string | null => {
      const who = p.who;
      if (who.key.startsWith('name:')) return goldCast.characterNamed(who.label)?.name ?? null;
      if (goldCastFlag) return goldCast.byId(who.key)?.name ?? null;
      return toGold.get(who.key) ?? null;
    };
    // "not the other person": right unless one of the other's names is the annotated speaker
    const notThem = (p: Party, truth: string) =>
      p.names.every((n) => goldOf({ ...p, who: n }) !== truth) && goldOf(p) !== truth;
    for (const q of novel.quotes) {
      const part = q.parts[0];
      if (!part) continue;
      const truth = goldSpeaker(q.speaker);
      const tag = speechAt(novel.text, part, { modelParts: parts, speechOf }).tag;
      const own = !tag
        ? 'no tag'
        : tag.kind === 'named' || tag.kind === 'first-person'
          ? 'named tag'
          : 'pronoun or description';
      t.lines++;
      t.byOwn.set(own, (t.byOwn.get(own) ?? 0) + 1);
      const run = turnsAround(novel.text, part, { modelParts: parts, speechOf }, TURN_REACH);
      if (!run) continue;
      for (const v of VARIANTS) {
        const s = read(run, v)?.speaker;
        if (s) bump(t.byVariant, `${own}|${v}`, goldOf(s) === truth);
      }
      const a = read(run, VARIANTS[0]);
      if (!a) continue;
      if (a.speaker) bump(t.byOwnTag, own, goldOf(a.speaker) === truth);
      if (own === 'named tag') continue;
      if (a.other) {
        const ok = notThem(a.other, truth);
        bump(t.otherCells, cell(a.other), ok);
        bump(t.otherStrength, otherPartyStrength(a.other), ok);
        if (verbose && !ok && otherPartyStrength(a.other) === 'contradicts')
          printMiss(`${novel.name} ${q.id} OTHER`, a.other, a, run, novel.text, truth);
      }
      const s = a.speaker;
      if (!s) continue;
      const ok = goldOf(s) === truth;
      const strength = alternationStrength(s);
      bump(t.speakerCells, cell(s), ok);
      bump(t.speakerStrength, strength, ok);
      const line = dialogueAt(analysis, part);
      const modelSays = line?.speaker ? (toGold.get(line.speaker) ?? null) : null;
      const agree = line?.speaker ? line.speaker === s.who.key || modelSays === goldOf(s) : null;
      bump(
        t.withModel,
        `${strength} | ${agree === null ? 'no model speaker' : agree ? 'agrees' : 'disagrees'}`,
        ok,
      );
      if (agree === false) bump(t.modelOnDisagreement, strength, modelSays === truth);
      if (verbose && !ok && strength !== 'too weak')
        printMiss(`${novel.name} ${q.id}`, s, a, run, novel.text, truth);
    }
    process.stderr.write(`${novel.name}\n`);
  }
  const doc = report(t, goldCastFlag);
  console.log(doc);
  mkdirSync(path.join(root, 'eval/results'), { recursive: true });
  if (!goldCastFlag) writeFileSync(path.join(root, 'eval/results/turns.md'), doc);
}

function printMiss(label: string, p: Party, a: Alternation, run: TurnRun, text: string, truth: string): void {
  console.log(`--- ${label} [${cell(p)}] ${p.who.label}, gold ${truth}`);
  const offsets = [...a.anchors, ...a.addresses].map((x) => x.offset);
  for (let k = Math.min(0, ...offsets); k <= Math.max(0, ...offsets); k++) {
    const turn = run.turns[run.at + k]!;
    const s = text.slice(turn.span.start, turn.span.end).replace(/\s+/g, ' ');
    console.log(
      `   ${k === 0 ? '>>' : String(k).padStart(2)} ${s.length > 150 ? `${s.slice(0, 100)} … ${s.slice(-45)}` : s}`,
    );
  }
}

const f = (c: Cell | undefined) => (c ? `${c.n} | ${(c.right / c.n).toFixed(3)}` : '0 | –');
const rows = (table: Table) =>
  [...table]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, c]) => `| ${k} | ${f(c)} |`)
    .join('\n');

function report(t: Tables, goldCast: boolean): string {
  const owns = ['no tag', 'pronoun or description', 'named tag'];
  return `# Turn-taking from the book's own tags (PDNC, 18 novels)

Reproduce: \`npm run eval:turns\` (\`-- --errors\` lists each wrong reading the checker would go by,
\`-- --gold-cast\` resolves names with PDNC's characters instead of the speaker model's cast${goldCast ? '; this run did' : ''}).
For each of PDNC's ${t.lines} annotated quotations (its first part), the run of dialogue turns around it
(src/check/attribute/turns.ts: a paragraph of speech is a turn, a speech over several paragraphs one
turn; a paragraph of narration ends the run) and the two people the book's tags on the other turns
show it alternating between (src/check/attribute/alternation.ts): the line's speaker (rule
\`tag/alternation\`: tags name them an even number of turns away; \`tag/addressed\`: no tag does, but
turns an odd number away speak to them by name, "said Philip to Harriet", “No, Harriet”), and the other
person, who does not speak it. Names are read with the speaker model's cast, as in the checker.

## The line's speaker, by the line's own tag

| Line's own tag | Quotations | Rule fires | Right |
|---|---:|---:|---:|
${owns.map((o) => `| ${o} | ${t.byOwn.get(o) ?? 0} | ${f(t.byOwnTag.get(o))} |`).join('\n')}

A line with a named tag of its own is settled by that tag (0.997 right, eval:tags); the rule is read
there only as a check on itself. Below, only lines without one.

## Ways of reading the turns

The checker reads up to ${TURN_REACH} turns either side, the names the tags give and the names the
speech calls ("No, Harriet;": the person spoken to; a name that is neither of the two shows a third
person in the talk), and compares two names as the identity rules do (two names the cast keeps apart
may be one person).

| Line's own tag | Reading | Rule fires | Right |
|---|---|---:|---:|
${owns.flatMap((o) => VARIANTS.map((v) => `| ${o} | ${v} | ${f(t.byVariant.get(`${o}|${v}`))} |`)).join('\n')}

## The line's speaker, by configuration

Sides: where the turns naming the speaker are (before the line, after it, both). Narration: over the
turns from the nearest one naming the speaker before the line to the nearest after (the line's turn
included), the most words of narration one holds before its speech (0: each opens on its speech or
its tag; "After a short pause," is 4), and the most it holds in all besides its tag.

| Rule | Sides | Narration words before a speech | Narration words in a turn | Fires | Right |
|---|---|---|---|---:|---:|
${rows(t.speakerCells)}

By strength (src/check/attribute/thresholds.ts):

| Strength | Fires | Right |
|---|---:|---:|
${rows(t.speakerStrength)}

Beside the speaker model on the same lines:

| Strength | The model's speaker | Fires | Turn-taking right |
|---|---|---:|---:|
${rows(t.withModel)}

Where the two disagree, the model is right:

| Strength | Disagreements | Model right |
|---|---:|---:|
${rows(t.modelOnDisagreement)}

## The other person: not the line's speaker

Right when the other person of the exchange (under any of the names their turns are given) is not the
annotated speaker: a credit to them could be contradicted.

| Rule | Sides | Narration words before a speech | Narration words in a turn | Fires | Right |
|---|---|---|---|---:|---:|
${rows(t.otherCells)}

| Strength | Fires | Right |
|---|---:|---:|
${rows(t.otherStrength)}
`;
}

main();

/**
 * `npm run eval:attribute`: the attribute stage alone, on real credits (../shared/corpus/realworld).
 *
 * 1. Names as readers write them: each claimed name of realworld/quotes.jsonl whose credit is labelled
 *    supported, resolved with the checker's cast (cast.ts) against PDNC's own characters and aliases
 *    (character_info.csv): resolved to the annotated speaker, ambiguous, unknown, or wrong.
 * 2. The same names against the cast the speaker model builds from the novel (`analyzeBook`), a model
 *    character counting as the speaker when it maps to them (eval/speakers.ts's mapping).
 * 3. Verdicts: each labelled credit (supported / contradicted) judged by `attribute` at the labelled
 *    place in the novel, with the speaker model: right of all credited, contradicted right when said.
 *    Extraction, credit reading and locating are taken as given here (npm run eval:realworld measures
 *    the whole check).
 *
 * Results go to eval/results/attribute.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Analysis, analyzeBook } from '../src/analysis/index.js';
import { buildCast, isNarratorName } from '../src/check/attribute/cast.js';
import { attribute, attributeContext } from '../src/check/attribute/index.js';
import type { Credit } from '../src/check/types.js';
import { bookFromPdnc } from './book-from-text.js';
import { loadPdncNovel, type PdncNovel, withoutFrameQualifier } from './pdnc.js';
import { mapCharacters } from './speakers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');

interface Row {
  id: string;
  novel: string;
  quote: string;
  claimed_speaker: string | null;
  truth_location: [number, number] | null;
  true_speaker: string | null;
  truth_attribution: string;
}

const PRONOUN = /^(?:he|she|they|it|we|you)$/i;

function goldCast(novel: PdncNovel) {
  return buildCast({
    characters: novel.characters.map((c) => ({
      id: c.id,
      name: withoutFrameQualifier(c.name),
      aliases: c.aliases.map(withoutFrameQualifier),
      gender: c.gender === 'F' ? 'female' : c.gender === 'M' ? 'male' : 'unknown',
    })),
  });
}

function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
}

function main(): void {
  const file = path.join(corpus, 'realworld/quotes.jsonl');
  if (!existsSync(file)) {
    console.log('corpus not found: nothing to evaluate');
    return;
  }
  const verbose = process.argv.includes('--errors');
  const rows: Row[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);
  const novels = new Map<string, { novel: PdncNovel; analysis: Analysis }>();
  const load = (name: string) => {
    let n = novels.get(name);
    if (!n) {
      const novel = loadPdncNovel(path.join(corpus, 'pdnc', name));
      n = { novel, analysis: analyzeBook(bookFromPdnc(novel.text, novel.name)) };
      novels.set(name, n);
      process.stderr.write(`${name}\n`);
    }
    return n;
  };

  // 1 and 2: names.
  const named = rows.filter(
    (r) =>
      r.truth_attribution === 'supported' &&
      r.claimed_speaker &&
      r.true_speaker &&
      !PRONOUN.test(r.claimed_speaker) &&
      !isNarratorName(r.claimed_speaker),
  );
  const gold = { right: 0, ambiguous: 0, unknown: 0, wrong: 0 };
  const model = { right: 0, ambiguous: 0, unknown: 0, wrong: 0 };
  for (const r of named) {
    const { novel, analysis } = load(r.novel);
    const g = goldCast(novel);
    const res = g.resolve(r.claimed_speaker!);
    const truth = g.characterNamed(r.true_speaker!)?.name ?? r.true_speaker;
    const k =
      res.status === 'character'
        ? res.character === truth
          ? 'right'
          : 'wrong'
        : res.status === 'ambiguous'
          ? 'ambiguous'
          : 'unknown';
    gold[k as keyof typeof gold]++;
    if (verbose && k !== 'right')
      console.log(
        `gold cast ${k}: ${r.id} "${r.claimed_speaker}" → ${res.character ?? res.candidates.join('/')} (speaker ${truth})`,
      );
    const m = buildCast(analysis);
    const toGold = mapCharacters(analysis, novel.characters);
    const mres = m.characterNamed(r.claimed_speaker!);
    const mk = mres
      ? toGold.get(mres.id) === truth
        ? 'right'
        : 'wrong'
      : m.resolve(r.claimed_speaker!).status === 'ambiguous'
        ? 'ambiguous'
        : 'unknown';
    model[mk as keyof typeof model]++;
    if (verbose && mk !== 'right')
      console.log(
        `model cast ${mk}: ${r.id} "${r.claimed_speaker}" → ${mres?.name ?? m.resolve(r.claimed_speaker!).candidates.join('/')} (speaker ${truth})`,
      );
  }

  // 3: verdicts at the labelled place.
  const judged = rows.filter(
    (r) =>
      (r.truth_attribution === 'supported' || r.truth_attribution === 'contradicted') &&
      r.claimed_speaker &&
      r.truth_location,
  );
  const tally = {
    supported: { supported: 0, contradicted: 0, unknown: 0 },
    contradicted: { supported: 0, contradicted: 0, unknown: 0 },
  };
  for (const r of judged) {
    const { novel, analysis } = load(r.novel);
    const cast = buildCast(analysis);
    const ctx = attributeContext(analysis, cast, novel.text);
    const name = r.claimed_speaker!;
    const credit: Credit = {
      kind: isNarratorName(name) ? 'narrator' : 'character',
      name,
      ruleId: 'eval',
      span: { start: 0, end: 0 },
      pronoun: null,
      addressee: null,
    };
    const [start, end] = r.truth_location!;
    const a = attribute(credit, { start, end }, ctx);
    const got = a.attribution === 'none' ? 'unknown' : a.attribution;
    const want = r.truth_attribution as 'supported' | 'contradicted';
    tally[want][got]++;
    if (verbose && got !== want)
      console.log(
        `verdict ${want} → ${got}: ${r.id} "${name}" (speaker ${r.true_speaker}) book ${a.bookSpeaker} [${a.evidence?.ruleId}] ${a.evidence?.summary} ${a.notes.join('; ')}`,
      );
  }
  const right = tally.supported.supported + tally.contradicted.contradicted;
  const said = tally.supported.contradicted + tally.contradicted.contradicted;
  const row = (label: string, t: typeof gold) =>
    `| ${label} | ${pct(t.right, named.length)} | ${t.ambiguous} | ${t.unknown} | ${t.wrong} |`;
  const doc = `# The attribute stage on real credits

Reproduce: \`npm run eval:attribute\` (\`-- --errors\` lists each miss). Real quotations and credits from
web pages about the development novels (../shared/corpus/realworld/quotes.jsonl, hand-labelled against
PDNC's text); the stage alone: extraction, credit reading and locating are taken as given.

## Names as readers write them

The ${named.length} named credits labelled supported (pronouns and "the narrator" aside: "Lizzie", "Mad
Hatter", "Capt. Wentworth", "D", "Mrs Herrington"…), resolved by the checker's cast (src/check/attribute/cast.ts).

| Cast | Resolved to the speaker | Ambiguous | No such character | Another character |
|---|---:|---:|---:|---:|
${row("PDNC's characters and aliases (character_info.csv)", gold)}
${row("the speaker model's characters (analyzeBook)", model)}

## Verdicts at the labelled place

${judged.length} credits labelled supported or contradicted, judged with the speaker model at the labelled passage.

| Label | supported | contradicted | unknown |
|---|---:|---:|---:|
| supported (${tally.supported.supported + tally.supported.contradicted + tally.supported.unknown}) | ${tally.supported.supported} | ${tally.supported.contradicted} | ${tally.supported.unknown} |
| contradicted (${tally.contradicted.supported + tally.contradicted.contradicted + tally.contradicted.unknown}) | ${tally.contradicted.supported} | ${tally.contradicted.contradicted} | ${tally.contradicted.unknown} |

| Figure | Result | Target |
|---|---|---|
| Attribution verdict right, of all credited | ${pct(right, judged.length)} | ≥ 90% |
| "Contradicted" right when said | ${pct(tally.contradicted.contradicted, said)} | ≥ 97% |
| Correct credits wrongly contradicted | ${tally.supported.contradicted} of ${tally.supported.supported + tally.supported.contradicted + tally.supported.unknown} | 0 |
`;
  console.log(doc);
  mkdirSync(path.join(root, 'eval/results'), { recursive: true });
  writeFileSync(path.join(root, 'eval/results/attribute.md'), doc);
}

main();

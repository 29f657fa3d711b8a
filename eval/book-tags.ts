/**
 * `npm run eval:tags`: how often the review checker's reading of the book's own speech tag
 * (src/check/attribute/book-tag.ts) names the right speaker, on PDNC's annotated quotations. The
 * checker lets a named tag outrank the speaker model and contradict a writer, so its precision is
 * the figure that matters; coverage says how many lines it settles.
 *
 * For each part of each gold quotation (a line a writer may quote), with the speaker model's quotation
 * parts as the checker reads them (`-- --no-model`: text scanning only): the tag found for it;
 * a named tag is resolved against PDNC's own characters and aliases (cast.ts), and counts as right
 * when it resolves to the gold speaker, or its name is one of the gold speaker's (PDNC lists a few people
 * twice). Results go to eval/results/book-tags.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import { speechAt, tagGender } from '../src/check/attribute/book-tag.js';
import { buildCast } from '../src/check/attribute/cast.js';
import { dialogueAt, modelParts, speechFinder } from '../src/check/attribute/model-line.js';
import { bookFromPdnc } from './book-from-text.js';
import { loadPdncNovel, pdncNovelDirs, withoutFrameQualifier } from './pdnc.js';
import { goldNameOf, mapCharacters } from './speakers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');

/** The speaker model's line where the checker reads no named tag of its own: how often is it right? */
interface ModelCell {
  n: number;
  right: number;
}
const BANDS = [0.95, 0.9, 0.8, 0.7, 0.5, 0];
function band(c: number): string {
  const b = BANDS.find((x) => c >= x)!;
  const i = BANDS.indexOf(b);
  return i === 0 ? '0.95–1.00' : `${b.toFixed(2)}–${BANDS[i - 1]!.toFixed(2)}`;
}

interface Tally {
  quotes: number;
  named: number;
  resolved: number;
  right: number;
  ambiguous: number;
  unresolved: number;
  pronoun: number;
}

function main(): void {
  if (!existsSync(path.join(corpus, 'pdnc'))) {
    console.log('corpus not found: nothing to evaluate');
    return;
  }
  const verbose = process.argv.includes('--errors');
  const byRule = new Map<string, Tally>();
  const byType = new Map<string, Tally>();
  const total: Tally = {
    quotes: 0,
    named: 0,
    resolved: 0,
    right: 0,
    ambiguous: 0,
    unresolved: 0,
    pronoun: 0,
  };
  const add = (m: Map<string, Tally>, k: string): Tally => {
    let t = m.get(k);
    if (!t) {
      t = { quotes: 0, named: 0, resolved: 0, right: 0, ambiguous: 0, unresolved: 0, pronoun: 0 };
      m.set(k, t);
    }
    return t;
  };
  const modelCells = new Map<string, ModelCell>();
  const gendered = new Map<string, ModelCell>();
  const withModel = !process.argv.includes('--no-model');
  for (const dir of pdncNovelDirs(corpus)) {
    const novel = loadPdncNovel(dir);
    const analysis = withModel ? analyzeBook(bookFromPdnc(novel.text, novel.name)) : null;
    const toGold = analysis ? mapCharacters(analysis, novel.characters) : null;
    const parts = analysis ? modelParts(analysis) : null;
    const goldOf = goldNameOf(novel.characters);
    const cast = buildCast({
      characters: novel.characters.map((c) => ({
        id: c.id,
        name: withoutFrameQualifier(c.name),
        aliases: c.aliases.map(withoutFrameQualifier),
        gender: c.gender === 'F' ? 'female' : c.gender === 'M' ? 'male' : 'unknown',
      })),
    });
    const goldName = (speaker: string) =>
      cast.characterNamed(withoutFrameQualifier(speaker))?.name ?? speaker;
    const speechOf = analysis ? speechFinder(analysis) : null;
    for (const q of novel.quotes) {
      const first = q.parts[0];
      if (!first) continue;
      // every part of the quotation is a line a writer may quote; the model-line table uses the first
      for (const part of q.parts) {
        const { tag } = speechAt(novel.text, part, { modelParts: parts, speechOf });
        const tallies = [total, add(byType, q.type)];
        for (const t of tallies) t.quotes++;
        if (!tag) continue;
        if (tag.kind === 'pronoun' || tag.kind === 'description') {
          for (const t of tallies) t.pronoun++;
          const said = tagGender(tag.who);
          const goldChar = novel.characters.find((c) => c.name === withoutFrameQualifier(q.speaker)) ?? null;
          const g = goldChar?.gender === 'F' ? 'female' : goldChar?.gender === 'M' ? 'male' : null;
          if (said && g) {
            const cell = gendered.get(`${tag.kind}|${tag.ruleId}`) ?? { n: 0, right: 0 };
            cell.n++;
            if (said === g) cell.right++;
            else if (verbose)
              console.log(
                `${novel.name} ${q.id} [${tag.ruleId}] "${tag.text}" is ${said}, gold ${q.speaker} ${g}: …${novel.text.slice(Math.max(0, part.start - 80), part.end + 80).replace(/\s+/g, ' ')}…`,
              );
            gendered.set(`${tag.kind}|${tag.ruleId}`, cell);
          }
          continue;
        }
        if (tag.kind !== 'named') continue;
        const rule = add(byRule, tag.ruleId);
        tallies.push(rule);
        for (const t of tallies) t.named++;
        const res = cast.resolve(tag.who);
        if (res.status === 'ambiguous') for (const t of tallies) t.ambiguous++;
        if (res.status !== 'character') {
          if (res.status !== 'ambiguous') for (const t of tallies) t.unresolved++;
          continue;
        }
        for (const t of tallies) t.resolved++;
        const gold = cast.characterNamed(withoutFrameQualifier(q.speaker));
        const ok = res.character === goldName(q.speaker) || (gold !== null && cast.fit(tag.who, gold) > 0);
        if (ok) for (const t of tallies) t.right++;
        else if (verbose)
          console.log(
            `${novel.name} ${q.id} [${tag.ruleId}] "${tag.text}" → ${res.character}, gold ${q.speaker}: …${novel.text.slice(Math.max(0, part.start - 80), part.end + 80).replace(/\s+/g, ' ')}…`,
          );
      }
      if (analysis && toGold && parts) {
        const line = dialogueAt(analysis, first);
        const withParts = speechAt(novel.text, first, { modelParts: parts, speechOf }).tag;
        if (line?.speaker && line.type) {
          const ours = !withParts
            ? 'no tag'
            : withParts.kind === 'named' || withParts.kind === 'first-person'
              ? 'named tag'
              : 'pronoun tag';
          const key = `${line.type}|${ours}|${band(line.confidence)}`;
          const cell = modelCells.get(key) ?? { n: 0, right: 0 };
          cell.n++;
          if (toGold.get(line.speaker) === goldOf(q.speaker)) cell.right++;
          modelCells.set(key, cell);
        }
      }
    }
    process.stderr.write(`${novel.name}\n`);
  }
  const row = (label: string, t: Tally) =>
    `| ${label} | ${t.quotes || ''} | ${t.named} | ${t.resolved} | ${t.right} | ${t.resolved ? (t.right / t.resolved).toFixed(3) : '–'} | ${t.ambiguous} | ${t.unresolved} | ${t.pronoun} |`;
  const head =
    '| | Quotation parts | Named tag | Resolved to one character | Right | Precision | Ambiguous name | No such character | Pronoun / description tag |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const doc = `# The book's own speech tags (PDNC, 18 novels)

Reproduce: \`npm run eval:tags\` (\`-- --errors\` lists each wrong tag). How often the tag the review checker
reads for a located line (src/check/attribute/book-tag.ts, with the speaker model's quotation parts as
in the checker) names the quotation's annotated speaker; every part of every quotation is a line. A named tag is resolved with the checker's own name matching (cast.ts)
against PDNC's characters and aliases; it is right when it resolves to the gold speaker or is one of
the gold speaker's names (PDNC lists a few people twice, e.g. "Bounderby" beside "Josiah Bounderby").

${head}
${row('**All**', total)}
${[...byType].map(([k, t]) => row(`PDNC type ${k}`, t)).join('\n')}

By the rule that found the tag:

${head}
${[...byRule]
  .sort()
  .map(([k, t]) => row(`\`${k}\``, t))
  .join('\n')}

## Pronoun and description tags: the speaker's gender

A tag that names nobody still says "he" or "she" ("said he", "cried her mother"): how often that is
the annotated speaker's gender (PDNC's F / M), by the rule that found the tag.

| Tag | Rule | Tags | Gender right |
|---|---|---:|---:|
${[...gendered]
  .sort()
  .map(([k, c]) => `| ${k.split('|')[0]} | \`${k.split('|')[1]}\` | ${c.n} | ${(c.right / c.n).toFixed(3)} |`)
  .join('\n')}
${withModel ? modelTable(modelCells) : ''}`;
  console.log(doc);
  mkdirSync(path.join(root, 'eval/results'), { recursive: true });
  writeFileSync(path.join(root, 'eval/results/book-tags.md'), doc);
}

/**
 * The speaker model's accuracy by its rule type, by whether the checker reads a tag of its own at the
 * line, and by confidence: what the attribute stage's thresholds (src/check/attribute/thresholds.ts)
 * are chosen from. A speaker counts as right when the model's character maps to the gold speaker
 * (eval/speakers.ts's mapping: split characters count).
 */
function modelTable(cells: Map<string, ModelCell>): string {
  const rows = [
    '| Model rule | Checker reads | Confidence | Quotations | Speaker right |',
    '|---|---|---|---:|---:|',
  ];
  for (const key of [...cells.keys()].sort()) {
    const [type, ours, b] = key.split('|');
    const c = cells.get(key)!;
    rows.push(`| ${type} | ${ours} | ${b} | ${c.n} | ${(c.right / c.n).toFixed(3)} |`);
  }
  return `
## The speaker model where the checker reads no named tag

The speaker model's speaker for each gold quotation (the model quotation overlapping its first part),
by the model's rule, by what the checker's tag reader finds there (with the model's quotation parts),
and by confidence. \`npm run eval:tags -- --no-model\` skips this part.

${rows.join('\n')}
`;
}

main();

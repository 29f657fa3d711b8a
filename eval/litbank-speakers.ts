/**
 * `npm run eval:litbank-speakers`: who speaks, measured on novels the speaker model was not built on.
 * PDNC's 18 novels (`npm run eval:speakers`) chose the model's rules and trained its ranker; LitBank
 * annotates the speaker of every quotation in the first ~2,000 words of 78 other novels (1,626
 * quotations; litbank/quotations/*_brat.ann). Each novel is analysed whole, as a user would add it
 * (litbank/original), and each annotated quotation is looked up in the analysis.
 *
 * LitBank labels speakers by a mention's text ("Mrs_Bennet-7", "a_girl-12", "I-0"), not by a cast, so
 * two scores are given:
 * - named: the label is a proper name, and the model's speaker bears it (a word of the label, titles
 *   aside, is a word of one of the character's names, and no title contradicts: "Mrs" is not "Mr");
 * - all: each label of a novel is paired with at most one of the model's characters and each character
 *   with at most one label (most shared quotations first; a proper name only with a character bearing
 *   it), and a quotation is right when the model's speaker is its label's partner. A model that gives
 *   every line to one character gets only that character's lines.
 * A quotation the model did not find, or found without a speaker, is wrong in both.
 *
 * Writes eval/results/litbank-speakers.md.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import type { Analysis } from '../src/analysis/types.js';
import { loadBookFile } from '../src/formats/load.js';
import { HONORIFICS } from '../src/lexicon.js';
import { alignTokens, readBratLines, readBratQuotes, spanOf } from './litbank.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus/litbank');
const resultFile = path.join(root, 'eval/results/litbank-speakers.md');
const SHOW_ERRORS = process.argv.includes('--errors');

/** Words of a label or a name, lower-cased ("Mr__Sherlock_Holmes-3" → mr, sherlock, holmes). */
function wordsOf(s: string): string[] {
  return s
    .replace(/-\d+$/, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
}

/** Labels that describe rather than name ("a_girl", "The_boy", "his_mother", "I", "Narrator", "Uncle"). */
const NOT_NAMES = new Set(['i', 'narrator', 'the', 'a', 'an', 'his', 'her', 'their', 'my', 'our', 's']);
function isProperName(label: string): boolean {
  const raw = label.replace(/-\d+$/, '').split('_').filter(Boolean);
  if (raw.length === 0 || raw.some((w) => /^\p{Ll}/u.test(w))) return false;
  const words = wordsOf(label).filter((w) => !NOT_NAMES.has(w));
  // A title alone ("Uncle", "Doctor") is a description too.
  return words.length > 0 && words.some((w) => !HONORIFICS.has(w));
}

/** Forms of address that tell people apart: a Mrs. is not a Miss, a Mr. not a Mrs. ("Aunt" and "Miss" may be one). */
const ADDRESS = new Set([
  'mr',
  'mister',
  'mrs',
  'missus',
  'miss',
  'ms',
  'sir',
  'lady',
  'lord',
  'master',
  'madam',
]);

/**
 * The label's person bears one of these names: a word in common besides titles (or the name is that
 * title alone: "the sergeant" for "Sergeant_Bibot"), and no form of address at odds.
 */
function bears(label: string, names: readonly string[]): boolean {
  const lw = wordsOf(label);
  const address = lw.filter((w) => ADDRESS.has(w));
  const titles = lw.filter((w) => HONORIFICS.has(w));
  const plain = lw.filter((w) => !HONORIFICS.has(w) && !NOT_NAMES.has(w));
  return names.some((n) => {
    const nw = wordsOf(n).filter((w) => w !== 'the');
    const nAddress = nw.filter((w) => ADDRESS.has(w));
    if (address.length > 0 && nAddress.length > 0 && !address.some((t) => nAddress.includes(t))) return false;
    const bareTitle =
      nw.length > 0 && nw.every((w) => HONORIFICS.has(w)) && nw.some((w) => titles.includes(w));
    return bareTitle || plain.some((w) => nw.includes(w));
  });
}

/** The model's quotation that overlaps the span most, if any. */
function modelQuoteAt(a: Analysis, span: { start: number; end: number }): Analysis['quotes'][number] | null {
  let best: Analysis['quotes'][number] | null = null;
  let bestOverlap = 0;
  for (const q of a.quotes) {
    if (q.end <= span.start) continue;
    if (q.start >= span.end) break;
    const overlap = Math.min(q.end, span.end) - Math.max(q.start, span.start);
    if (overlap > bestOverlap) {
      best = q;
      bestOverlap = overlap;
    }
  }
  return best;
}

interface Row {
  novel: string;
  quotes: number;
  found: number;
  named: number;
  namedRight: number;
  aligned: number;
}

async function main(): Promise<void> {
  const dir = path.join(corpus, 'quotations');
  if (!existsSync(dir)) {
    console.error(`eval:litbank-speakers: ${dir} not found; nothing to evaluate`);
    process.exitCode = 2;
    return;
  }
  const rows: Row[] = [];
  const errors: string[] = [];
  const started = performance.now();
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('_brat.ann'))
    .sort()) {
    const name = f.replace(/_brat\.ann$/, '');
    const gold = readBratQuotes(path.join(dir, f)).filter((q) => q.speaker !== null);
    const original = path.join(corpus, 'original', `${name}.txt`);
    if (gold.length === 0 || !existsSync(original)) continue;
    const book = await loadBookFile(original);
    const tokens = alignTokens(book.text, readBratLines(path.join(dir, `${name}_brat.txt`)));
    const a = analyzeBook(book);
    const namesOf = new Map(a.characters.map((c) => [c.id, [c.name, ...c.aliases]]));
    const row: Row = { novel: name, quotes: gold.length, found: 0, named: 0, namedRight: 0, aligned: 0 };
    const pairs: { label: string; speaker: string | null }[] = [];
    for (const q of gold) {
      const label = q.speaker!.replace(/-\d+$/, '');
      const span = spanOf(tokens, q);
      const mine = span ? modelQuoteAt(a, span) : null;
      if (mine) row.found++;
      const speaker = mine?.speaker ?? null;
      pairs.push({ label, speaker });
      if (isProperName(label)) {
        row.named++;
        const right = speaker !== null && bears(label, namesOf.get(speaker) ?? []);
        if (right) row.namedRight++;
        else if (SHOW_ERRORS)
          errors.push(
            `- ${name}: ${label} ← ${speaker ? (namesOf.get(speaker)?.[0] ?? speaker) : mine ? 'no speaker' : 'not found'} (${mine?.type ?? '-'}, ${mine?.confidence?.toFixed(2) ?? '-'}) ${q.text.slice(0, 70)}`,
          );
      }
    }
    // One-to-one pairing of labels and characters, most shared quotations first.
    const counts = new Map<string, number>();
    for (const p of pairs) {
      if (p.speaker === null) continue;
      const named = isProperName(p.label);
      if (named && !bears(p.label, namesOf.get(p.speaker) ?? [])) continue;
      const key = `${p.label}\u0000${p.speaker}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const usedLabels = new Set<string>();
    const usedSpeakers = new Set<string>();
    for (const [key, n] of [...counts].sort((x, y) => y[1] - x[1])) {
      const [label, speaker] = key.split('\u0000') as [string, string];
      if (usedLabels.has(label) || usedSpeakers.has(speaker)) continue;
      usedLabels.add(label);
      usedSpeakers.add(speaker);
      row.aligned += n;
    }
    rows.push(row);
  }
  const sum = (k: keyof Omit<Row, 'novel'>) => rows.reduce((s, r) => s + r[k], 0);
  const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);
  const total = sum('quotes');
  const md = [
    '# Speakers on LitBank: novels the model was not built on',
    '',
    `Reproduce: \`npm run eval:litbank-speakers\` (\`-- --errors\` lists every miss on a named speaker). ${rows.length} novels, ${total} quotations with a speaker in LitBank's annotation of each novel's first ~2,000 words; each novel analysed whole from litbank/original. How the two scores are counted is at the top of eval/litbank-speakers.ts.`,
    '',
    '| Measure | Result |',
    '|---|---|',
    `| Quotations found (the model has a quotation there) | ${pct(sum('found'), total)} |`,
    `| Speaker right, where LitBank names the speaker | ${pct(sum('namedRight'), sum('named'))} |`,
    `| Speaker right, all quotations (labels paired one-to-one with characters) | ${pct(sum('aligned'), total)} |`,
    '',
    `For comparison, PDNC's 18 novels (\`npm run eval:speakers\`, the ones the rules were chosen on) are in eval/results/speakers.md. Analysis of the ${rows.length} novels took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    '',
    '| novel | quotations | found | named right | all right |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.novel} | ${r.quotes} | ${r.found} | ${r.named ? `${r.namedRight}/${r.named}` : '-'} | ${r.aligned}/${r.quotes} |`,
    ),
    '',
  ].join('\n');
  mkdirSync(path.dirname(resultFile), { recursive: true });
  writeFileSync(resultFile, md);
  console.log(md.split('\n').slice(0, 10).join('\n'));
  if (SHOW_ERRORS) console.log(errors.join('\n'));
}

await main();

/**
 * `npm run eval:sentences`: sentence boundaries from segmentSentences against LitBank's sentence
 * split of the first ~2,000 words of each of its 92 novels (litbank/quotations/*_brat.txt: one
 * sentence a line, tokens separated by spaces). LitBank's split is automatic too, and follows another
 * convention for dialogue: it splits `“Do you want it?” cried his wife` after the question; Verbatim
 * keeps it one sentence, so those boundaries are counted apart ("convention"), not as misses; and so are
 * paragraph starts (LitBank runs headings into the first sentence; Verbatim never crosses a paragraph).
 * Writes eval/results/sentences.md with precision/recall and examples of every other disagreement.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentParagraphs, segmentSentences } from '../src/text/segment.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus/litbank');
const resultFile = path.join(root, 'eval/results/sentences.md');

/** Offsets in `text` where each gold sentence starts, aligning tokens left to right. */
function goldStarts(text: string, lines: string[]): { starts: number[]; end: number } {
  const starts: number[] = [];
  let pos = 0;
  let end = 0;
  for (const line of lines) {
    let first = -1;
    for (const token of line.split(' ')) {
      if (!token) continue;
      let at = -1;
      let p = pos;
      while (p < text.length && /\s/.test(text[p]!)) p++;
      if (text.startsWith(token, p)) at = p;
      else {
        const found = text.indexOf(token, pos);
        if (found >= 0 && found - pos < 40) at = found;
      }
      if (at < 0) continue; // a token LitBank rewrote; the next one re-anchors
      if (first < 0) first = at;
      pos = at + token.length;
      end = pos;
    }
    if (first >= 0) starts.push(first);
  }
  return { starts, end };
}

/**
 * Boundaries where the two conventions differ by design: LitBank splits after ?/! (and closing quotes)
 * before a lower-case word, and before a dash that continues the sentence ("she said?--and went");
 * Verbatim does not.
 */
function isConventionSplit(text: string, start: number): boolean {
  if (/^(?:--|\u2014|-[A-Za-z])/.test(text.slice(start, start + 2))) return true;
  let k = start - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  while (k >= 0 && /["'\u2019\u201d)_]/.test(text[k]!)) k--;
  return /[?!]/.test(text[k] ?? '') && /[a-z]/.test(text[start] ?? '');
}

function context(text: string, at: number): string {
  return JSON.stringify(
    `${text.slice(Math.max(0, at - 40), at)}⟂${text.slice(at, at + 30)}`.replace(/\s+/g, ' '),
  );
}

async function main(): Promise<void> {
  const dir = path.join(corpus, 'quotations');
  if (!existsSync(dir)) {
    console.error(`eval:sentences: ${dir} not found; nothing to evaluate`);
    process.exitCode = 2;
    return;
  }
  const rows: string[] = [];
  const examples: string[] = [];
  let tp = 0;
  let mine = 0;
  let gold = 0;
  let convention = 0;
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('_brat.txt'))
    .sort()) {
    const name = f.replace(/_brat\.txt$/, '');
    const original = path.join(corpus, 'original', `${name}.txt`);
    if (!existsSync(original)) continue;
    const text = readFileSync(original, 'utf8');
    const lines = readFileSync(path.join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const g = goldStarts(text, lines);
    if (g.starts.length < 2) continue;
    const regionStart = g.starts[0]!;
    const paragraphs = segmentParagraphs(text);
    // LitBank runs headings into the first sentence and sentences across paragraph breaks; Verbatim
    // never lets a sentence cross a paragraph, so boundaries at paragraph starts are set aside too.
    const paragraphStarts = new Set(paragraphs.map((x) => x.start));
    const ours = segmentSentences(text, paragraphs)
      .map((s) => s.start)
      .filter((s) => s > regionStart && s < g.end);
    const goldSet = new Set(g.starts.slice(1));
    const conv = [...goldSet].filter((s) => isConventionSplit(text, s) || paragraphStarts.has(s));
    for (const s of ours) if (paragraphStarts.has(s) && !conv.includes(s)) conv.push(s);
    for (const s of conv) goldSet.delete(s);
    const ourSet = new Set(ours);
    const hits = [...ourSet].filter((s) => goldSet.has(s)).length;
    const missed = [...goldSet].filter((s) => !ourSet.has(s));
    const extra = [...ourSet].filter((s) => !goldSet.has(s) && !conv.includes(s));
    tp += hits;
    mine += ourSet.size - [...ourSet].filter((s) => conv.includes(s)).length;
    gold += goldSet.size;
    convention += conv.length;
    rows.push(
      `| ${name} | ${goldSet.size} | ${ourSet.size} | ${hits} | ${missed.length} | ${extra.length} | ${conv.length} |`,
    );
    for (const s of missed.slice(0, 3)) examples.push(`- ${name}: missed ${context(text, s)}`);
    for (const s of extra.slice(0, 3)) examples.push(`- ${name}: extra ${context(text, s)}`);
  }
  const p = tp / mine;
  const r = tp / gold;
  const md = [
    '# Sentence boundaries against LitBank',
    '',
    `Generated by \`npm run eval:sentences\` (${new Date().toISOString().slice(0, 10)}): boundaries inside the LitBank`,
    'excerpt of each novel, ours against LitBank’s (itself automatic, not hand-checked gold). ⟂ marks the',
    'boundary in the examples.',
    '',
    `- novels: ${rows.length}; LitBank boundaries compared: ${gold}; set aside: ${convention} (paragraph starts,`,
    '  and LitBank splits before a lower-case speech tag or a continuing dash, which Verbatim does not make)',
    `- precision ${(p * 100).toFixed(1)}%, recall ${(r * 100).toFixed(1)}%, F1 ${((200 * p * r) / (p + r)).toFixed(1)}%`,
    '',
    '| novel | LitBank | ours | same | missed | extra | convention |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    '## Examples of disagreements (up to three of each kind per novel)',
    '',
    ...examples,
    '',
  ].join('\n');
  mkdirSync(path.dirname(resultFile), { recursive: true });
  writeFileSync(resultFile, md);
  console.log(md.split('\n').slice(0, 9).join('\n'));
  console.log(`\nfull table and examples: ${path.relative(root, resultFile)}`);
}

await main();

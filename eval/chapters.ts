/**
 * `npm run eval:chapters`: chapter detection on every corpus novel (18 PDNC + 92 LitBank), beside an
 * independent, deliberately simple count of the headings present, with every disagreement listed so a
 * person can see which side is right. Writes eval/results/chapters.md.
 *
 * The simple count: blocks (blank-line separated, at most two lines) whose first line starts with
 * CHAPTER/Chapter/CHAP./STAVE/LETTER followed by a number; if a book has none of those, blocks that are
 * a lone roman or arabic numeral; if none of those either, BOOK/PART/VOLUME blocks (a book divided only
 * into parts has them as its chapters, as the detector reports). It does not skip tables of contents,
 * so a disagreement there usually means the simple count is the one that is wrong.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyLine } from '../src/book/structure.js';
import type { Book } from '../src/book/types.js';
import { loadBookFile } from '../src/formats/load.js';
import { LineIndex } from '../src/text/line-index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');
const resultFile = path.join(root, 'eval/results/chapters.md');

interface SimpleHeading {
  offset: number;
  line: string;
}

const KEYWORD =
  /^(CHAPTER|Chapter|CHAP\.|Chap\.|STAVE|Stave|LETTER|Letter)\s+([0-9]+|[IVXLC]+|[A-Z][a-z]+|[A-Z]+)\b/;
const BARE = /^([IVXLC]+|[0-9]{1,3})\.?$/;
const PART = /^(BOOK|Book|PART|Part|VOLUME|Volume)\s+\S+/;

/** Blank-line separated blocks of at most two lines, with the offset of their first line. */
function shortBlocks(text: string): { offset: number; first: string }[] {
  const out: { offset: number; first: string }[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let offset = 0;
  let blockStart = -1;
  let blockLines: string[] = [];
  let blockOffset = 0;
  const flush = () => {
    if (blockStart >= 0 && blockLines.length <= 2)
      out.push({ offset: blockOffset, first: blockLines[0]!.trim() });
    blockStart = -1;
    blockLines = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else {
      if (blockStart < 0) {
        blockStart = offset;
        blockOffset = offset + (line.length - line.trimStart().length);
      }
      blockLines.push(line);
    }
    offset += line.length;
    // Re-find the line break length from the text itself (CRLF-aware).
    if (text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10) offset += 2;
    else if (offset < text.length) offset += 1;
  }
  flush();
  return out;
}

export function simpleHeadings(text: string): SimpleHeading[] {
  const blocks = shortBlocks(text).map((b) => ({ offset: b.offset, line: b.first.replace(/[_*]/g, '') }));
  const keyword = blocks.filter((b) => KEYWORD.test(b.line));
  if (keyword.length > 0) return keyword;
  const bare = blocks.filter((b) => BARE.test(b.line));
  if (bare.length > 0) return bare;
  return blocks.filter((b) => PART.test(b.line));
}

/**
 * Disagreements a person has looked at (in the text, at the lines listed), and who was right. Shown beside
 * the disagreement so the next reader knows which are settled; a new disagreement has no note.
 */
const REVIEWED: Record<string, string> = {
  ARoomWithAView:
    'detector right: "Chapter VI: The Reverend Arthur Beebe, … Italians Drive Them." is a heading whose title runs over four lines; the simple count takes blocks of at most two.',
  '2641_a_room_with_a_view':
    'detector right: "Chapter VI: The Reverend Arthur Beebe, … Italians Drive Them." is a heading whose title runs over four lines; the simple count takes blocks of at most two.',
  '2814_dubliners':
    'detector right: fifteen stories headed by titles in capitals ("THE SISTERS", "ARABY") and no numbers; the simple count only reads numbered headings.',
  '1155_the_secret_adversary': 'detector right: the book opens with a PROLOGUE before chapter 1.',
  '145_middlemarch': 'detector right: FINALE is the closing section after chapter LXXXVI.',
  '155_the_moonstone':
    'detector right: PROLOGUE and EPILOGUE are sections of their own, titled on the next line.',
  '1661_the_adventures_of_sherlock_holmes':
    'detector right: twelve stories, "ADVENTURE I. …" to "VI." then "VII. THE ADVENTURE OF …"; the I./II./III. the simple count found are sections inside the first story.',
  '171_charlotte_temple':
    'detector right: "CHAPTER OF ACCIDENTS." is the title of chapter XX, printed after its epigraph, not a chapter.',
  '2489_moby_dick': 'detector right: Epilogue follows chapter 135.',
  '271_black_beauty':
    'detector right: 4 parts ("Part I") holding 49 chapters numbered "01 My Early Home"; the simple count only sees the parts.',
  '33_the_scarlet_letter':
    'detector right: chapters are "I. THE PRISON DOOR" (numeral and title on one line).',
  '367_country_of_the_pointed_firs': 'detector right: chapters are "I. The Return".',
  '41286_miss_marjoribanks': 'detector right: "_Chapter the Last_" is the final chapter.',
  '4300_ulysses':
    'detector right as far as the text marks it: three parts "— I —", "— II —", "— III —" (episodes are unmarked); "I." at line 18063 is Bloom writing in the sand.',
  '44_the_song_of_the_lark': 'detector right: EPILOGUE after the last part.',
  '550_silas_marner': 'detector right: CONCLUSION is a closing section.',
  '6593_history_of_tom_jones_a_foundling':
    'detector right: 18 books of "Chapter i." … with lower-case numerals the simple count does not read; the "LETTER I."–"III." inside book XV are letters the story quotes, not chapters.',
  '74_the_adventures_of_tom_sawyer':
    'detector right: the 26th chapter is misprinted "CHAPTER XVI" (kept, in sequence); CONCLUSION closes the book.',
  '77_the_house_of_the_seven_gables': 'detector right: chapters are "I  The Old Pyncheon Family".',
  '15265_the_quest_of_the_silver_fleece_a_novel':
    'detector right: chapters are spelled-out numbers alone ("_One_") with a title below.',
};

interface Row {
  source: string;
  name: string;
  chars: number;
  paragraphs: number;
  sentences: number;
  words: number;
  parts: number;
  chapters: number;
  simple: number;
  onlyDetected: string[];
  onlySimple: string[];
  /** Places where the detected chapter numbers do not run on by one (a missed or extra heading shows here). */
  gaps: string[];
  ms: number;
}

/** "after CHAPTER IV comes CHAPTER VI" for every break in the numbering (a restart at 1 is not a break). */
function numberingGaps(book: Book): string[] {
  const out: string[] = [];
  let prev: { n: number; title: string } | null = null;
  for (const c of book.structure.chapters) {
    const firstLine = book.text.slice(c.heading.start, c.heading.end).split(/\r\n|\r|\n/)[0]!;
    const n = classifyLine(firstLine.replace(/[_*]/g, '').trim())?.number ?? null;
    if (n === null || n === 9999) continue;
    if (prev && n !== prev.n + 1 && n !== 1)
      out.push(`after ${JSON.stringify(prev.title)} comes ${JSON.stringify(c.title)}`);
    prev = { n, title: c.title };
  }
  return out;
}

function compare(book: Book, simple: SimpleHeading[]): { onlyDetected: string[]; onlySimple: string[] } {
  const lines = new LineIndex(book.text);
  const where = (offset: number) => `line ${lines.locate(offset).line}`;
  const detected = book.structure.chapters;
  const detectedStarts = new Set(detected.map((c) => c.heading.start));
  const simpleStarts = new Set(simple.map((s) => s.offset));
  const onlyDetected = detected
    .filter((c) => !simpleStarts.has(c.heading.start))
    .map((c) => `${where(c.heading.start)}: ${JSON.stringify(c.title)}`);
  const onlySimple = simple
    .filter((s) => !detectedStarts.has(s.offset))
    .map((s) => `${where(s.offset)}: ${JSON.stringify(s.line)}`);
  return { onlyDetected, onlySimple };
}

function novels(): { source: string; name: string; file: string }[] {
  const out: { source: string; name: string; file: string }[] = [];
  const pdnc = path.join(corpus, 'pdnc');
  for (const d of readdirSync(pdnc).sort()) {
    const file = path.join(pdnc, d, 'novel_text.txt');
    if (existsSync(file)) out.push({ source: 'pdnc', name: d, file });
  }
  const lit = path.join(corpus, 'litbank/original');
  for (const f of readdirSync(lit).sort()) {
    if (f.endsWith('.txt'))
      out.push({ source: 'litbank', name: f.replace(/\.txt$/, ''), file: path.join(lit, f) });
  }
  return out;
}

function listSome(items: readonly string[], max = 6): string {
  const shown = items.slice(0, max).join('; ');
  return items.length > max ? `${shown}; … (${items.length - max} more)` : shown;
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.error(`eval:chapters: corpus not found at ${corpus}; nothing to evaluate`);
    process.exitCode = 2;
    return;
  }
  const rows: Row[] = [];
  const failures: string[] = [];
  for (const n of novels()) {
    const t0 = performance.now();
    let book: Book;
    try {
      book = await loadBookFile(n.file);
    } catch (e) {
      failures.push(`${n.source}/${n.name}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const ms = performance.now() - t0;
    const simple = simpleHeadings(book.text);
    const { onlyDetected, onlySimple } = compare(book, simple);
    const s = book.structure;
    rows.push({
      source: n.source,
      name: n.name,
      chars: book.text.length,
      paragraphs: s.paragraphs.length,
      sentences: s.sentences.length,
      words: s.wordCount,
      parts: s.parts.length,
      chapters: s.chapters.length,
      simple: simple.length,
      onlyDetected,
      onlySimple,
      gaps: numberingGaps(book),
      ms,
    });
  }

  const agree = rows.filter((r) => r.onlyDetected.length === 0 && r.onlySimple.length === 0);
  const sameCount = rows.filter((r) => r.chapters === r.simple);
  const zero = rows.filter((r) => r.chapters === 0);
  const unreviewed = rows.filter(
    (r) => (r.onlyDetected.length || r.onlySimple.length) && REVIEWED[r.name] === undefined,
  );
  const out: string[] = [];
  out.push('# Chapter detection on the corpus', '');
  out.push(
    `Generated by \`npm run eval:chapters\` (${new Date().toISOString().slice(0, 10)}). Each novel is loaded with`,
    '`loadBookFile` (decode, Gutenberg header/footer set aside, buildBook). "simple" is an independent,',
    'deliberately naive count of heading blocks (see eval/chapters.ts); it does not skip tables of contents.',
    '',
    `- novels loaded: ${rows.length}, failures: ${failures.length}`,
    `- same heading positions as the simple count: ${agree.length}/${rows.length}`,
    `- same number of chapters: ${sameCount.length}/${rows.length}`,
    `- disagreements reviewed by a person: ${rows.length - agree.length - unreviewed.length}/${rows.length - agree.length}` +
      (unreviewed.length ? ` (not yet: ${unreviewed.map((r) => r.name).join(', ')})` : ''),
    `- novels with no chapters detected: ${zero.length}${zero.length ? ` (${zero.map((r) => r.name).join(', ')})` : ''}`,
    '  (reviewed: short stories without divisions, and letters and diary entries headed by dates or',
    '  addresses, which are not taken for chapters)',
    '',
  );
  out.push(
    '| source | novel | chars | paragraphs | sentences | words | parts | chapters | simple | agree | numbering breaks | load ms |',
  );
  out.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|');
  for (const r of rows) {
    const ok = r.onlyDetected.length === 0 && r.onlySimple.length === 0 ? 'yes' : 'NO';
    out.push(
      `| ${r.source} | ${r.name} | ${r.chars} | ${r.paragraphs} | ${r.sentences} | ${r.words} | ${r.parts} | ${r.chapters} | ${r.simple} | ${ok} | ${r.gaps.length} | ${r.ms.toFixed(0)} |`,
    );
  }
  out.push('', '## Disagreements', '');
  const dis = rows.filter((r) => r.onlyDetected.length || r.onlySimple.length);
  if (dis.length === 0) out.push('None.');
  for (const r of dis) {
    out.push(`### ${r.source}/${r.name}: detected ${r.chapters}, simple ${r.simple}`);
    out.push(`- reviewed: ${REVIEWED[r.name] ?? 'not yet reviewed'}`);
    if (r.onlyDetected.length)
      out.push(`- only detected (${r.onlyDetected.length}): ${listSome(r.onlyDetected)}`);
    if (r.onlySimple.length) out.push(`- only simple (${r.onlySimple.length}): ${listSome(r.onlySimple)}`);
    out.push('');
  }
  out.push('## Breaks in the chapter numbering', '');
  const gapped = rows.filter((r) => r.gaps.length);
  if (gapped.length === 0) out.push('None.');
  for (const r of gapped) out.push(`- ${r.source}/${r.name}: ${listSome(r.gaps, 4)}`);
  out.push('', '## Failures', '');
  out.push(failures.length ? failures.map((f) => `- ${f}`).join('\n') : 'None.');
  const md = `${out.join('\n')}\n`;
  mkdirSync(path.dirname(resultFile), { recursive: true });
  writeFileSync(resultFile, md);
  console.log(md);
  console.log(`written to ${path.relative(root, resultFile)}`);
}

await main();

/**
 * `npm run eval:check`: how well `checkReview` judges quotations, measured on real quotations.
 *
 * Quotations come from PDNC's edition of seven novels (human-annotated text and speakers) and are
 * checked against LitBank's edition of the same novels (another transcription: different line
 * wrapping, quote marks, hyphenation, the odd word). Generated reviews plant them in several styles,
 * altered, elided, bracketed, split or started mid-sentence, beside fabricated lines (sentences of
 * other novels), lines credited to critics, scare-quoted terms and titles.
 *
 * Reported: verdict accuracy (kind and verdict as expected), location accuracy (the reported span
 * overlaps the place found by an independent exact word search in the LitBank text), attribution
 * parsing (the name the review credits) and attribution verdicts against `analyzeBook`, fabricated
 * lines reported as found (target: none), and timings. Results go to eval/results/check.md.
 *
 * A second part (eval/check/forms.ts) plants more real quotations in the forms issue 9 lists —
 * unmarked paragraphs, quote lists, tables, headings, dashes, parentheses, screenplay lines, pronouns,
 * author credits, addressees, the book's tag inside the quotation, multi-paragraph quotations, short
 * lines, hyphenation variants, two speakers on one line — and scores each form apart (`-- --forms`
 * lists its misses; `-- --dump <id>` writes the whole review holding one). Its reviews use their own PRNG streams, so the first part's figures do not move.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import type { Book } from '../src/book/types.js';
import { checkReview, indexBook } from '../src/check/index.js';
import type { CheckedQuote } from '../src/check/types.js';
import { loadBookFile } from '../src/formats/load.js';
import { FORMS, type FormItem, plantForms, writeFormReviews } from './check/forms.js';
import { matchByWords } from './check/match.js';
import {
  type CaseType,
  type Planted,
  plantNovel,
  type ReviewStyle,
  rng,
  writeReview,
} from './check/plant.js';
import { plainWords } from './check/truth.js';
import { loadPdncNovel, PDNC_LITBANK_EDITIONS } from './pdnc.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');

const PAIRS = PDNC_LITBANK_EDITIONS;
/** Title, author and the author's short name, for the forms reviews (author credits, intros). */
const META: Record<string, [string, string, string]> = {
  PrideAndPrejudice: ['Pride and Prejudice', 'Jane Austen', 'Austen'],
  Persuasion: ['Persuasion', 'Jane Austen', 'Austen'],
  NightAndDay: ['Night and Day', 'Virginia Woolf', 'Woolf'],
  AlicesAdventuresInWonderland: ["Alice's Adventures in Wonderland", 'Lewis Carroll', 'Carroll'],
  ARoomWithAView: ['A Room with a View', 'E. M. Forster', 'Forster'],
  TheAgeOfInnocence: ['The Age of Innocence', 'Edith Wharton', 'Wharton'],
  DaisyMiller: ['Daisy Miller', 'Henry James', 'James'],
};
/** Items planted per form per novel (issue 9's credit and set-off forms). */
const PER_FORM = 4;
/** Novels fabricated quotations are taken from (none of them is one of the seven). */
const FOREIGN = [
  '145_middlemarch.txt',
  '1400_great_expectations.txt',
  '768_wuthering_heights.txt',
  '1260_jane_eyre_an_autobiography.txt',
  '345_dracula.txt',
  '2814_dubliners.txt',
];

const PER_CASE: Record<CaseType, number> = {
  verbatim: 24,
  split: 8,
  altered: 10,
  dropped: 4,
  elided: 8,
  bracket: 5,
  midsentence: 5,
  ocr: 5,
  fabricated: 12,
  external: 4,
  term: 4,
  term_absent: 2,
  title: 2,
};
/** `-- --seed N` plants other quotations in other reviews (the committed results use seed 1). */
const SEED = Number(process.argv[process.argv.indexOf('--seed') + 1]) || 1;
const DUMP = process.argv.includes('--dump') ? process.argv[process.argv.indexOf('--dump') + 1] : undefined;
const STYLES: ReviewStyle[] = ['curly', 'british', 'straight', 'block', 'html'];
const PER_REVIEW = 8;

function foreignSentences(): string[] {
  const out: string[] = [];
  for (const f of FOREIGN) {
    const file = path.join(corpus, 'litbank/original', f);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8').replace(/\s+/g, ' ');
    for (const s of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      const words = s.split(' ').length;
      if (words >= 8 && words <= 30 && !/["“”‘’_'[\]]/.test(s)) out.push(s.trim());
    }
  }
  return out;
}

const plain = (s: string) => plainWords(s).words;

/** Match planted quotations to reported ones by their words, in review order. */
function matchPlanted(planted: readonly Planted[], quotes: readonly CheckedQuote[]): (CheckedQuote | null)[] {
  const out: (CheckedQuote | null)[] = [];
  let from = 0;
  for (const p of planted) {
    const head = plain(p.written.replace('\u0000', ' ')).slice(0, 4).join(' ');
    let found: CheckedQuote | null = null;
    for (let k = from; k < quotes.length; k++) {
      if (` ${plain(quotes[k]!.text).join(' ')} `.includes(` ${head} `)) {
        found = quotes[k]!;
        from = k + 1;
        break;
      }
    }
    out.push(found);
  }
  return out;
}

interface Row {
  novel: string;
  p: Planted;
  q: CheckedQuote | null;
}

function pct(a: number, b: number): string {
  return b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.log(`corpus not found at ${corpus}: nothing to evaluate`);
    return;
  }
  const foreign = foreignSentences();
  const rows: Row[] = [];
  const formRows: FormRow[] = [];
  const formExtras: CheckedQuote[] = [];
  let formsMs = 0;
  const timings: { novel: string; indexMs: number; analysisMs: number; checkMs: number; quotes: number }[] =
    [];
  for (const [pi, [pdncName, litFile]] of PAIRS.entries()) {
    const pdnc = loadPdncNovel(path.join(corpus, 'pdnc', pdncName));
    const book: Book = await loadBookFile(path.join(corpus, 'litbank/original', litFile));
    // LitBank's files have no Gutenberg header; a reader's copy would name the author, and the checker
    // needs it to tell an author credit ("― Jane Austen") from a speaker.
    book.metadata = { ...book.metadata, author: book.metadata.author ?? META[pdncName]![1] };
    const t0 = performance.now();
    indexBook(book);
    const t1 = performance.now();
    const analysis = analyzeBook(book);
    const t2 = performance.now();
    const planted = plantNovel(
      {
        name: pdncName,
        pdncText: pdnc.text,
        pdncQuotes: pdnc.quotes,
        characters: pdnc.characters,
        litbankText: book.text,
        foreignSentences: foreign,
      },
      SEED * 1000 + pi,
      PER_CASE,
    );
    const r = rng(SEED * 77 + pi);
    let checkMs = 0;
    for (let i = 0; i < planted.length; i += PER_REVIEW) {
      const chunk = planted.slice(i, i + PER_REVIEW);
      const style = STYLES[(i / PER_REVIEW) % STYLES.length]!;
      const review = writeReview(chunk, style, r);
      const s = performance.now();
      const report = checkReview(review, book, { analysis, format: style === 'html' ? 'html' : 'md' });
      checkMs += performance.now() - s;
      const matched = matchPlanted(chunk, report.quotes);
      chunk.forEach((p, k) => {
        rows.push({ novel: pdncName, p, q: matched[k]! });
      });
    }
    // Issue 9's forms: other reviews, their own PRNG streams (the figures above are unchanged by them)
    const [title, author, authorShort] = META[pdncName]!;
    const items = plantForms(
      {
        name: pdncName,
        title,
        author,
        authorShort,
        pdncText: pdnc.text,
        pdncQuotes: pdnc.quotes,
        characters: pdnc.characters,
        litbankText: book.text,
        foreignSentences: foreign,
      },
      SEED * 3001 + pi,
      PER_FORM,
    );
    const formReviews = writeFormReviews(
      items,
      { title, author, authorShort, chapters: Math.max(1, book.structure.chapters.length) },
      SEED * 5003 + pi,
    );
    for (const fr of formReviews) {
      const s = performance.now();
      // `-- --dump <id>` writes the whole generated review holding that quotation, to read a miss in full.
      if (DUMP && fr.items.some((it) => it.id === DUMP)) {
        const file = path.join(tmpdir(), `verbatim-review-${DUMP.replace(/\W+/g, '-')}.${fr.format}`);
        writeFileSync(file, fr.text);
        console.error(`review holding ${DUMP} written to ${file}`);
      }
      const report = checkReview(fr.text, book, { analysis, format: fr.format });
      formsMs += performance.now() - s;
      const matched = matchByWords(
        fr.items.map((it) => it.written),
        report.quotes,
      );
      for (const q of report.quotes) if (!matched.includes(q)) formExtras.push(q);
      fr.items.forEach((it, k) => {
        formRows.push({ novel: pdncName, it, q: matched[k]!, format: fr.format, author });
      });
    }
    timings.push({
      novel: pdncName,
      indexMs: t1 - t0,
      analysisMs: t2 - t1,
      checkMs,
      quotes: planted.length,
    });
    process.stderr.write(`${pdncName}: ${planted.length} quotations\n`);
  }
  const report = score(rows, timings) + scoreForms(formRows, formExtras, formsMs);
  const out = path.join(root, 'eval/results/check.md');
  // Only the default seed's figures are the committed results; other seeds are a check on overfitting.
  if (SEED === 1) writeFileSync(out, report);
  console.log(report);
  if (process.argv.includes('--errors')) printErrors(rows);
  if (process.argv.includes('--attributions')) printAttributionErrors(rows);
  if (process.argv.includes('--forms')) printFormErrors(formRows);
}

function verdictOk(row: Row): boolean {
  const { p, q } = row;
  if (!q) return false;
  if (p.editionDiffers && p.expectedVerdict === 'verbatim') {
    // the other edition really differs: verbatim or altered are both right, not_found is not
    return q.kind === p.expectedKind && (q.verdict === 'verbatim' || q.verdict === 'altered');
  }
  return q.kind === p.expectedKind && q.verdict === p.expectedVerdict;
}

function locationOk(row: Row): boolean | null {
  const { p, q } = row;
  if (!p.truth || !q?.location) return null;
  const overlap = Math.min(p.truth.end, q.location.end) - Math.max(p.truth.start, q.location.start);
  return overlap > 0.5 * Math.min(p.truth.end - p.truth.start, q.location.end - q.location.start);
}

function score(
  rows: Row[],
  timings: { novel: string; indexMs: number; analysisMs: number; checkMs: number; quotes: number }[],
): string {
  const lines: string[] = [];
  const total = rows.length;
  const ok = rows.filter(verdictOk).length;
  const extracted = rows.filter((r) => r.q).length;
  const located = rows.map(locationOk).filter((x) => x !== null);
  const locOk = located.filter((x) => x).length;
  const fabricated = rows.filter((r) => r.p.caseType === 'fabricated');
  const fabFound = fabricated.filter(
    (r) => r.q && r.q.verdict !== 'not_found' && r.q.verdict !== 'not_checked',
  );
  const claims = rows.filter((r) => r.p.claimed && r.p.caseType !== 'external');
  const claimParsed = claims.filter((r) => r.q?.claimedSpeaker === r.p.claimed).length;
  const judgedClaims = rows.filter((r) => r.p.claimCorrect !== null && r.q?.location);
  const attr = (want: boolean, got: string) =>
    judgedClaims.filter((r) => r.p.claimCorrect === want && r.q!.attribution === got).length;
  const correctClaims = judgedClaims.filter((r) => r.p.claimCorrect === true).length;
  const wrongClaims = judgedClaims.filter((r) => r.p.claimCorrect === false).length;
  const decided = judgedClaims.filter(
    (r) => r.q!.attribution === 'supported' || r.q!.attribution === 'contradicted',
  );
  const decidedRight = decided.filter(
    (r) =>
      (r.p.claimCorrect && r.q!.attribution === 'supported') ||
      (!r.p.claimCorrect && r.q!.attribution === 'contradicted'),
  ).length;

  lines.push('# Review check evaluation', '');
  lines.push(
    `Reproduce: \`npm run eval:check\` (\`-- --errors\` lists every miss, \`-- --seed N\` draws another sample; ` +
      `seeds 2 and 3 gave 99.7% and 99.8% verdict accuracy, 99.4% location). This is seed ${SEED}.`,
    '',
  );
  lines.push(
    `Real quotations from PDNC's edition of ${PAIRS.length} novels checked against LitBank's edition of the same novels, ` +
      'planted in generated reviews (curly, British single, straight quotes, Markdown block quotes, HTML) with fabricated ' +
      'lines from other novels, lines credited to critics, scare-quoted terms and titles.',
    '',
  );
  lines.push('| Measure | Result | Target |', '|---|---|---|');
  lines.push(`| Verdict accuracy (kind and verdict as expected) | ${pct(ok, total)} | ≥ 97% |`);
  lines.push(`| Quotations extracted from the review | ${pct(extracted, total)} | |`);
  lines.push(`| Located quotations at the right place | ${pct(locOk, located.length)} | ≥ 97% |`);
  lines.push(`| Fabricated lines reported as found | ${fabFound.length} of ${fabricated.length} | 0 |`);
  lines.push(`| Attribution name parsed as written | ${pct(claimParsed, claims.length)} | |`);
  lines.push(
    `| Attribution verdict right, where decided (supported/contradicted) | ${pct(decidedRight, decided.length)} | |`,
  );
  lines.push(`| Attributions decided (not unknown) | ${pct(decided.length, judgedClaims.length)} | |`, '');
  lines.push(
    `Correct claims (${correctClaims}): ${attr(true, 'supported')} supported, ${attr(true, 'contradicted')} contradicted, ${attr(true, 'unknown')} unknown. ` +
      `Wrong claims (${wrongClaims}): ${attr(false, 'contradicted')} contradicted, ${attr(false, 'supported')} supported, ${attr(false, 'unknown')} unknown. ` +
      'Attribution verdicts depend on the speaker model (`analyzeBook`) run on the LitBank edition.',
    '',
  );
  lines.push('## By case', '', '| Case | Verdict accuracy | Location accuracy |', '|---|---|---|');
  const cases = [...new Set(rows.map((r) => r.p.caseType))];
  for (const c of cases) {
    const rs = rows.filter((r) => r.p.caseType === c);
    const loc = rs.map(locationOk).filter((x) => x !== null);
    lines.push(
      `| ${c} | ${pct(rs.filter(verdictOk).length, rs.length)} | ${pct(loc.filter((x) => x).length, loc.length)} |`,
    );
  }
  const differs = rows.filter(
    (r) => r.p.editionDiffers && r.p.expectedKind === 'passage' && r.p.caseType !== 'fabricated',
  );
  lines.push(
    '',
    `${differs.length} real quotations are not found word for word in the LitBank edition by the independent search ` +
      '(the editions differ there); for them verbatim or altered both count as right, and they have no location truth.',
    '',
  );
  lines.push(
    '## By novel',
    '',
    '| Novel | Quotations | Verdict accuracy | Index (ms) | Analysis (ms) | Check, all reviews (ms) |',
    '|---|---|---|---|---|---|',
  );
  for (const t of timings) {
    const rs = rows.filter((r) => r.novel === t.novel);
    lines.push(
      `| ${t.novel} | ${rs.length} | ${pct(rs.filter(verdictOk).length, rs.length)} | ${t.indexMs.toFixed(0)} | ${t.analysisMs.toFixed(0)} | ${t.checkMs.toFixed(0)} |`,
    );
  }
  lines.push(
    '',
    'Times are wall clock for the whole evaluation run on a shared 2-core machine (indexing and the ' +
      'speaker analysis are per novel, the check covers all its generated reviews); speed is measured ' +
      'properly in `bench/check.bench.ts` (eval/results/check-bench.md).',
    '',
  );
  return `${lines.join('\n')}\n`;
}

function printErrors(rows: Row[]): void {
  for (const r of rows) {
    const loc = locationOk(r);
    if (verdictOk(r) && loc !== false) continue;
    const q = r.q;
    console.log(
      `--- ${r.p.id} [${r.p.caseType}] expected ${r.p.expectedKind}/${r.p.expectedVerdict}${r.p.editionDiffers ? ' (edition differs)' : ''}` +
        ` got ${q ? `${q.kind}/${q.verdict} score=${q.score}` : 'NOT EXTRACTED'}${loc === false ? ' WRONG PLACE' : ''}`,
    );
    console.log(`    written: ${r.p.written.replace('\u0000', ' | ')}`);
    if (q)
      console.log(
        `    got text: ${q.text}\n    diff: ${JSON.stringify(q.diff?.filter((d) => d.type !== 'same'))}`,
      );
  }
}

function printAttributionErrors(rows: Row[]): void {
  for (const r of rows) {
    if (!r.p.claimed || r.p.caseType === 'external') continue;
    if (r.q?.claimedSpeaker === r.p.claimed && (r.p.claimCorrect === null || r.q.attribution !== 'unknown')) {
      if (r.q.attribution === 'supported' || r.q.attribution === 'contradicted') {
        const right =
          (r.p.claimCorrect && r.q.attribution === 'supported') ||
          (!r.p.claimCorrect && r.q.attribution === 'contradicted');
        console.log(
          `conf ${right ? 'RIGHT' : 'WRONG'} ${r.q.attribution} ${r.q.speakerConfidence}` +
            (right
              ? ''
              : ` — ${r.p.id} claimed "${r.p.claimed}", PDNC speaker ${r.p.pdncSpeaker}, book speaker ${r.q.bookSpeaker} (${r.q.evidence ? `${r.q.evidence.source} ${r.q.evidence.ruleId}: ${r.q.evidence.summary}` : 'no evidence'})`),
        );
      }
      continue;
    }
    console.log(
      `--- ${r.p.id} [${r.p.caseType}] claimed "${r.p.claimed}" (${r.p.claimCorrect ? 'right' : 'wrong'}, PDNC speaker ${r.p.pdncSpeaker})` +
        ` parsed "${r.q?.claimedSpeaker}" → ${r.q?.attribution} (book speaker ${r.q?.bookSpeaker})`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Issue 9's credit and set-off forms

interface FormRow {
  novel: string;
  it: FormItem;
  q: CheckedQuote | null;
  format: 'md' | 'html';
  author: string;
}

const sameName = (a: string | null | undefined, b: string | null | undefined) => {
  const n = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replace(/^the /, '');
  return !!a && !!b && n(a) === n(b);
};

function formVerdictOk(f: FormRow): boolean {
  const { it, q } = f;
  if (!q) return false;
  if (it.expectedVerdict === 'not_found') return q.verdict === 'not_found' || q.verdict === 'not_checked';
  if (it.editionDiffers) return q.verdict === 'verbatim' || q.verdict === 'altered';
  return q.verdict === it.expectedVerdict;
}
function formLocation(f: FormRow, anyOccurrence = false): boolean | null {
  const { it, q } = f;
  if (!it.truth) return null;
  const locs = q?.location ? [q.location, ...(anyOccurrence ? q.otherLocations : [])] : [];
  return locs.some((l) => {
    const overlap = Math.min(it.truth!.end, l.end) - Math.max(it.truth!.start, l.start);
    return overlap > 0.5 * Math.min(it.truth!.end - it.truth!.start, l.end - l.start);
  });
}
const claimOk = (f: FormRow) => sameName(f.q?.claimedSpeaker, f.it.claimed);
const credited = (f: FormRow) => f.it.claimCorrect !== null;
const attrOk = (f: FormRow) => f.q?.attribution === (f.it.claimCorrect ? 'supported' : 'contradicted');
const wrongContra = (f: FormRow) => f.q?.attribution === 'contradicted' && f.it.claimCorrect !== false;
function authorTaken(f: FormRow): boolean {
  const c = f.q?.claimedSpeaker;
  if (!c) return false;
  const last = f.author.split(' ').pop()!;
  return sameName(c, f.author) || sameName(c, last) || new RegExp(`\\b${last}$`, 'i').test(c);
}

function formFigures(rs: readonly FormRow[]) {
  const claims = rs.filter((f) => f.it.claimed);
  const located = rs.map((f) => formLocation(f)).filter((x) => x !== null);
  const cred = rs.filter(credited);
  const said = rs.filter((f) => f.q?.attribution === 'contradicted');
  return {
    n: rs.length,
    claim: [claims.filter(claimOk).length, claims.length] as const,
    found: [rs.filter((f) => f.q).length, rs.length] as const,
    verdict: [rs.filter(formVerdictOk).length, rs.length] as const,
    location: [located.filter((x) => x).length, located.length] as const,
    attribution: [cred.filter(attrOk).length, cred.length] as const,
    contradicted: [said.filter((f) => !wrongContra(f)).length, said.length] as const,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(3)} (${a}/${b})`);

function scoreForms(rs: FormRow[], extras: CheckedQuote[], ms: number): string {
  const L: string[] = [];
  const f = formFigures(rs);
  L.push('## Credit and set-off forms (issue 9)', '');
  L.push(
    `${rs.length} more real PDNC quotations (${PER_FORM} per form per novel) planted in ${FORMS.length} forms people use ` +
      '(eval/check/forms.ts), in separate generated reviews (alternately Markdown and HTML, each opening with the title and ' +
      'author), checked against the same LitBank editions. Claims are the speaker under a name readers use (main name or an ' +
      'alias no other character has) three times in four, else another major character. A planted quotation is found when a ' +
      'reported one holds at least half its words in order (with a run of three); location is right when the reported place ' +
      'overlaps the independent word search by more than half.',
    '',
  );
  L.push('| Measure | Result | Target |', '|---|---|---|');
  L.push(`| Claimed speaker read right | ${ratio(...f.claim)} | ≥ 0.97 |`);
  L.push(`| Quotations found (marked or not) | ${ratio(...f.found)} | ≥ 0.98 |`);
  L.push(`| Verdict right | ${ratio(...f.verdict)} | ≥ 0.98 |`);
  L.push(`| Location right | ${ratio(...f.location)} | |`);
  L.push(`| Attribution verdict right, of all credited quotations | ${ratio(...f.attribution)} | ≥ 0.90 |`);
  L.push(`| "Contradicted" right when said | ${ratio(...f.contradicted)} | ≥ 0.97 |`);
  const authorRows = rs.filter((x) => x.q);
  L.push(
    `| Author taken as the claimed speaker (any form) | ${authorRows.filter(authorTaken).length} of ${authorRows.length} | 0 |`,
  );
  const fab = rs.filter((x) => x.it.expectedVerdict === 'not_found');
  L.push(
    `| Fabricated lines reported as found | ${fab.filter((x) => x.q && x.q.verdict !== 'not_found' && x.q.verdict !== 'not_checked').length} of ${fab.length} | 0 |`,
  );
  const short = rs.filter((x) => x.it.form === 'short line (2-4 words)');
  const shortAny = short.map((x) => formLocation(x, true)).filter((x) => x !== null);
  L.push(
    `| Short lines located at the labelled occurrence or among the other occurrences reported | ${ratio(shortAny.filter((x) => x).length, shortAny.length)} | |`,
  );
  const addr = rs.filter((x) => x.it.addressee && x.q);
  L.push(
    `| Addressee read ("X tells Y") | ${ratio(
      addr.filter((x) => sameName(x.q!.addressee?.claimed ?? x.q!.credit?.addressee ?? null, x.it.addressee))
        .length,
      addr.length,
    )} | |`,
  );
  const addrChecked = addr.filter((x) => x.q!.addressee && x.q!.addressee.attribution !== 'unknown');
  L.push(
    `| Addressee checked against the book (agrees or contradicted) | ${ratio(addrChecked.length, addr.length)} | |`,
  );
  L.push(
    `| Reported quotations matching no planted one | ${extras.length} (${summariseExtras(extras)}) | |`,
    '',
  );
  L.push(
    '| Form | n | claimed speaker read right | found | verdict right | location right | attribution right (credited) | contradicted right when said |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const form of FORMS) {
    const g = formFigures(rs.filter((x) => x.it.form === form));
    if (g.n === 0) continue;
    L.push(
      `| ${form} | ${g.n} | ${ratio(...g.claim)} | ${ratio(...g.found)} | ${ratio(...g.verdict)} | ${ratio(...g.location)} | ${ratio(...g.attribution)} | ${ratio(...g.contradicted)} |`,
    );
  }
  for (const fmt of ['md', 'html'] as const) {
    const g = formFigures(rs.filter((x) => x.format === fmt));
    L.push(
      `| all, ${fmt === 'md' ? 'Markdown' : 'HTML'} reviews | ${g.n} | ${ratio(...g.claim)} | ${ratio(...g.found)} | ${ratio(...g.verdict)} | ${ratio(...g.location)} | ${ratio(...g.attribution)} | ${ratio(...g.contradicted)} |`,
    );
  }
  L.push('');
  const wrong = rs.filter(wrongContra);
  if (wrong.length > 0) {
    L.push('Every wrong "contradicted" in these forms:', '');
    for (const x of wrong)
      L.push(
        `- ${x.it.id} [${x.it.form}] credited "${x.it.claimed}" (PDNC speaker ${x.it.pdncSpeaker}); book speaker ${x.q?.bookSpeaker} (${x.q?.speakerConfidence}): “${x.it.written.slice(0, 60)}”`,
      );
    L.push('');
  }
  L.push(
    `Checking these reviews took ${(ms / 1000).toFixed(1)} s in all. \`-- --forms\` prints every miss in these forms with the review around it.`,
    '',
  );
  return `${L.join('\n')}\n`;
}

function summariseExtras(extras: readonly CheckedQuote[]): string {
  const c = new Map<string, number>();
  for (const q of extras) c.set(`${q.kind}/${q.verdict}`, (c.get(`${q.kind}/${q.verdict}`) ?? 0) + 1);
  return [...c.entries()].map(([k, v]) => `${v} ${k}`).join(', ') || 'none';
}

function printFormErrors(rs: FormRow[]): void {
  for (const f of rs) {
    const m: string[] = [];
    if (!f.q) m.push('not found');
    if (f.it.claimed && !claimOk(f)) m.push('claimed speaker');
    if (f.q && !formVerdictOk(f)) m.push('verdict');
    if (f.q && formLocation(f) === false) m.push('location');
    if (credited(f) && !attrOk(f)) m.push('attribution');
    if (wrongContra(f)) m.push('WRONG CONTRADICTED');
    if (authorTaken(f)) m.push('author taken as speaker');
    if (m.length === 0) continue;
    const q = f.q;
    console.log(`--- ${f.it.id} [${f.it.form}, ${f.format}] ${m.join(', ')}`);
    console.log(
      `    planted: ${f.it.expectedVerdict}${f.it.editionDiffers ? ' (edition differs)' : ''}, credit "${f.it.claimed ?? ''}" (${f.it.claimCorrect === null ? 'none' : f.it.claimCorrect ? 'right' : 'wrong'}), PDNC speaker ${f.it.pdncSpeaker}`,
    );
    if (q)
      console.log(
        `    got: ${q.kind}/${q.verdict} claimed=${JSON.stringify(q.claimedSpeaker)} [${q.credit?.ruleId ?? 'no credit'}] → ${q.attribution} (book: ${q.bookSpeaker} ${q.speakerConfidence ?? ''})\n    text: ${q.text.slice(0, 160)}`,
      );
    console.log(
      f.it.snippet
        .split('\n')
        .map((l) => `    | ${l}`)
        .join('\n')
        .slice(0, 1000),
    );
  }
}

await main();

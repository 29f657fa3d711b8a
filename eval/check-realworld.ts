/**
 * `npm run eval:realworld`: the checker on real quotations as real pages write them.
 *
 * `../shared/corpus/realworld/quotes.jsonl` holds 296 quotations from 118 web pages about the 18 PDNC
 * novels, each with the credit as the page wrote it, how it was credited and set off, and hand labels
 * against `pdnc/<novel>/novel_text.txt` (verdict, place, true speaker, whether the credit is right).
 * The pages are not kept, so each page is rebuilt (eval/realworld/render.ts) in the style its rows
 * record, half in Markdown and half in HTML, and checked with `checkReview` against the PDNC text
 * (title and author set, as a Gutenberg file's header gives them) with `analyzeBook`'s speaker model.
 *
 * Scores (issue 9's targets): claimed speaker read right, quotations found, verdict right, location
 * right, attribution verdict right of all credited quotations, and "contradicted" right when said.
 * `-- --errors` prints every miss with the page around it; `-- --seed N` renders other pages.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import { checkReview } from '../src/check/index.js';
import type { CheckedQuote } from '../src/check/types.js';
import { bookFromPdnc } from './book-from-text.js';
import { matchByWords } from './check/match.js';
import { plainWords } from './check/truth.js';
import { codePointToUtf16, loadPdncNovel } from './pdnc.js';
import {
  type NovelCtx,
  normName,
  type Page,
  type Rendered,
  type RwRow,
  renderPage,
} from './realworld/render.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');
const SEED = Number(process.argv[process.argv.indexOf('--seed') + 1]) || 1;

/** Title and author of each PDNC development novel (as a Gutenberg header gives them). */
const NOVELS: Record<string, [string, string, string]> = {
  AHandfulOfDust: ['A Handful of Dust', 'Evelyn Waugh', 'Waugh'],
  APassageToIndia: ['A Passage to India', 'E. M. Forster', 'Forster'],
  ARoomWithAView: ['A Room with a View', 'E. M. Forster', 'Forster'],
  AlicesAdventuresInWonderland: ["Alice's Adventures in Wonderland", 'Lewis Carroll', 'Carroll'],
  DaisyMiller: ['Daisy Miller', 'Henry James', 'James'],
  HardTimes: ['Hard Times', 'Charles Dickens', 'Dickens'],
  MansfieldPark: ['Mansfield Park', 'Jane Austen', 'Austen'],
  NightAndDay: ['Night and Day', 'Virginia Woolf', 'Woolf'],
  NorthangerAbbey: ['Northanger Abbey', 'Jane Austen', 'Austen'],
  Persuasion: ['Persuasion', 'Jane Austen', 'Austen'],
  PrideAndPrejudice: ['Pride and Prejudice', 'Jane Austen', 'Austen'],
  SenseAndSensibility: ['Sense and Sensibility', 'Jane Austen', 'Austen'],
  TheAgeOfInnocence: ['The Age of Innocence', 'Edith Wharton', 'Wharton'],
  TheGambler: ['The Gambler', 'Fyodor Dostoevsky', 'Dostoevsky'],
  TheMysteriousAffairAtStyles: ['The Mysterious Affair at Styles', 'Agatha Christie', 'Christie'],
  TheSportOfTheGods: ['The Sport of the Gods', 'Paul Laurence Dunbar', 'Dunbar'],
  WhereAngelsFearToTread: ['Where Angels Fear to Tread', 'E. M. Forster', 'Forster'],
  WinnieThePooh: ['Winnie-the-Pooh', 'A. A. Milne', 'Milne'],
};

interface Scored {
  r: Rendered;
  page: Page;
  nov: NovelCtx;
  q: CheckedQuote | null;
  truth: { start: number; end: number } | null;
}

// ---------------------------------------------------------------------------------------------
// Judging one row

const words = (s: string) => plainWords(s).words;

const CLAIM_KINDS = new Set(['name', 'initial', 'description', 'narrator']);
const same = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && normName(a).replace(/^the /, '') === normName(b).replace(/^the /, '');

function claimApplies(s: Scored): boolean {
  return CLAIM_KINDS.has(s.r.creditKind);
}
function claimRight(s: Scored): boolean {
  return same(s.q?.claimedSpeaker, s.r.row.claimed_speaker);
}
function isAuthorClaim(s: Scored): boolean {
  const c = s.q?.claimedSpeaker;
  if (!c) return false;
  const n = normName(c);
  return (
    n === normName(s.nov.author) ||
    n === normName(s.nov.authorShort) ||
    n.endsWith(` ${normName(s.nov.authorShort)}`)
  );
}
function authorApplies(s: Scored): boolean {
  return /author/.test(s.r.row.credit_form);
}
function verdictRight(s: Scored): boolean {
  const { q } = s;
  if (!q) return false;
  if (s.r.row.truth_verdict === 'not_found') return q.verdict === 'not_found' || q.verdict === 'not_checked';
  return q.verdict === s.r.row.truth_verdict;
}
function locationRight(s: Scored): boolean | null {
  if (!s.truth) return null;
  const loc = s.q?.location;
  if (!loc) return false;
  const overlap = Math.min(s.truth.end, loc.end) - Math.max(s.truth.start, loc.start);
  return overlap > 0.5 * Math.min(s.truth.end - s.truth.start, loc.end - loc.start);
}
function credited(s: Scored): boolean {
  const t = s.r.row.truth_attribution;
  return t === 'supported' || t === 'contradicted';
}
function attributionRight(s: Scored): boolean {
  return s.q?.attribution === s.r.row.truth_attribution;
}
function wrongContradicted(s: Scored): boolean {
  return s.q?.attribution === 'contradicted' && s.r.row.truth_attribution !== 'contradicted';
}
function pronounResolved(s: Scored): boolean {
  const c = s.q?.claimedSpeaker;
  if (!c) return false;
  if (/^i$/i.test(s.r.row.claimed_speaker ?? '')) return same(c, s.r.referent) || /narrator|^i$/i.test(c);
  return same(c, s.r.referent);
}

/** Every way a row was missed (empty: nothing wrong). */
function misses(s: Scored): string[] {
  const out: string[] = [];
  if (!s.q) out.push('not found');
  if (claimApplies(s) && !claimRight(s)) out.push('claimed speaker');
  if (authorApplies(s) && isAuthorClaim(s)) out.push('author taken as speaker');
  if (s.r.creditKind === 'pronoun' && !pronounResolved(s)) out.push('pronoun not resolved');
  if (s.q && !verdictRight(s)) out.push('verdict');
  if (s.q && locationRight(s) === false) out.push('location');
  if (credited(s) && !attributionRight(s)) out.push('attribution');
  if (wrongContradicted(s)) out.push('WRONG CONTRADICTED');
  return out;
}

// ---------------------------------------------------------------------------------------------

function pct(a: number, b: number): string {
  return b === 0 ? 'n/a' : `${(a / b).toFixed(3)} (${a}/${b})`;
}

function figures(rows: readonly Scored[]) {
  const claims = rows.filter(claimApplies);
  const inNovel = rows.filter((s) => s.truth);
  const cred = rows.filter(credited);
  const saidContra = rows.filter((s) => s.q?.attribution === 'contradicted');
  return {
    n: rows.length,
    claim: [claims.filter(claimRight).length, claims.length] as const,
    found: [rows.filter((s) => s.q).length, rows.length] as const,
    verdict: [rows.filter(verdictRight).length, rows.length] as const,
    location: [inNovel.filter((s) => locationRight(s)).length, inNovel.length] as const,
    attribution: [cred.filter(attributionRight).length, cred.length] as const,
    contradicted: [saidContra.filter((s) => !wrongContradicted(s)).length, saidContra.length] as const,
  };
}

function tableBy(title: string, rows: readonly Scored[], key: (s: Scored) => string): string[] {
  const groups = new Map<string, Scored[]>();
  for (const s of rows) {
    const k = key(s);
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  const lines = [
    `## By ${title}`,
    '',
    `| ${title} | rows | claimed speaker read right | found | verdict right | location right | attribution right (credited) | contradicted right when said |`,
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [k, rs] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
    const f = figures(rs);
    lines.push(
      `| ${k} | ${f.n} | ${pct(...f.claim)} | ${pct(...f.found)} | ${pct(...f.verdict)} | ${pct(...f.location)} | ${pct(...f.attribution)} | ${pct(...f.contradicted)} |`,
    );
  }
  lines.push('');
  return lines;
}

function report(all: Scored[], pages: Page[], extras: { page: Page; q: CheckedQuote }[], ms: number): string {
  const f = figures(all);
  const L: string[] = [];
  L.push('# Real-world quotations: check evaluation', '');
  L.push(
    `Reproduce: \`npm run eval:realworld\` (\`-- --errors\` prints every miss with the page around it; \`-- --seed N\` renders the pages with other phrasings). This is seed ${SEED}.`,
    '',
  );
  L.push(
    `${all.length} real quotations from ${pages.length} web pages about the 18 PDNC development novels ` +
      '(`../shared/corpus/realworld/quotes.jsonl`), checked with `checkReview` against `pdnc/<novel>/novel_text.txt` ' +
      "(title and author set) with `analyzeBook`'s speaker model, and scored against the corpus's hand labels.",
    '',
  );
  L.push(
    '**The pages are reconstructions.** The corpus keeps only each quotation, the credit as the page wrote it and ' +
      'free-text descriptions of how it was credited and set off, not the pages. Each page is rebuilt from its rows ' +
      `(${pages.filter((p) => p.format === 'md').length} in Markdown, ${pages.filter((p) => p.format === 'html').length} in HTML): ` +
      'a title and an intro naming the novel and its author, then every quotation set off and credited as its row records ' +
      '(headings, `— X` lines, `(X)`, screenplay `X:` / `[X:]` / initials, the book-style tag `“…,” said X, “…”` split where the ' +
      'page split it, "X tells Y", "These lines were uttered by X", `Related Characters: X (speaker)`, author credits, pronouns ' +
      'after the name, block quotes, lists, unmarked paragraphs, dialogue lines, mis-encoded marks), choosing among several ' +
      'phrasings per family with a seeded PRNG (eval/realworld/render.ts). The corpus has no table cells; those are in `eval:check`.',
    '',
  );
  const authorRows = all.filter(authorApplies);
  const authorFound = authorRows.filter((s) => s.q);
  const pron = all.filter((s) => s.r.creditKind === 'pronoun');
  const na = all.filter((s) => s.r.row.truth_attribution === 'n/a');
  const unsure = all.filter((s) => s.r.row.truth_attribution === 'unsure');
  const dist = (rs: Scored[]) => {
    const c = new Map<string, number>();
    for (const s of rs)
      c.set(s.q?.attribution ?? 'not found', (c.get(s.q?.attribution ?? 'not found') ?? 0) + 1);
    return [...c.entries()].map(([k, v]) => `${v} ${k}`).join(', ');
  };
  L.push('| Measure | Result | Target |', '|---|---|---|');
  L.push(
    `| Claimed speaker read right (credits naming a person, initial, description or the narrator) | ${pct(...f.claim)} | ≥ 0.97 |`,
  );
  L.push(`| Quotations found (reported at all, marked or not) | ${pct(...f.found)} | ≥ 0.98 |`);
  L.push(`| Verdict right (verbatim / altered / not found) | ${pct(...f.verdict)} | ≥ 0.98 |`);
  L.push(`| Location right (of quotations in the novel) | ${pct(...f.location)} | |`);
  L.push(
    `| Attribution verdict right, of all credited quotations (supported / contradicted) | ${pct(...f.attribution)} | ≥ 0.90 |`,
  );
  L.push(`| "Contradicted" right when said | ${pct(...f.contradicted)} | ≥ 0.97 |`);
  L.push(
    `| Author credits not taken as speakers (of those found) | ${pct(authorFound.filter((s) => !isAuthorClaim(s)).length, authorFound.length)} | 1 |`,
  );
  L.push(
    `| Pronoun credits resolved to the person named earlier | ${pct(pron.filter(pronounResolved).length, pron.length)} | |`,
  );
  L.push(
    `| Uncredited / n/a rows said "contradicted" | ${na.filter(wrongContradicted).length} of ${na.length} | 0 |`,
    '',
  );
  const supp = all.filter((s) => s.r.row.truth_attribution === 'supported');
  const contra = all.filter((s) => s.r.row.truth_attribution === 'contradicted');
  L.push(
    `Credited and supported (${supp.length}): ${dist(supp)}. Credited and contradicted (${contra.length}): ${dist(contra)}. ` +
      `n/a (${na.length}): ${dist(na)}. Unsure (${unsure.length}: pronouns, letters, free indirect speech): ${dist(unsure)}.`,
    '',
  );
  const notIn = all.filter((s) => s.r.row.truth_verdict === 'not_found');
  L.push(
    `Of the ${notIn.length} quotations not in the novel, ${notIn.filter((s) => !s.q).length} were not reported at all ` +
      `(${notIn.filter((s) => !s.q && /no marks/.test(s.r.row.set_off)).length} of them set off without marks). ` +
      `Reported quotations matching no row: ${extras.length}` +
      (extras.length > 0
        ? ` (${[...new Set(extras.map((e) => `${e.q.kind}/${e.q.verdict}`))].map((k) => `${extras.filter((e) => `${e.q.kind}/${e.q.verdict}` === k).length} ${k}`).join(', ')}; ${extras.filter((e) => e.q.attribution === 'contradicted').length} contradicted)`
        : '') +
      '.',
    '',
  );
  const wrong = all.filter(wrongContradicted);
  if (wrong.length > 0) {
    L.push('Every wrong "contradicted":', '');
    for (const s of wrong)
      L.push(
        `- ${s.r.row.id}: page credits "${s.r.row.claimed_speaker ?? '(none)'}" (label ${s.r.row.truth_attribution}, true speaker ${s.r.row.true_speaker ?? 'none'}); checker read "${s.q?.claimedSpeaker}", book speaker ${s.q?.bookSpeaker} (${s.q?.speakerConfidence})`,
      );
    L.push('');
  }
  L.push(...tableBy('credit family', all, (s) => s.r.creditFamily));
  L.push(...tableBy('credit kind', all, (s) => s.r.creditKind));
  L.push(...tableBy('set-off family', all, (s) => s.r.setOffFamily));
  L.push(...tableBy('page format', all, (s) => s.page.format));
  L.push(
    `The families come from the rows' free-text \`credit_form\` and \`set_off\` (eval/realworld/render.ts: \`creditFamily\`, \`setOffFamily\`). ` +
      'Claimed speaker is scored where the page credits a person by name, initial or description, or the narrator, and is right when ' +
      'the checker\'s `claimedSpeaker` equals the page\'s credit up to case, punctuation and a leading "the"; pronouns are scored apart ' +
      '(right when resolved to the name the page gave earlier). A row is found when a reported quotation shares at least half its words ' +
      'in order (with a run of three); verdicts for quotations not in the novel accept `not_found` and `not_checked`; location is right ' +
      'when the reported place overlaps the labelled one by more than half the shorter.',
    '',
  );
  L.push(`Analysis and checks of all 18 novels took ${(ms / 1000).toFixed(1)} s.`, '');
  return `${L.join('\n')}\n`;
}

function printErrors(all: Scored[]): void {
  for (const s of all) {
    const m = misses(s);
    if (m.length === 0) continue;
    const { row } = s.r;
    const q = s.q;
    console.log(
      `--- ${row.id} [${s.r.creditFamily} / ${s.r.creditKind} / ${s.r.setOffFamily}, ${s.page.format}] ${m.join(', ')}`,
    );
    console.log(
      `    truth: ${row.truth_verdict}, credit "${row.claimed_speaker ?? ''}" ${row.truth_attribution}, speaker ${row.true_speaker ?? '-'}${row.note ? ` (${row.note})` : ''}`,
    );
    if (q)
      console.log(
        `    got: ${q.kind}/${q.verdict} score=${q.score} claimed=${JSON.stringify(q.claimedSpeaker)} → ${q.attribution} (book: ${q.bookSpeaker} ${q.speakerConfidence ?? ''})${s.r.referent ? ` [referent ${s.r.referent}]` : ''}\n    text: ${q.text.slice(0, 160)}`,
      );
    if (q && m.includes('verdict'))
      console.log(
        `    diff: ${JSON.stringify(q.diff?.filter((d) => d.type !== 'same' && d.type !== 'variant'))?.slice(0, 300)}`,
      );
    console.log(
      s.r.snippet
        .split('\n')
        .map((l) => `    | ${l}`)
        .join('\n')
        .slice(0, 1200),
    );
  }
}

async function main(): Promise<void> {
  const file = path.join(corpus, 'realworld/quotes.jsonl');
  if (!existsSync(file)) {
    console.log(`corpus not found at ${file}: nothing to evaluate`);
    return;
  }
  const rows: RwRow[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RwRow);
  const byUrl = new Map<string, RwRow[]>();
  for (const r of rows) byUrl.set(r.url, [...(byUrl.get(r.url) ?? []), r]);
  const byNovel = new Map<string, RwRow[][]>();
  for (const group of byUrl.values()) {
    const n = group[0]!.novel;
    byNovel.set(n, [...(byNovel.get(n) ?? []), group]);
  }
  const all: Scored[] = [];
  const pages: Page[] = [];
  const extras: { page: Page; q: CheckedQuote }[] = [];
  let offsetMismatch = 0;
  const t0 = performance.now();
  let pageNo = 0;
  for (const [novel, groups] of [...byNovel.entries()].sort()) {
    const meta = NOVELS[novel];
    if (!meta) throw new Error(`no title/author for ${novel}`);
    const pdnc = loadPdncNovel(path.join(corpus, 'pdnc', novel));
    const book = bookFromPdnc(pdnc.text, meta[0], meta[1]);
    if (book.text !== pdnc.text) throw new Error(`${novel}: the Book's text is not novel_text.txt`);
    const analysis = analyzeBook(book);
    const nov: NovelCtx = {
      title: meta[0],
      author: meta[1],
      authorShort: meta[2],
      text: pdnc.text,
      book,
      quotes: pdnc.quotes,
      characters: pdnc.characters,
      toU: codePointToUtf16(pdnc.text),
    };
    for (const group of groups) {
      const html = (pageNo + SEED) % 2 === 1;
      const page = renderPage(group, nov, { html, seed: SEED * 7919 + pageNo });
      pageNo++;
      pages.push(page);
      const rep = checkReview(page.text, book, { analysis, format: page.format });
      const matched = matchByWords(
        page.rendered.map((r) => r.row.quote),
        rep.quotes,
      );
      for (const q of rep.quotes) if (!matched.includes(q)) extras.push({ page, q });
      page.rendered.forEach((r, k) => {
        const loc = r.row.truth_location;
        const truth = loc ? { start: nov.toU(loc[0]), end: nov.toU(loc[1]) } : null;
        if (truth && r.row.truth_verdict === 'verbatim') {
          // the labels' offsets must line up with the Book's text
          const a = words(r.row.quote)[0];
          if (a && !words(book.text.slice(truth.start, truth.end)).includes(a)) offsetMismatch++;
        }
        all.push({ r, page, nov, q: matched[k]!, truth });
      });
    }
    process.stderr.write(
      `${novel}: ${groups.length} pages, ${groups.reduce((n, g) => n + g.length, 0)} quotations\n`,
    );
  }
  const ms = performance.now() - t0;
  if (offsetMismatch > 0)
    console.warn(
      `warning: ${offsetMismatch} verbatim rows whose labelled place does not hold their first word`,
    );
  const md = report(all, pages, extras, ms);
  if (SEED === 1) writeFileSync(path.join(root, 'eval/results/check-realworld.md'), md);
  console.log(md);
  if (process.argv.includes('--errors')) printErrors(all);
  if (process.argv.includes('--pages'))
    for (const p of pages) console.log(`==== ${p.url} (${p.format})\n${p.text}`);
}

await main();

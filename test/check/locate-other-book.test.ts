/**
 * A review checked against the wrong book: most of its lines are not found, and the checker says the
 * review may be about another book — naming the library book the lines come from, when one does.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../src/book/types.js';
import { checkReview, nameOtherBook, type ReviewWarning } from '../../src/check/index.js';
import { loadBookFile } from '../../src/formats/load.js';
import { pooledChecker, realChecker } from '../../src/server/checker.js';
import type { CheckPool } from '../../src/server/jobs/check-pool.js';
import { runCli } from '../fixtures/run-cli.js';
import { makeHarness } from '../server/harness.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const saltHouseFile = path.resolve(here, '../fixtures/check/novel.txt');
const lanternFile = path.resolve(here, '../fixtures/check/novel-lines.txt');

/** A review of The Lantern at Greyford (novel-lines.txt), quoting it as writers do. */
const LANTERN_REVIEW = `# The workhouse on the river

The board of Greyford is cruel, and the book never lets us forget it. When the smallest boy asks
for more, the beadle answers: “You shall have more, my lad, when the river runs uphill.”

The magistrate is no better. “I could not chuse but laugh,” he says, “when I saw the connexion
between the gruel and the accounts.” Mrs. Crale is braver than any of them, and Martha has the
last word: “I hope he never comes back to Greyford.”

The children “walked hand in hand to the gate to-day, as any one might”, and the porter lets them
pass: “The fog came up from the water and sat in the yard like a lodger who would not pay.”
`;

let saltHouse: Book;
let lantern: Book;

beforeAll(async () => {
  saltHouse = await loadBookFile(saltHouseFile);
  lantern = await loadBookFile(lanternFile);
});

const otherBook = (warnings: readonly ReviewWarning[]) =>
  warnings.find((w) => w.ruleId === 'review/other-book');

describe('a review checked against another book', () => {
  it('is found in its own book, with no warning', () => {
    const report = checkReview(LANTERN_REVIEW, lantern, { otherBooks: () => [saltHouse, lantern] });
    expect(report.quotes.every((q) => q.verdict === 'verbatim')).toBe(true);
    expect(otherBook(report.warnings)).toBeUndefined();
  });

  it('against the wrong book: warns, and names the library book the lines are in', () => {
    let asked = 0;
    const report = checkReview(LANTERN_REVIEW, saltHouse, {
      otherBooks: () => {
        asked++;
        return [saltHouse, lantern];
      },
    });
    expect(asked).toBe(1);
    const w = otherBook(report.warnings)!;
    expect(w.severity).toBe('warning');
    expect(w.reason).toMatch(/^5 of the 5 lines quoted are not in this book; \d of \d looked for are in/);
    expect(w.reason).toContain('“The Lantern at Greyford”');
    expect(w.expected).toBe(lantern.id);
    // the small vocabulary of the wrong book is not taken for a review in another language
    expect(report.warnings.map((x) => x.ruleId)).not.toContain('review/language');
  });

  it('without a library to look in: still warns, naming nothing', () => {
    const w = otherBook(checkReview(LANTERN_REVIEW, saltHouse, { otherBooks: () => [saltHouse] }).warnings)!;
    expect(w.reason).toMatch(/is the review about another book/);
    expect(w.expected).toBeUndefined();
  });

  it('does not look in other books when most lines are found', () => {
    const review = '“The water is never kind.” “It is only patient.” “The sea is a mirror of the soul.”';
    let asked = 0;
    const report = checkReview(review, saltHouse, {
      otherBooks: () => {
        asked++;
        return [lantern];
      },
    });
    expect(report.quotes.map((q) => q.verdict)).toEqual(['verbatim', 'verbatim', 'not_found']);
    expect(asked).toBe(0);
    expect(otherBook(report.warnings)).toBeUndefined();
  });

  it('names the book afterwards for a report made without the library (the server’s workers)', () => {
    const report = checkReview(LANTERN_REVIEW, saltHouse);
    expect(otherBook(report.warnings)?.expected).toBeUndefined();
    const named = nameOtherBook(report, saltHouse, () => [lantern]);
    expect(otherBook(named.warnings)?.expected).toBe(lantern.id);
  });

  it('verbatim check: a review of book A against book B in a library holding both names A', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'verbatim-other-book-'));
    const dataDir = path.join(tmp, 'data');
    const cli = (...args: string[]) => runCli([...args, '--data-dir', dataDir], { cwd: tmp });
    const added = await cli('add', lanternFile, '--format', 'json');
    expect(added.code).toBe(0);
    const lanternId = (JSON.parse(added.stdout) as { id: string }).id;
    const b = await cli('add', saltHouseFile, '--format', 'json');
    const saltId = (JSON.parse(b.stdout) as { id: string }).id;
    const reviewFile = path.join(tmp, 'review.md');
    writeFileSync(reviewFile, LANTERN_REVIEW);

    const r = await cli('check', reviewFile, '--book', saltId, '--format', 'json', '--no-speakers');
    expect(r.code).toBe(1);
    const w = otherBook((JSON.parse(r.stdout) as { warnings: ReviewWarning[] }).warnings);
    expect(w).toMatchObject({ ruleId: 'review/other-book', expected: lanternId });

    const text = await cli('check', reviewFile, '--book', saltId, '--no-speakers');
    expect(text.stdout).toContain('The Lantern at Greyford');
  });

  it('the web app’s check names it too, from the library, also when checks run in workers', async () => {
    const h = makeHarness({ checker: realChecker });
    try {
      h.library.addBook(lantern);
      h.library.addBook(saltHouse);
      const res = await h.app.request(`/api/books/${saltHouse.id}/check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: LANTERN_REVIEW, format: 'md' }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { warnings: ReviewWarning[] };
      expect(otherBook(body.warnings)?.expected).toBe(lantern.id);
    } finally {
      h.close();
    }
    // a worker checks without the library; the warning is named once the report is back
    const pool: CheckPool = {
      run: async (book, _analysis, text) => checkReview(text, book),
      render: async (book, _analysis, review) => ({ report: checkReview(review.text, book) }),
      full: () => null,
      warm: () => {},
      close: async () => {},
    };
    const report = (await pooledChecker(pool).check(LANTERN_REVIEW, saltHouse, null, 'md', undefined, {
      otherBooks: () => [lantern],
    })) as { warnings: ReviewWarning[] };
    expect(otherBook(report.warnings)?.expected).toBe(lantern.id);
  });
});

import type { Book } from '../book/types.js';
import { type CheckReport, renderReportHtml, reportToJson } from '../check/index.js';
import type { CheckOutput } from './deps.js';
import { checkView } from './views/check.js';

/**
 * A check report as the route sends it: the check page's JSON, the CLI's `--format json`, or the
 * self-contained HTML report. One function, so a worker thread and the server render alike.
 */
export function renderCheck(
  report: CheckReport,
  book: Book,
  output: { as: CheckOutput; reviewName: string },
): string {
  if (output.as === 'html') return renderReportHtml(report, book, output.reviewName);
  if (output.as === 'json') return JSON.stringify(reportToJson(report), null, 2);
  return JSON.stringify(checkView(report, book));
}

import type { Book } from '../../book/types.js';
import {
  type CheckReport,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
  renderReportText,
} from '../../check/index.js';

/** The formats a check report is written in, and the file extension each is saved under. */
export type ReportFormat = 'text' | 'json' | 'md' | 'html';

export const REPORT_EXTENSION: Record<ReportFormat, string> = {
  text: 'txt',
  json: 'json',
  md: 'md',
  html: 'html',
};

export function renderReport(
  format: ReportFormat,
  report: CheckReport,
  book: Book,
  reviewName: string,
): string {
  switch (format) {
    case 'json':
      return renderReportJson(report, book);
    case 'md':
      return renderReportMarkdown(report, book, reviewName);
    case 'html':
      return renderReportHtml(report, book, reviewName);
    default:
      return renderReportText(report, book, reviewName);
  }
}

import type { Book } from '../../book/types.js';
import type { CheckedQuote, CheckReport, DiffOp } from '../types.js';
import {
  attributionLine,
  bookLabel,
  contextLine,
  contradicted,
  groupByVerdict,
  hasWordChanges,
  summaryLine,
  termLine,
  VERDICT_LABEL,
  whereLabel,
} from './common.js';

/**
 * A self-contained HTML page a teacher can send: inline CSS, no scripts, no external resources.
 * Every piece of text from the review or the book goes through `esc`.
 */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function diffHtml(diff: readonly DiffOp[]): string {
  return diff
    .map((op) => {
      switch (op.type) {
        case 'same':
          return esc(op.review);
        case 'variant':
          return `<span class="variant" title="the book has: ${esc(op.book)}">${esc(op.review)}</span>`;
        case 'changed':
          return `<del>${esc(op.book)}</del> <ins>${esc(op.review)}</ins>`;
        case 'added':
          return `<ins>${esc(op.review)}</ins>`;
        case 'missing':
          return `<del>${esc(op.book)}</del>`;
        case 'elided':
          return `<span class="elided" title="${esc(op.book)}">[…]</span>`;
        case 'editorial':
          return `<span class="editorial" title="the book has: ${esc(op.book)}">${esc(op.review)}</span>`;
      }
      return '';
    })
    .join(' ');
}

function quoteHtml(q: CheckedQuote, book: Book): string {
  const rows: string[] = [];
  const where = whereLabel(q);
  rows.push(
    `<p class="quote">Line ${q.reviewLine}${q.kind !== 'passage' ? ` <span class="kind">${esc(q.kind)}</span>` : ''}: “${esc(q.text)}”</p>`,
  );
  if (where) rows.push(`<p class="where">${esc(where)}</p>`);
  if (q.verdict === 'not_checked') rows.push(`<p class="reason">${esc(q.kindReason)}</p>`);
  const term = termLine(q);
  if (term) rows.push(`<p>${esc(term)}</p>`);
  if (q.diff && hasWordChanges(q.diff)) rows.push(`<p class="diff">${diffHtml(q.diff)}</p>`);
  const ctx = contextLine(book, q);
  if (ctx) {
    rows.push(`<p class="context">…${esc(ctx.before)}<mark>${esc(ctx.match)}</mark>${esc(ctx.after)}…</p>`);
  }
  const attr = attributionLine(q);
  if (attr) rows.push(`<p class="attribution ${esc(q.attribution)}">${esc(attr)}</p>`);
  for (const n of q.notes) rows.push(`<p class="note">${esc(n)}</p>`);
  return `<li class="${esc(q.verdict)}">${rows.join('')}</li>`;
}

const CSS = `body{font:16px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
ul{list-style:none;padding:0}li{margin:0 0 1rem;padding:.5rem .75rem;border-left:4px solid #999;background:#fafafa}
li.not_found{border-color:#c0392b}li.altered{border-color:#d68910}li.verbatim{border-color:#1e8449}
.quote{font-weight:bold;margin:0}.where,.reason,.note{color:#555;margin:.2rem 0}.context{font-style:italic;color:#444}
mark{background:#fff3b0}del{color:#a93226;background:#fdecea}ins{color:#1e8449;background:#e9f7ef;text-decoration:none}
.variant{border-bottom:1px dotted #888}.editorial,.elided{color:#666}.attribution.contradicted{color:#a93226;font-weight:bold}
.kind{font-size:.8em;border:1px solid #aaa;border-radius:3px;padding:0 .3em;font-weight:normal}.warning{color:#a04000}`;

export function renderReportHtml(report: CheckReport, book: Book, reviewName = 'the review'): string {
  const body: string[] = [];
  body.push(`<h1>Quotation check: ${esc(reviewName)}</h1>`);
  body.push(`<p>Checked against <cite>${esc(bookLabel(report))}</cite>.</p>`);
  body.push(`<p><strong>${esc(summaryLine(report))}</strong></p>`);
  if (!report.speakerModel)
    body.push('<p>No speaker analysis for this book: attributions are not checked.</p>');
  for (const w of report.warnings) {
    body.push(`<p class="warning">Warning${w.line ? ` (line ${w.line})` : ''}: ${esc(w.reason)}</p>`);
  }
  const wrongSpeaker = contradicted(report);
  if (wrongSpeaker.length > 0) {
    body.push(`<h2>Attributions contradicted by the book (${wrongSpeaker.length})</h2>`);
    body.push(
      `<ul>${wrongSpeaker.map((q) => `<li class="not_found">Line ${q.reviewLine}: “${esc(q.text)}” — ${esc(attributionLine(q) ?? '')}</li>`).join('\n')}</ul>`,
    );
  }
  for (const group of groupByVerdict(report)) {
    body.push(`<h2>${esc(VERDICT_LABEL[group.verdict])} (${group.quotes.length})</h2>`);
    body.push(`<ul>${group.quotes.map((q) => quoteHtml(q, book)).join('\n')}</ul>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Quotation check: ${esc(reviewName)}</title><style>${CSS}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}

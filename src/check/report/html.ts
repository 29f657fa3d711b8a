import type { Book } from '../../book/types.js';
import type { CheckedQuote, CheckReport, DiffOp } from '../types.js';
import { bookLabel, bookPassage, bookSide, hasWordChanges } from './common.js';
import { namesSection } from './names.js';
import type { PassageParagraph } from './passage.js';
import { countsLine, headline, isReviewLevel, sections, warningSentence } from './summary.js';
import { describeQuote, type Sentence } from './wording.js';

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
      const book = esc(bookSide(op));
      switch (op.type) {
        case 'same':
          return esc(op.review);
        case 'variant':
          return `<span class="variant" title="the book has: ${book}">${esc(op.review)}</span>`;
        case 'changed':
          return `<del title="in the review">${esc(op.review)}</del> <ins title="in the book">${book}</ins>`;
        case 'added':
          return `<del title="added by the review">${esc(op.review)}</del>`;
        case 'missing':
          return `<ins title="left out by the review">${book}</ins>`;
        case 'elided':
          return `<span class="elided" title="${book}">[…]</span>`;
        case 'editorial':
          return `<span class="editorial" title="the book has: ${book}">${esc(op.review)}</span>`;
      }
      return '';
    })
    .join(' ');
}

/** The book's passage as a reader sees it: paragraphs, italics as <em>, the quoted words marked. */
export function passageHtml(paragraphs: readonly PassageParagraph[]): string {
  const para = (p: PassageParagraph) =>
    p
      .map((r) => {
        let h = esc(r.text);
        if (r.italic) h = `<em>${h}</em>`;
        if (r.match) h = `<mark>${h}</mark>`;
        return h;
      })
      .join('');
  return `<blockquote class="book">${paragraphs.map((p) => `<p>${para(p)}</p>`).join('')}</blockquote>`;
}

function sentenceHtml(cls: string, s: Sentence | null, label: string): string {
  if (!s) return '';
  const lead = s.tone === 'problem' ? `<strong>${esc(label)}:</strong> ` : '';
  return `<p class="${cls} tone-${s.tone}">${lead}${esc(s.text)}</p>`;
}

function quoteHtml(q: CheckedQuote, book: Book, report: CheckReport): string {
  const s = describeQuote(q, report.reviewLineUnit);
  const rows: string[] = [];
  const place = s.place.charAt(0).toUpperCase() + s.place.slice(1);
  rows.push(
    `<p class="quote">${esc(place)}${s.setOff ? ` <span class="setoff">(${esc(s.setOff)})</span>` : ''}${q.kind !== 'passage' ? ` <span class="kind">${esc(q.kind)}</span>` : ''}: “${esc(q.text)}”</p>`,
  );
  if (q.verdict === 'not_checked') rows.push(`<p class="reason">${esc(s.verdict.text)}</p>`);
  if (s.where) rows.push(`<p class="where">${esc(s.where)}</p>`);
  if (s.term) rows.push(`<p>${esc(s.term)}</p>`);
  if (q.diff && hasWordChanges(q.diff)) {
    rows.push(`<p class="diff"><span class="legend">review → book:</span> ${diffHtml(q.diff)}</p>`);
  }
  const passage = bookPassage(book, q);
  if (passage && passage.length > 0) rows.push(passageHtml(passage));
  rows.push(sentenceHtml('attribution', s.attribution, 'Wrong speaker'));
  rows.push(sentenceHtml('addressee', s.addressee, 'Wrong addressee'));
  for (const n of s.notes) rows.push(`<p class="note">${esc(n)}</p>`);
  return `<li class="${esc(s.problem ?? q.verdict)}">${rows.join('')}</li>`;
}

const CSS = `body{font:16px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
ul{list-style:none;padding:0}li{margin:0 0 1rem;padding:.5rem .75rem;border-left:4px solid #999;background:#fafafa}
li.not_found,li.wrong_speaker{border-color:#c0392b}li.altered{border-color:#d68910}li.verbatim{border-color:#1e8449}
.quote{font-weight:bold;margin:0}.where,.reason,.note{color:#555;margin:.2rem 0}
blockquote.book{margin:.4rem 0;padding-left:.75rem;border-left:2px solid #ddd;color:#444}blockquote.book p{margin:.2rem 0}
mark{background:#fff3b0}del{color:#a93226;background:#fdecea}ins{color:#1e8449;background:#e9f7ef;text-decoration:none}
.setoff{font-weight:normal;color:#555}.legend{color:#777;font-size:.85em}.variant{border-bottom:1px dotted #888}.editorial,.elided{color:#666}
.tone-problem{color:#a93226}.tone-ok{color:#1e6b3a}.tone-unsure{color:#8a5a00}
.kind{font-size:.8em;border:1px solid #aaa;border-radius:3px;padding:0 .3em;font-weight:normal}
.alert{border:2px solid #d68910;background:#fff8e6;padding:.5rem .75rem;font-weight:bold}
.headline{font-size:1.1rem;font-weight:bold}.counts{color:#555}.warnings li{border-color:#d68910}
li.not_in_book{border-color:#d68910}li.in_book{border-color:#1e8449}`;

export function renderReportHtml(report: CheckReport, book: Book, reviewName = 'the review'): string {
  const body: string[] = [];
  body.push(`<h1>Quotation check: ${esc(reviewName)}</h1>`);
  body.push(`<p>Checked against <cite>${esc(bookLabel(report))}</cite>.</p>`);
  for (const w of report.warnings.filter(isReviewLevel)) {
    body.push(
      `<p class="alert" role="alert">${esc(w.severity === 'info' ? 'Note' : 'Warning')}: ${esc(w.reason)}</p>`,
    );
  }
  body.push(`<p class="headline">${esc(headline(report))}</p>`);
  body.push(`<p class="counts">${esc(countsLine(report))}</p>`);
  if (!report.speakerModel)
    body.push('<p>No speaker analysis for this book: attributions are not checked.</p>');
  const placed = report.warnings.filter((w) => !isReviewLevel(w));
  if (placed.length > 0) {
    body.push(
      `<ul class="warnings">${placed.map((w) => `<li>${esc(warningSentence(w, report.reviewLineUnit))}</li>`).join('')}</ul>`,
    );
  }
  for (const section of sections(report)) {
    body.push(`<h2>${esc(section.title)} (${section.quotes.length})</h2>`);
    body.push(`<ul>${section.quotes.map((q) => quoteHtml(q, book, report)).join('\n')}</ul>`);
  }
  const names = namesSection(report);
  if (names) {
    body.push(`<h2>${esc(names.title)} (${names.count})</h2>`, `<p>${esc(names.summary)}</p>`);
    body.push(
      `<ul class="names">${names.groups.map((g) => `<li class="${g.id}"><strong>${esc(g.label)}:</strong> ${esc(g.names.join(', '))}</li>`).join('')}</ul>`,
    );
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

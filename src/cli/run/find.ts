import { diffInline, shorten } from '../../check/report/common.js';
import { VerbatimError } from '../../errors.js';
import { ensureFindIndex, type FindResult, findPassage } from '../../find/index.js';
import { type CliIO, EXIT, ExitWith } from '../context.js';
import { type LibraryOptions, openLibrary } from '../resolve-book.js';

/** `verbatim find "<passage>"`: the library's books holding a passage, best first. */
export async function runFind(
  io: CliIO,
  words: string[],
  opts: LibraryOptions & { format: string },
): Promise<void> {
  const passage =
    words.length === 1 && words[0] === '-'
      ? new TextDecoder().decode(await io.stdin.read())
      : words.join(' ');
  if (!/[\p{L}\p{N}]/u.test(passage)) {
    throw new VerbatimError('usage', 'no passage to find: give some words', {
      hint: 'verbatim find "It is a truth universally acknowledged"',
    });
  }
  const library = openLibrary(io, opts);
  let result: FindResult;
  try {
    ensureFindIndex(library, (p) => {
      if (io.isTTY) io.stderr(`\r\x1b[Kverbatim: indexing the library for find ${p.done + 1}/${p.total}…`);
    });
    if (io.isTTY) io.stderr('\r\x1b[K');
    result = findPassage(library, passage);
  } finally {
    library.close();
  }
  io.stdout(opts.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderFindText(result));
  if (result.status !== 'found') throw new ExitWith(EXIT.findings);
}

export function renderFindText(r: FindResult): string {
  const lines: string[] = [];
  const head = `“${shorten(r.passage, 100)}”`;
  for (const n of r.notes) lines.push(`note: ${n}`);
  switch (r.status) {
    case 'empty_library':
      lines.push('The library is empty: nothing to look in. Add novels with: verbatim add <file>');
      break;
    case 'too_common':
      lines.push(`${head}: too common to place (see the note); give a longer passage.`);
      break;
    case 'not_found':
      lines.push(
        `${head} is in none of the ${r.booksInLibrary} books of the library (not word for word, nor closely).`,
      );
      break;
    case 'found': {
      const n = r.matches.length;
      lines.push(`${head} is in ${n} of the ${r.booksInLibrary} books of the library:`);
      for (const [i, m] of r.matches.entries()) {
        const title = m.title ? `“${m.title}”` : '(untitled)';
        const by = m.author ? ` by ${m.author}` : '';
        lines.push('');
        lines.push(`${i + 1}. ${title}${by}  (${m.bookId.slice(0, 12)})`);
        lines.push(
          `   ${m.verdict === 'verbatim' ? 'word for word' : `a close variant (${Math.round(m.score * 100)}% of the words in order)`}, ${m.location.chapter ?? 'no chapter'}, offsets ${m.location.start}–${m.location.end}`,
        );
        if (m.diff) lines.push(`   diff (passage → book): ${diffInline(m.diff)}`);
        lines.push(`   book: ${shorten(m.bookText, 200)}`);
      }
      break;
    }
  }
  return `${lines.join('\n')}\n`;
}

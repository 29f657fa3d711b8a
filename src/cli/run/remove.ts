import { VerbatimError } from '../../errors.js';
import type { BookSummary, Library } from '../../store/library.js';
import { MIN_PREFIX } from '../commands/remove.js';
import { type CliIO, EXIT, ExitWith } from '../context.js';
import { type LibraryOptions, openLibrary } from '../resolve-book.js';

/**
 * `verbatim remove <id>`: removes a book, its text and its analyses from the library. On a terminal
 * it asks first; a script says `--yes` (without it, a non-interactive remove is refused rather than
 * guessed at).
 */
export async function runRemove(
  io: CliIO,
  idOrPrefix: string,
  opts: LibraryOptions & { yes?: boolean; format: string },
): Promise<void> {
  const key = idOrPrefix.trim().toLowerCase();
  if (!/^[0-9a-f]+$/.test(key)) {
    throw new VerbatimError('usage', `"${idOrPrefix}" is not a book id (ids are hexadecimal)`, {
      hint: 'see `verbatim list`',
    });
  }
  if (key.length < MIN_PREFIX) {
    throw new VerbatimError(
      'usage',
      `"${idOrPrefix}" is too short to name a book to remove: give at least ${MIN_PREFIX} characters of its id`,
      { hint: 'see `verbatim list`' },
    );
  }
  const library = openLibrary(io, opts);
  try {
    const summary = findOne(library, key, idOrPrefix);
    if (!opts.yes) {
      if (!io.stdin.isTTY) {
        throw new VerbatimError(
          'usage',
          `not removing ${summary.id} (${describe(summary)}) without confirmation: stdin is not a terminal`,
          { hint: `pass --yes to remove without asking: verbatim remove ${summary.id} --yes` },
        );
      }
      const answer = await io.stdin.ask(`Remove ${summary.id} ${describe(summary)} from the library? [y/N] `);
      if (!/^\s*y(es)?\s*$/i.test(answer)) {
        io.stderr('Nothing removed.\n');
        throw new ExitWith(EXIT.ok);
      }
    }
    library.removeBook(summary.id);
    if (opts.format === 'json')
      io.stdout(`${JSON.stringify({ removed: summary.id, title: summary.title })}\n`);
    else io.stdout(`removed ${summary.id}${summary.title ? `  "${summary.title}"` : ''}\n`);
  } finally {
    library.close();
  }
}

/** The one book `key` names; none or several is a usage error listing what there is. */
function findOne(library: Library, key: string, asTyped: string): BookSummary {
  const matches = library.listBooks().filter((b) => b.id.startsWith(key) || b.hash === key);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    throw new VerbatimError('not_found', `no book with id "${asTyped}" in the library`, {
      hint: 'see `verbatim list`',
    });
  }
  const candidates = matches.map((b) => `${b.id} ${describe(b)}`).join('; ');
  throw new VerbatimError('usage', `"${asTyped}" matches ${matches.length} books: ${candidates}`, {
    hint: 'give more characters of the id',
  });
}

function describe(b: BookSummary): string {
  return `"${b.title ?? 'untitled'}"${b.author ? ` by ${b.author}` : ''}`;
}

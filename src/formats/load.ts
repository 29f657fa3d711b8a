import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { buildBook } from '../book/build.js';
import type { Book } from '../book/types.js';
import { VerbatimError } from '../errors.js';
import { DEFAULT_MAX_BYTES, type LoadOptions, loadText, tooLarge } from './load-text.js';
import { settleTitle } from './title-block.js';

export type { LoadOptions } from './load-text.js';

/**
 * Load a novel from a file: checks the path and the size (via stat, BEFORE reading a byte), then
 * {@link loadBookBytes}. Every failure is a VerbatimError naming the file.
 */
export async function loadBookFile(path: string, options: LoadOptions = {}): Promise<Book> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new VerbatimError('not_found', 'no such file', { file: path });
    }
    throw new VerbatimError('not_found', `cannot read the file (${code ?? String(e)})`, { file: path });
  }
  if (info.isDirectory()) {
    throw new VerbatimError('usage', 'is a folder, not a file', { file: path, hint: 'name one novel file' });
  }
  if (!info.isFile()) throw new VerbatimError('usage', 'is not a regular file', { file: path });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new VerbatimError('not_found', `cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`, {
      file: path,
    });
  }
  return bookFromBytes(bytes, path, path, options);
}

/** Load a novel from bytes in memory (an upload); `filename` is used for format detection and messages. */
export async function loadBookBytes(
  bytes: Uint8Array,
  filename: string,
  options: LoadOptions = {},
): Promise<Book> {
  return bookFromBytes(bytes, filename, null, options);
}

async function bookFromBytes(
  bytes: Uint8Array,
  filename: string,
  sourcePath: string | null,
  options: LoadOptions,
): Promise<Book> {
  options.onProgress?.('read');
  const loaded = await loadText(bytes, filename, options);
  options.onProgress?.('segment');
  return settleTitle(buildBook(loaded, { hash: hashBytes(bytes), path: sourcePath }), loaded.titleLine);
}

/** SHA-256 of the source bytes, hex: the identity of a book in the library. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

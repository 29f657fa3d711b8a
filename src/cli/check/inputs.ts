import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The reviews a `check` names: files as given, folders expanded to the review files directly inside
 * them (sorted, so the table and the reports come in a stable order). A path that does not exist is
 * kept: reading it fails with a message naming it, and the other reviews are still checked.
 */
export interface ReviewInput {
  /** As the person wrote it (or the folder/name for a file found in a folder): shown in the table. */
  name: string;
  /** Absolute path. */
  file: string;
}

/** What a folder's review files are; anything else in it (images, PDFs, notes.odt) is left alone. */
export const REVIEW_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.xhtml',
  '.docx',
]);

export interface ExpandedInputs {
  inputs: ReviewInput[];
  /** Whether a folder was named: then a single review is still reported as a class set. */
  hadFolder: boolean;
  /** Files inside named folders that are not reviews, to mention once. */
  skipped: string[];
}

export function expandReviewArgs(args: readonly string[], cwd: string): ExpandedInputs {
  const inputs: ReviewInput[] = [];
  const skipped: string[] = [];
  let hadFolder = false;
  for (const arg of args) {
    const file = path.resolve(cwd, arg);
    if (!isDirectory(file)) {
      inputs.push({ name: arg, file });
      continue;
    }
    hadFolder = true;
    const names = readdirSync(file, { withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('~$'))
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const name of names) {
      const shown = path.join(arg, name);
      if (REVIEW_EXTENSIONS.has(path.extname(name).toLowerCase()))
        inputs.push({ name: shown, file: path.join(file, name) });
      else skipped.push(shown);
    }
  }
  return { inputs, hadFolder, skipped };
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

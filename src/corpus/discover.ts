import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** File extensions read as novels; everything else in the folder is left alone (and not reported). */
export const NOVEL_EXTENSIONS = ['.txt', '.epub', '.html', '.htm', '.xhtml'] as const;

export interface CorpusFile {
  /** Absolute path. */
  file: string;
  /** Path relative to the corpus folder with '/' separators: what the CSV shows and shards hash. */
  relative: string;
}

/**
 * Every novel under `folder`, recursively, sorted by relative path (so runs and progress are
 * reproducible). Hidden entries and `exclude` (the output folder, when it lies inside the corpus)
 * are skipped. A symbolic link to a file is read (a corpus assembled from links); a link to a folder
 * is not followed, so a link loop cannot make the walk endless.
 */
export async function discoverNovels(folder: string, exclude: string[] = []): Promise<CorpusFile[]> {
  const root = path.resolve(folder);
  const skip = new Set(exclude.map((e) => path.resolve(e)));
  const found: CorpusFile[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (skip.has(full)) continue;
      if (entry.isDirectory()) {
        await walk(full);
        continue;
      }
      if (!NOVEL_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) continue;
      const isFile =
        entry.isFile() || (entry.isSymbolicLink() && (await stat(full).catch(() => null))?.isFile());
      if (isFile) {
        found.push({ file: full, relative: path.relative(root, full).split(path.sep).join('/') });
      }
    }
  }
  await walk(root);
  return found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

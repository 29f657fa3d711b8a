/**
 * A library of the corpus novels for `eval:find` and the find bench: every novel added (text,
 * structure, word index) and indexed for `find`. Built once into a folder under the system's temp
 * directory and reused while its book count matches (building it takes a few minutes: it is the
 * word index of 110 novels).
 */
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { indexBook } from '../../src/check/locate/index.js';
import { encodeBookIndex } from '../../src/check/locate/index-codec.js';
import { ensureFindIndex } from '../../src/find/index.js';
import { loadBookFile } from '../../src/formats/load.js';
import { Library } from '../../src/store/library.js';
import { PDNC_LITBANK_EDITIONS } from '../pdnc.js';

export interface CorpusNovel {
  file: string;
  /** PDNC folder name or LitBank file name (what the eval reports). */
  name: string;
  /** The same novel's other edition in the corpus (PDNC ↔ LitBank), if any: either counts as right. */
  twin: string | null;
}

export function corpusNovels(corpus: string, limit = Number.POSITIVE_INFINITY): CorpusNovel[] {
  const twinOf = new Map<string, string>();
  for (const [a, b] of PDNC_LITBANK_EDITIONS) {
    twinOf.set(a, b);
    twinOf.set(b, a);
  }
  const out: CorpusNovel[] = [];
  const pdnc = path.join(corpus, 'pdnc');
  for (const d of readdirSync(pdnc).sort()) {
    const file = path.join(pdnc, d, 'novel_text.txt');
    if (existsSync(file)) out.push({ file, name: d, twin: twinOf.get(d) ?? null });
  }
  const lit = path.join(corpus, 'litbank/original');
  for (const f of readdirSync(lit).sort()) {
    if (f.endsWith('.txt')) out.push({ file: path.join(lit, f), name: f, twin: twinOf.get(f) ?? null });
  }
  return out.slice(0, limit);
}

/** The library of `novels` (built, or reused from an earlier run), with each book's id by novel name. */
export async function corpusLibrary(
  novels: readonly CorpusNovel[],
  log: (s: string) => void = () => {},
): Promise<{ library: Library; idOf: Map<string, string> }> {
  const dir = path.join(tmpdir(), `verbatim-find-library-${novels.length}`);
  const library = Library.open(dir);
  const idOf = new Map<string, string>();
  const known = new Map(library.listBooks().map((b) => [b.hash, b.id]));
  for (const [i, n] of novels.entries()) {
    const book = await loadBookFile(n.file);
    let id = known.get(book.hash);
    if (!id) {
      log(`adding ${i + 1}/${novels.length} ${n.name}\n`);
      id = library.addBook(book).id;
      library.saveIndex(id, encodeBookIndex(indexBook(book)));
    }
    idOf.set(n.name, id);
  }
  ensureFindIndex(library, (p) => log(`indexing for find ${p.done + 1}/${p.total}\n`));
  return { library, idOf };
}

import yauzl from 'yauzl';
import { VerbatimError } from '../errors.js';
import { LIMITS } from '../limits.js';

/**
 * Reading entries of an untrusted zip (an EPUB) into memory, safely.
 *
 * Nothing is ever written to disk, but names are still checked (an archive with `../` or absolute
 * names is refused: no honest EPUB has them). Against zip bombs the limits are enforced on the
 * bytes actually produced WHILE inflating, never on the sizes the headers claim: the count of
 * entries, the total inflated across everything read, one entry's size, and the ratio of inflated
 * to compressed bytes once an entry is past a small floor.
 */
export interface ZipLimits {
  maxEntries: number;
  /** Total bytes inflated across all entries read from one archive. */
  maxTotalBytes: number;
  maxEntryBytes: number;
  /** Inflated/compressed ratio allowed once an entry has produced `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: LIMITS.epubEntries,
  maxTotalBytes: LIMITS.epubInflatedBytes,
  maxEntryBytes: LIMITS.epubEntryBytes,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  /** As claimed by the header; informational, never trusted for limits. */
  claimedSize: number;
}

export class ZipReader {
  private totalInflated = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly limits: ZipLimits,
    private readonly file: string,
  ) {}

  static async open(bytes: Uint8Array, file: string, limits: Partial<ZipLimits> = {}): Promise<ZipReader> {
    const all = { ...DEFAULT_ZIP_LIMITS, ...limits };
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let zip: yauzl.ZipFile;
    try {
      // Names are validated below ourselves, to give a clear "unsafe archive" error.
      zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, decodeStrings: false });
    } catch (e) {
      throw new VerbatimError('bad_epub', `not a valid zip archive (${errorMessage(e)})`, {
        file,
        hint: 'an EPUB is a zip file; this one is damaged or is not an EPUB',
      });
    }
    if (zip.entryCount > all.maxEntries) {
      zip.close();
      throw unsafe(file, `${zip.entryCount} entries, more than the ${all.maxEntries} allowed`);
    }
    const entries = await readEntries(zip, file, all.maxEntries);
    return new ZipReader(zip, entries, all, file);
  }

  list(): ZipEntryInfo[] {
    return [...this.entries.values()].map((e) => ({
      name: entryName(e),
      compressedSize: e.compressedSize,
      claimedSize: e.uncompressedSize,
    }));
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Inflate one entry, counting bytes as they come and stopping the moment a limit is crossed. */
  async read(name: string): Promise<Uint8Array> {
    const entry = this.entries.get(name);
    if (!entry) throw new VerbatimError('bad_epub', `archive has no entry "${name}"`, { file: this.file });
    let stream: NodeJS.ReadableStream & { destroy(error?: Error): void };
    try {
      stream = (await this.zip.openReadStreamPromise(entry)) as typeof stream;
    } catch (e) {
      throw new VerbatimError('bad_epub', `cannot read "${name}" in the archive (${errorMessage(e)})`, {
        file: this.file,
      });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const compressed = Math.max(entry.compressedSize, 1);
    return new Promise<Uint8Array>((resolve, reject) => {
      let failed = false;
      const fail = (err: VerbatimError): void => {
        if (failed) return;
        failed = true;
        stream.destroy();
        reject(err);
      };
      stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        size += chunk.length;
        this.totalInflated += chunk.length;
        if (size > this.limits.maxEntryBytes) {
          fail(unsafe(this.file, `"${name}" inflates past ${mb(this.limits.maxEntryBytes)} (zip bomb?)`));
        } else if (this.totalInflated > this.limits.maxTotalBytes) {
          fail(
            unsafe(
              this.file,
              `the archive inflates past ${mb(this.limits.maxTotalBytes)} in all (zip bomb?)`,
            ),
          );
        } else if (size >= this.limits.ratioFloorBytes && size / compressed > this.limits.maxRatio) {
          fail(
            unsafe(
              this.file,
              `"${name}" inflates more than ${this.limits.maxRatio} times its compressed size (zip bomb?)`,
            ),
          );
        } else chunks.push(chunk);
      });
      stream.on('error', (e: unknown) => {
        // yauzl stops an entry that produces more bytes than its header said: a lying header.
        if (/too many bytes/.test(errorMessage(e))) {
          fail(unsafe(this.file, `"${name}" inflates to more than its header claims (zip bomb?)`));
        } else {
          fail(
            new VerbatimError('bad_epub', `cannot inflate "${name}" (${errorMessage(e)})`, {
              file: this.file,
            }),
          );
        }
      });
      stream.on('end', () => {
        if (!failed) resolve(Buffer.concat(chunks));
      });
    });
  }

  close(): void {
    this.zip.close();
  }
}

function readEntries(
  zip: yauzl.ZipFile,
  file: string,
  maxEntries: number,
): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entryName(entry);
      const problem = unsafeName(name);
      if (problem) {
        zip.close();
        reject(unsafe(file, `entry "${name}" ${problem}`));
        return;
      }
      if (entries.size >= maxEntries) {
        zip.close();
        reject(unsafe(file, `more than ${maxEntries} entries`));
        return;
      }
      entries.set(name, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (e: unknown) =>
      reject(new VerbatimError('bad_epub', `damaged zip archive (${errorMessage(e)})`, { file })),
    );
    zip.readEntry();
  });
}

function entryName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown;
  // With decodeStrings off, names are Buffers; EPUB names are UTF-8 (the OCF spec requires it).
  return typeof raw === 'string' ? raw : new TextDecoder('utf-8').decode(raw as Uint8Array);
}

/** Why an entry name is unsafe, or null. */
export function unsafeName(name: string): string | null {
  if (name.includes('\\')) return 'contains a backslash';
  if (name.includes('\0')) return 'contains a NUL character';
  if (/^[a-zA-Z]:/.test(name) || name.startsWith('/')) return 'is an absolute path';
  if (name.split('/').includes('..')) return 'climbs out of the archive with ../';
  return null;
}

function unsafe(file: string, problem: string): VerbatimError {
  return new VerbatimError('unsafe_archive', `unsafe archive: ${problem}`, {
    file,
    hint: 'refused without extracting anything',
  });
}

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

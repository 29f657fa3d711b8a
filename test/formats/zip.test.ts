import { describe, expect, it } from 'vitest';
import { unsafeName, ZipReader } from '../../src/formats/zip.js';
import { rejection } from '../fixtures/rejection.js';
import { writeZip } from '../fixtures/zip-writer.js';

describe('ZipReader', () => {
  it('lists and reads entries', async () => {
    const zip = await ZipReader.open(
      writeZip([
        { name: 'a.txt', data: 'hello', method: 'store' },
        { name: 'dir/b.txt', data: 'world '.repeat(100) },
      ]),
      'x.epub',
    );
    expect(zip.list().map((e) => e.name)).toEqual(['a.txt', 'dir/b.txt']);
    expect(new TextDecoder().decode(await zip.read('dir/b.txt'))).toBe('world '.repeat(100));
    zip.close();
  });

  it('refuses entry names that climb out with ../ or are absolute', async () => {
    for (const name of ['../evil.xhtml', 'OEBPS/../../etc/passwd', '/etc/passwd', 'C:/x', 'a\\..\\b']) {
      const e = await rejection(ZipReader.open(writeZip([{ name, data: 'x' }]), 'x.epub'));
      expect(e.code, name).toBe('unsafe_archive');
      expect(e.toLine()).toContain('x.epub: unsafe archive');
    }
    expect(unsafeName('OEBPS/text/ch1.xhtml')).toBeNull();
  });

  it('stops inflating a bomb at the ratio limit, without trusting the header', async () => {
    // 8 MB of zeros deflates to ~8 KB: a ratio near 1000.
    const bomb = writeZip([{ name: 'bomb.xhtml', data: new Uint8Array(8 * 1024 * 1024) }]);
    const zip = await ZipReader.open(bomb, 'bomb.epub');
    const e = await rejection(zip.read('bomb.xhtml'));
    expect(e.code).toBe('unsafe_archive');
    expect(e.message).toMatch(/inflates more than 100 times/);
  });

  it('stops at the per-entry and total size limits while inflating', async () => {
    const data = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const zip = await ZipReader.open(
      writeZip([
        { name: 'a', data },
        { name: 'b', data },
      ]),
      'big.epub',
      { maxEntryBytes: 200_000 },
    );
    expect((await rejection(zip.read('a'))).message).toMatch(/"a" inflates past/);
    const zip2 = await ZipReader.open(
      writeZip([
        { name: 'a', data },
        { name: 'b', data },
      ]),
      'big.epub',
      { maxTotalBytes: 500_000 },
    );
    await zip2.read('a');
    expect((await rejection(zip2.read('b'))).message).toMatch(/inflates past .* in all/);
  });

  it('refuses an entry that inflates past the size its header claims', async () => {
    const liar = writeZip([{ name: 'small.xhtml', data: 'x'.repeat(200_000), claimedSize: 100 }]);
    const zip = await ZipReader.open(liar, 'liar.epub');
    const e = await rejection(zip.read('small.xhtml'));
    expect(e.code).toBe('unsafe_archive');
    expect(e.message).toMatch(/more than its header claims/);
  });

  it('refuses archives with too many entries', async () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({
      name: `f${i}`,
      data: 'x',
      method: 'store' as const,
    }));
    const e = await rejection(ZipReader.open(writeZip(entries), 'many.epub', { maxEntries: 20 }));
    expect(e.code).toBe('unsafe_archive');
    expect(e.message).toContain('30 entries');
  });

  it('reports a damaged archive as a bad EPUB', async () => {
    const good = writeZip([{ name: 'a', data: 'hello' }]);
    const e = await rejection(ZipReader.open(good.subarray(0, good.length - 10), 'cut.epub'));
    expect(e.code).toBe('bad_epub');
  });
});

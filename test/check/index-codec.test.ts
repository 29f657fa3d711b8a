import { describe, expect, it } from 'vitest';
import { buildBookIndex, postingCount, postingsAt } from '../../src/check/locate/book-index.js';
import { decodeBookIndex, encodeBookIndex } from '../../src/check/locate/index-codec.js';

const TEXT =
  '“You will catch your death out here,” said Tommy. “Nobody sensible lives where the sea can reach the door.”\n\n' +
  '“Then I am not sensible,” said Ruth. “I never claimed to be.” The sea, the sea: it keeps its own accounts.\n';

describe('the stored word index (a one-shot check reads it instead of reading the book again)', () => {
  const built = buildBookIndex(TEXT);

  it('comes back from storage as the index built from the text: words, ids, postings, forms', () => {
    const back = decodeBookIndex(encodeBookIndex(built), TEXT.length)!;
    expect([...back.starts]).toEqual([...built.starts]);
    expect([...back.ends]).toEqual([...built.ends]);
    expect([...back.ids]).toEqual([...built.ids]);
    expect(back.vocab).toEqual(built.vocab);
    const postings = (i: typeof built) => built.vocab.map((_, id) => [...postingsAt(i, id)]);
    expect(postings(back)).toEqual(postings(built));
    expect([...back.idOf]).toEqual([...built.idOf]);
    // "sea" three times, at its three positions
    const sea = back.idOf.get('sea')!;
    expect(postingCount(back, sea)).toBe(3);
    expect([...postingsAt(back, sea)].map((p) => TEXT.slice(back.starts[p]!, back.ends[p]!))).toEqual([
      'sea',
      'sea',
      'sea',
    ]);
    // a form the book does not have has no places
    expect(postingCount(back, -1)).toBe(0);
    expect(postingsAt(back, built.vocab.length).length).toBe(0);
  });

  it('reads bytes that are not 4-aligned, as a database blob may hand them over', () => {
    const stored = encodeBookIndex(built);
    const shifted = (b: Uint8Array) => {
      const buf = new Uint8Array(b.byteLength + 1);
      buf.set(b, 1);
      return buf.subarray(1);
    };
    const back = decodeBookIndex(
      { ...stored, starts: shifted(stored.starts), ends: shifted(stored.ends), ids: shifted(stored.ids) },
      TEXT.length,
    )!;
    expect([...back.starts]).toEqual([...built.starts]);
    expect([...back.ends]).toEqual([...built.ends]);
  });

  it('is not used when another version stored it, or it does not fit the book (rebuilt instead)', () => {
    const stored = encodeBookIndex(built);
    expect(decodeBookIndex({ ...stored, version: 'words-0' }, TEXT.length)).toBeNull();
    // a shorter text than the one indexed: offsets past its end
    expect(decodeBookIndex(stored, 20)).toBeNull();
    // postings that do not cover every word once
    const at = new Int32Array(built.postingStarts);
    at[at.length - 1] = built.ids.length - 1;
    expect(decodeBookIndex({ ...stored, postingStarts: new Uint8Array(at.buffer) }, TEXT.length)).toBeNull();
    const backwards = new Int32Array(built.postingStarts);
    backwards[1] = built.ids.length;
    expect(
      decodeBookIndex({ ...stored, postingStarts: new Uint8Array(backwards.buffer) }, TEXT.length),
    ).toBeNull();
    // arrays of different lengths
    expect(decodeBookIndex({ ...stored, ids: stored.ids.subarray(4) }, TEXT.length)).toBeNull();
  });
});

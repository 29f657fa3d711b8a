import { describe, expect, it } from 'vitest';
import { buildBookIndex } from '../../src/check/locate/book-index.js';
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
    expect(back.postings.map((p) => [...p])).toEqual(built.postings.map((p) => [...p]));
    expect([...back.idOf]).toEqual([...built.idOf]);
    // "sea" three times, at its three positions
    const sea = back.idOf.get('sea')!;
    expect(back.postings[sea]!.length).toBe(3);
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
    // an id with no form
    const ids = new Int32Array(built.ids);
    ids[0] = built.vocab.length + 5;
    expect(decodeBookIndex({ ...stored, ids: new Uint8Array(ids.buffer) }, TEXT.length)).toBeNull();
  });
});

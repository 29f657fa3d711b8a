/**
 * The writer's frame around a set-off line (src/check/extract/frame.ts): a sentence that credits
 * the line above is the writer's, never a quotation of its own.
 */
import { describe, expect, it } from 'vitest';
import { listDashPrefix } from '../../src/check/extract/list-dash.js';
import { isCreditSentence } from '../../src/check/extract/trailer.js';

describe('isCreditSentence', () => {
  it('reads “Spoken by …” lines, however the study guide words them', () => {
    // probe round AA3: "Spoken by Dick (Pompously)." was reported as a quotation credited to "Pompously"
    expect(isCreditSentence('Spoken by Dick (Pompously).')).toBe(true);
    expect(isCreditSentence('This line is spoken by Maury to Dick.')).toBe(true);
    expect(isCreditSentence('These lines were uttered by Mr. Knightley when he…')).toBe(true);
    expect(isCreditSentence('Said by the captain, in the storm.')).toBe(true);
  });
  it('leaves the book’s own lines and the writer’s other sentences alone', () => {
    expect(isCreditSentence('Spoken like a true friend, Ruth.')).toBe(false);
    expect(isCreditSentence('The water is never kind.')).toBe(false);
    expect(isCreditSentence('He said by way of an answer that the tide was in.')).toBe(false);
  });
});

describe('listDashPrefix', () => {
  const prefix = (line: string) => {
    const p = listDashPrefix(line, { start: 0, end: line.length });
    return p ? [line.slice(p.speaker.start, p.speaker.end), line.slice(p.bodyStart)] : null;
  };
  it('reads the speaker, a name or a person described, before a spaced dash', () => {
    expect(prefix('Eeyore — I am not asking anybody.')).toEqual(['Eeyore', 'I am not asking anybody.']);
    expect(prefix('My brother — Go back to the chaise')).toEqual(['My brother', 'Go back to the chaise']);
    expect(prefix('Christopher Robin -- We are all going')).toEqual([
      'Christopher Robin',
      'We are all going',
    ]);
  });
  it('leaves the writer’s asides and words that are no name alone', () => {
    expect(prefix('Darcy — proud as ever — turns away')).toBeNull();
    expect(prefix('Yes — he said so')).toBeNull();
    expect(prefix('Darcy—proud')).toBeNull();
  });
});

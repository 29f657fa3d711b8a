/**
 * The writer's frame around a set-off line (src/check/extract/frame.ts): a sentence that credits
 * the line above is the writer's, never a quotation of its own.
 */
import { describe, expect, it } from 'vitest';
import { isCreditSentence } from '../../src/check/extract/frame.js';

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

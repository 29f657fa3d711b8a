/**
 * Line and column derived on demand from offsets. One index per text; every place that shows a
 * person "line 12, column 4" goes through here, so there is never a second coordinate system.
 * Lines break at \n, \r\n and lone \r (as editors count them). Lines and columns are 1-based for
 * display; columns count UTF-16 code units, like every offset in Verbatim.
 */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is always 0. */
  private readonly lineStarts: Uint32Array;

  constructor(private readonly text: string) {
    const starts: number[] = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = Uint32Array.from(starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line and column of an offset (an offset equal to text.length is allowed: end of text). */
  locate(offset: number): LineColumn {
    if (offset < 0 || offset > this.text.length) {
      throw new RangeError(`offset ${offset} is outside the text (0..${this.text.length})`);
    }
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /** Offset of a 1-based line and column. */
  offsetOf(pos: LineColumn): number {
    const start = this.lineStarts[pos.line - 1];
    if (start === undefined) throw new RangeError(`line ${pos.line} is outside the text`);
    return start + pos.column - 1;
  }
}

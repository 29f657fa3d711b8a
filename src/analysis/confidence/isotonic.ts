/**
 * Isotonic regression (pool adjacent violators): the best non-decreasing step from a raw score to
 * the share of right answers. Used to calibrate speaker confidence (index.ts): a rule's raw
 * confidence orders its answers well but does not say how often they are right.
 */

/** A non-decreasing curve through knots; between knots it is linear, outside them flat. */
export interface Curve {
  /** Raw scores, increasing. */
  x: number[];
  /** Calibrated values at x, non-decreasing. */
  y: number[];
}

/** One observation: a raw score and whether the answer was right. */
export interface Observation {
  raw: number;
  ok: boolean;
}

/**
 * Fits the curve. Each pooled block becomes one knot at its mean raw score, valued with add-one
 * smoothing ((right + 1) / (n + 2)): a block of 40 right answers out of 40 is not a certainty, and
 * no speaker the analysis infers should read as 1.00.
 */
export function fitIsotonic(points: readonly Observation[]): Curve {
  const sorted = [...points].sort((a, b) => a.raw - b.raw);
  // Blocks of equal raw score first: ties must share one value.
  const blocks: { sumX: number; right: number; n: number }[] = [];
  for (const p of sorted) {
    const last = blocks[blocks.length - 1];
    // Equal up to rounding (0.95 and 0.95 × 1.0000000001 are one score; the map stores 4 decimals).
    if (last && round4(last.sumX / last.n) === round4(p.raw)) {
      last.sumX += p.raw;
      last.right += p.ok ? 1 : 0;
      last.n++;
    } else blocks.push({ sumX: p.raw, right: p.ok ? 1 : 0, n: 1 });
  }
  // Pool adjacent violators.
  const stack: { sumX: number; right: number; n: number }[] = [];
  for (const b of blocks) {
    stack.push({ ...b });
    while (stack.length >= 2) {
      const top = stack[stack.length - 1]!;
      const below = stack[stack.length - 2]!;
      if (below.right / below.n < top.right / top.n) break;
      stack.pop();
      below.sumX += top.sumX;
      below.right += top.right;
      below.n += top.n;
    }
  }
  // Smoothing pulls a small block down more than a large one; a running maximum keeps the curve
  // non-decreasing, as the pooled means are.
  const y: number[] = [];
  for (const b of stack) y.push(Math.max(y[y.length - 1] ?? 0, round4((b.right + 1) / (b.n + 2))));
  return { x: stack.map((b) => round4(b.sumX / b.n)), y };
}

/** The curve's value at `raw`. */
export function evaluateCurve(curve: Curve, raw: number): number {
  const { x, y } = curve;
  if (x.length === 0) return raw;
  if (raw <= x[0]!) return y[0]!;
  if (raw >= x[x.length - 1]!) return y[y.length - 1]!;
  let lo = 0;
  let hi = x.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (x[mid]! <= raw) lo = mid;
    else hi = mid;
  }
  const t = (raw - x[lo]!) / (x[hi]! - x[lo]!);
  return y[lo]! + t * (y[hi]! - y[lo]!);
}

function round4(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}

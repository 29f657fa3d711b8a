import { VerbatimError } from '../../errors.js';

/** A whole number of at least `min` from an option, or a usage error naming the option. */
export function wholeNumberOption(
  value: string | undefined,
  name: string,
  fallback: number,
  min = 1,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new VerbatimError('usage', `${name} must be a whole number of at least ${min}, not "${value}"`);
  }
  return n;
}

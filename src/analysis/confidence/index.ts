/**
 * Calibrated speaker confidence: the raw confidence of the rule or ranker that chose a speaker, mapped
 * through its family's isotonic curve (fitted by `npm run calibrate:speakers` on PDNC under
 * leave-one-novel-out, eval/results/calibration.md) so that a speaker given 0.9 is right about 90% of
 * the time on novels not trained on. Only the number moves; the speaker chosen never does.
 */
import committed from './calibration.json' with { type: 'json' };
import { type CalibrationFamily, calibrationFamily } from './families.js';
import { type Curve, evaluateCurve } from './isotonic.js';

export { CALIBRATION_FAMILIES, type CalibrationFamily, calibrationFamily } from './families.js';
export { type Curve, evaluateCurve, fitIsotonic, type Observation } from './isotonic.js';

export interface CalibrationMap {
  /** A curve per family with enough training answers; others use `pooled`. */
  families: Partial<Record<CalibrationFamily, Curve>>;
  /** Fitted on every answer together. */
  pooled: Curve;
  /** How it was made (for the reader of calibration.json). */
  fittedOn: string;
}

/** The committed map (src/analysis/confidence/calibration.json). */
export const DEFAULT_CALIBRATION: CalibrationMap = committed as CalibrationMap;

/** The calibrated confidence of an answer by rule `rule` with raw confidence `raw`. */
export function calibrateConfidence(
  rule: string,
  raw: number,
  map: CalibrationMap | null = DEFAULT_CALIBRATION,
): number {
  if (!map) return raw;
  return evaluateCurve(map.families[calibrationFamily(rule)] ?? map.pooled, raw);
}

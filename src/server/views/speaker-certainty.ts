/**
 * When the reader and the world page show a speaker as uncertain, and the words of its evidence.
 * The confidence is calibrated (src/analysis/confidence; eval/results/calibration.md): a speaker given
 * c is right about c of the time on novels the calibration was not fitted on.
 */
import type { RunnerUp } from '../../analysis/types.js';
import type { Span } from '../../book/span.js';

/** How each kind of rule (DialogueQuote.rule) found the speaker, in a reader's words. */
function ruleWords(rule: string): string {
  if (rule === 'ranker') return 'the speaker model, weighing the people near the line';
  if (rule === 'decode/sequence') return 'the conversation read as a whole: who answers whom, turn by turn';
  if (rule === 'last-resort') return 'a guess: the character named last before the line';
  if (rule === 'turn/vocative') return 'the line before addresses them by name';
  if (rule === 'turn/answered') return 'the next line answers them by name';
  if (rule === 'turn/recent-named') return 'a guess: the character named most recently in the conversation';
  if (rule.startsWith('turn/')) return 'turn-taking: the speakers of the conversation alternate';
  if (rule.startsWith('beat/')) return 'an action beat: the narration beside the line names them';
  return 'a speech tag';
}

/**
 * Other speakers worth naming beside an unsure one: the model gives them at least this probability
 * (the checker lets a writer's credit agree with such a second choice, src/check/attribute/thresholds.ts).
 */
const SHOWN_RUNNER_UP_MIN = 0.2;

/**
 * The evidence for a speaker in one line, for a title attribute: how it was found, the tag's words
 * where a tag decided (`tagSpan` into `text`), the rule id and the confidence, then the other
 * speakers the model found nearly as likely ("perhaps Mr. Darcy, 0.31"), named through `nameOf`.
 */
export function speakerEvidence(
  text: string,
  q: {
    speaker: string | null;
    confidence?: number;
    rule?: string;
    tagSpan?: Span;
    runnersUp?: readonly RunnerUp[];
  },
  nameOf: (id: string) => string = (id) => id,
): string | null {
  if (q.speaker === null || q.rule === undefined) return null;
  const tag = q.tagSpan ? text.slice(q.tagSpan.start, q.tagSpan.end).replace(/\s+/g, ' ').trim() : '';
  const how = tag ? `${ruleWords(q.rule)}: “${tag}”` : ruleWords(q.rule);
  const confidence = q.confidence === undefined ? '' : `, confidence ${q.confidence.toFixed(2)}`;
  const others = (q.runnersUp ?? [])
    .filter((r) => r.probability >= SHOWN_RUNNER_UP_MIN)
    .map((r) => `${nameOf(r.speaker)}, ${r.probability.toFixed(2)}`);
  const perhaps = others.length ? `; perhaps ${others.join('; or ')}` : '';
  return `${how} (${q.rule}${confidence})${perhaps}`;
}

import type { CheckResult } from '../../../server/api-types.js';
import { ApiError } from '../../api.js';

/** One essay of a class set: checked (its result), failed (why), or still waiting. */
export interface ClassSetEntry {
  file: File;
  result: CheckResult | null;
  error: string | null;
}

/**
 * The summary of several essays checked at once, the same columns as `verbatim check a.md b.md …`:
 * quotations, not found, altered, wrong speaker, result. An essay's name opens its full report.
 */
export function ClassSetTable({
  entries,
  open,
  onOpen,
}: {
  entries: ClassSetEntry[];
  open: number | null;
  onOpen: (i: number) => void;
}) {
  const done = entries.filter((e) => e.result || e.error).length;
  const attention = entries.filter((e) => e.result?.summary.hasProblems).length;
  const failed = entries.filter((e) => e.error).length;
  return (
    <section class="class-set" aria-label="Class set">
      <p data-testid="class-set-status" aria-live="polite">
        {done < entries.length
          ? `Checking ${done + 1} of ${entries.length}…`
          : `Checked ${entries.length} essays: ${attention} need${attention === 1 ? 's' : ''} attention${failed ? `, ${failed} could not be checked` : ''}.`}
      </p>
      <table class="class-set-table">
        <thead>
          <tr>
            <th scope="col">essay</th>
            <th scope="col">quotations</th>
            <th scope="col">not found</th>
            <th scope="col">altered</th>
            <th scope="col">wrong speaker</th>
            <th scope="col">result</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => {
            const s = e.result?.summary;
            return (
              <tr key={`${i}-${e.file.name}`} class={i === open ? 'open' : undefined}>
                <th scope="row">
                  {e.result ? (
                    <button type="button" class="link" aria-pressed={i === open} onClick={() => onOpen(i)}>
                      {e.file.name}
                    </button>
                  ) : (
                    e.file.name
                  )}
                </th>
                <td>{s ? s.quotations : ''}</td>
                <td>{s ? (s.byVerdict.not_found ?? 0) : ''}</td>
                <td>{s ? (s.byVerdict.altered ?? 0) : ''}</td>
                <td>{s ? (s.byAttribution.contradicted ?? 0) : ''}</td>
                <td>
                  {e.error
                    ? `could not be checked: ${e.error}`
                    : s
                      ? s.hasProblems
                        ? 'needs attention'
                        : 'ok'
                      : 'waiting'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** What to show for an essay whose check failed: the server's message and hint. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.hint ? `${e.message} (${e.hint})` : e.message;
  return e instanceof Error ? e.message : String(e);
}

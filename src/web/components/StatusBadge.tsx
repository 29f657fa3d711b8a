import type { AnalysisStatus } from '../../server/api-types.js';

const LABELS: Record<AnalysisStatus, string> = {
  none: 'not analysed',
  running: 'analysing…',
  done: 'analysed',
  failed: 'analysis failed',
};

export function StatusBadge({ status, error }: { status: AnalysisStatus; error: string | null }) {
  return (
    <span class={`status status-${status}`} title={error ?? undefined}>
      {LABELS[status]}
      {status === 'failed' && error ? <span class="status-reason">: {error}</span> : null}
    </span>
  );
}

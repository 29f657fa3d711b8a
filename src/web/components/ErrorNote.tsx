import { ApiError } from '../api.js';

/** A failure shown in the page: what went wrong and, when known, what to do. */
export function ErrorNote({ error, title }: { error: unknown; title?: string }) {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof ApiError ? error.hint : null;
  return (
    <div class="error-note" role="alert">
      <strong>{title ?? 'Something went wrong'}:</strong> {message}
      {hint ? <div class="hint">{hint}</div> : null}
    </div>
  );
}

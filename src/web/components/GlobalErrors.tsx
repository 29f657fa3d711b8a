import { useEffect, useState } from 'preact/hooks';

/** Errors that escape every handler (a failed promise somewhere) still reach the page. */
export function GlobalErrors() {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const onError = (e: ErrorEvent) => setMessage(e.message);
    const onRejection = (e: PromiseRejectionEvent) =>
      setMessage(e.reason instanceof Error ? e.reason.message : String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);
  if (!message) return null;
  return (
    <div class="error-note global" role="alert">
      {message}{' '}
      <button type="button" onClick={() => setMessage(null)}>
        Dismiss
      </button>
    </div>
  );
}

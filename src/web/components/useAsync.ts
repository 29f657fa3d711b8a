import { useCallback, useEffect, useState } from 'preact/hooks';

export type Async<T> =
  | { state: 'loading'; value: null; error: null }
  | { state: 'ok'; value: T; error: null }
  | { state: 'error'; value: null; error: unknown };

/** Runs an async loader when its key changes; `reload` runs it again. Stale answers are dropped. */
export function useAsync<T>(load: () => Promise<T>, key: string): [Async<T>, () => void] {
  const [result, setResult] = useState<Async<T>>({ state: 'loading', value: null, error: null });
  const [tick, setTick] = useState(0);
  // `key` names what `load` depends on, so `load` itself is left out of the dependencies.
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setResult({ state: 'ok', value, error: null }),
      (error: unknown) => live && setResult({ state: 'error', value: null, error }),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return [result, reload];
}

/** How often a page whose data waits on the book's analysis asks again while it runs. */
const ANALYSIS_POLL_MS = 1500;

/**
 * Data that depends on the book's analysis (world, style, character pages): loaded, then loaded again
 * every ANALYSIS_POLL_MS while the answer says the analysis is `running`.
 */
export function useAnalysedView<T extends { status: string }>(load: () => Promise<T>, key: string): Async<T> {
  const [view, reload] = useAsync(load, key);
  const running = view.value?.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(reload, ANALYSIS_POLL_MS);
    return () => clearInterval(timer);
  }, [running, reload]);
  return view;
}

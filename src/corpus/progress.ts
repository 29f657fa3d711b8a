/**
 * Progress on stderr: a bar redrawn in place on a terminal, else one plain line per finished book
 * (logs of a cluster job are files, and `\r` redraws make them unreadable).
 */
export interface ProgressOptions {
  total: number;
  isTTY: boolean;
  write: (s: string) => void;
  now?: () => number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started: number;
  private readonly now: () => number;
  private drawn = false;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now() / 1000);
    this.started = this.now();
  }

  /** Books per minute so far and the time left at that pace. */
  private pace(): { perMinute: number; eta: number } {
    const elapsed = this.now() - this.started;
    const perMinute = elapsed > 0 ? (this.done * 60) / elapsed : 0;
    const left = this.options.total - this.done;
    return { perMinute, eta: this.done > 0 ? (left * elapsed) / this.done : Number.NaN };
  }

  /** A book finished: `error` is the reason it failed, or undefined when it was analysed. */
  book(file: string, error?: string): void {
    this.done++;
    if (error !== undefined) this.failed++;
    const { total, isTTY, write } = this.options;
    const { perMinute, eta } = this.pace();
    const failed = this.failed > 0 ? `, ${this.failed} failed` : '';
    const stats = `${this.done}/${total} books${failed}, ${perMinute.toFixed(1)} books/min, ETA ${formatDuration(eta)}`;
    const outcome = error === undefined ? `ok ${file}` : `failed ${file}: ${error}`;
    if (!isTTY) {
      write(`[${this.done}/${total}] ${outcome} (${stats})\n`);
      return;
    }
    // A failure stays on screen above the bar; a success only moves the bar.
    if (error !== undefined) write(`\r\x1b[2K${outcome}\n`);
    const width = 24;
    const filled = Math.round((this.done / Math.max(total, 1)) * width);
    write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${stats}`);
    this.drawn = true;
  }

  end(): void {
    if (this.drawn) this.options.write('\n');
  }
}

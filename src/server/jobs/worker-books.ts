import type { AnalysisLike } from '../deps.js';

/**
 * The pool's record of which books one worker holds, so it knows what to send and what to tell the
 * worker to drop. The bound is on book text characters (what the word index grows with), not on a
 * count: two 2 MB novels cost what ten short ones do. The book being checked is always kept, even if
 * it alone is over the bound.
 */
export class WorkerBooks {
  /** Least recently used first. */
  private held: { id: string; characters: number; analysis: AnalysisLike | null }[] = [];

  constructor(private readonly maxCharacters: number) {}

  /**
   * Records that the next check is against this book. Says whether the worker needs the book sent
   * (it does not hold it), whether its analysis is new to the worker, and which books to drop.
   */
  use(
    id: string,
    characters: number,
    analysis: AnalysisLike | null,
  ): { sendBook: boolean; sendAnalysis: boolean; drop: string[] } {
    const at = this.held.findIndex((b) => b.id === id);
    const previous = at >= 0 ? this.held.splice(at, 1)[0]! : null;
    this.held.push({ id, characters, analysis });
    const drop: string[] = [];
    let total = this.held.reduce((sum, b) => sum + b.characters, 0);
    while (total > this.maxCharacters && this.held.length > 1) {
      const dropped = this.held.shift()!;
      total -= dropped.characters;
      drop.push(dropped.id);
    }
    return {
      sendBook: previous === null,
      sendAnalysis: previous === null || previous.analysis !== analysis,
      drop,
    };
  }

  holds(id: string): boolean {
    return this.held.some((b) => b.id === id);
  }

  /** The worker was replaced: it holds nothing. */
  clear(): void {
    this.held = [];
  }
}

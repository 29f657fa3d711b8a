/** One line of corpus.csv: what a digital humanist wants about each book at a glance. */
export interface CorpusRow {
  /** Path relative to the corpus folder. */
  file: string;
  /** Book id (first 12 hex digits of the file's SHA-256); also the book's output folder. '' if unread. */
  id: string;
  title: string;
  author: string;
  words: number | null;
  chapters: number | null;
  characters: number | null;
  quotations: number | null;
  /** Words inside quotations / all words, 0..1. */
  dialogueShare: number | null;
  /** Seconds the analysis took (reading the file, analysing it, writing the outputs). */
  seconds: number | null;
  /** `ok`; `failed` (see `error`); `duplicate` (same bytes as the file in `error`). */
  status: 'ok' | 'failed' | 'duplicate';
  error: string;
}

export const CSV_COLUMNS = [
  'file',
  'id',
  'title',
  'author',
  'words',
  'chapters',
  'characters',
  'quotations',
  'dialogue_share',
  'seconds',
  'status',
  'error',
] as const;

export function failedRow(file: string, id: string, error: string): CorpusRow {
  return {
    file,
    id,
    title: '',
    author: '',
    words: null,
    chapters: null,
    characters: null,
    quotations: null,
    dialogueShare: null,
    seconds: null,
    status: 'failed',
    error,
  };
}

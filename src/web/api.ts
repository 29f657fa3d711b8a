import type {
  AnalysisState,
  ApiErrorBody,
  BookDetail,
  BookListItem,
  CheckResult,
  MotifsResult,
  Passage,
  SearchResult,
  SimilarResult,
  StyleView,
  TermsResult,
  VoicesView,
  World,
} from '../server/api-types.js';

/** An error the server reported (or a network failure), with what to show the person. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint: string | null = null,
    readonly status = 0,
  ) {
    super(message);
  }
}

async function errorFrom(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as Partial<ApiErrorBody>;
    if (body.error) return new ApiError(body.error.code, body.error.message, body.error.hint, res.status);
  } catch {
    // not JSON: fall through
  }
  return new ApiError('http', `The server answered ${res.status} ${res.statusText}.`, null, res.status);
}

async function request(path: string, init?: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError('network', 'Cannot reach the Verbatim server.', 'Is `verbatim serve` still running?');
  }
  if (!res.ok) throw await errorFrom(res);
  return res;
}

async function json<T>(path: string, init?: RequestInit): Promise<T> {
  return (await (await request(path, init)).json()) as T;
}

const enc = encodeURIComponent;

export const api = {
  books: () => json<BookListItem[]>('/api/books'),
  book: (id: string) => json<BookDetail>(`/api/books/${enc(id)}`),
  removeBook: (id: string) => json<{ removed: string }>(`/api/books/${enc(id)}`, { method: 'DELETE' }),
  analysis: (id: string) => json<AnalysisState>(`/api/books/${enc(id)}/analysis`),
  reanalyse: (id: string) => json<AnalysisState>(`/api/books/${enc(id)}/analysis`, { method: 'POST' }),
  passage: (id: string, start: number, end: number) =>
    json<Passage>(`/api/books/${enc(id)}/passage?start=${start}&end=${end}`),
  search: (id: string, q: string) => json<SearchResult>(`/api/books/${enc(id)}/search?q=${enc(q)}`),
  world: (id: string) => json<World>(`/api/books/${enc(id)}/world`),
  profile: (id: string) => json<StyleView>(`/api/books/${enc(id)}/profile`),
  voices: (id: string) => json<VoicesView>(`/api/books/${enc(id)}/voices`),
  terms: (id: string, terms: readonly string[]) =>
    json<TermsResult>(`/api/books/${enc(id)}/terms?${terms.map((t) => `q=${enc(t)}`).join('&')}`),
  motifs: (id: string) => json<MotifsResult>(`/api/books/${enc(id)}/motifs`),
  similar: (id: string) => json<SimilarResult>(`/api/books/${enc(id)}/similar`),
  check: (id: string, review: ReviewInput) =>
    json<CheckResult>(`/api/books/${enc(id)}/check`, checkInit(review)),
  /** The report as the CLI writes it (`html` or `json`), for download. */
  checkFile: async (id: string, review: ReviewInput, as: 'html' | 'json') =>
    (await request(`/api/books/${enc(id)}/check?as=${as}`, checkInit(review))).blob(),
};

export type ReviewInput =
  | { kind: 'text'; text: string; format: 'txt' | 'md' | 'html' }
  | { kind: 'file'; file: File };

function checkInit(review: ReviewInput): RequestInit {
  if (review.kind === 'text') {
    return {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: review.text, format: review.format }),
    };
  }
  const form = new FormData();
  form.append('file', review.file);
  return { method: 'POST', body: form };
}

/**
 * Uploads a book with progress (fetch cannot report upload progress; XMLHttpRequest can).
 * `onProgress` gets the fraction sent; when everything is sent the server is loading the book.
 */
export function uploadBook(file: File, onProgress: (sent: number) => void): Promise<BookListItem> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/books');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () =>
      reject(new ApiError('network', 'The upload failed: the server could not be reached.'));
    xhr.onload = () => {
      const body = xhr.response as (BookListItem & Partial<ApiErrorBody>) | null;
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body);
      else if (body?.error)
        reject(new ApiError(body.error.code, body.error.message, body.error.hint, xhr.status));
      else reject(new ApiError('http', `The server answered ${xhr.status}.`, null, xhr.status));
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Book } from '../../src/book/types.js';
import { loadBookBytes } from '../../src/formats/load.js';
import { createApp } from '../../src/server/app.js';
import type { AnalysisLike, AnalysisRunner, CheckerPort, ServerLimits } from '../../src/server/deps.js';
import { Library } from '../../src/store/library.js';

export const FIXTURE_BOOK = path.resolve(import.meta.dirname, '../e2e/fixtures/the-salt-road.txt');

/** An analysis of the fixture book written by hand, so route tests do not depend on the analyser. */
export function handAnalysis(book: Book): AnalysisLike {
  const offsets = (name: string) => [...book.text.matchAll(new RegExp(name, 'g'))].map((m) => m.index);
  const character = (id: string, name: string, aliases: string[]) => {
    const mentionOffsets = offsets(name);
    return {
      id,
      name,
      aliases,
      gender: 'unknown',
      mentions: mentionOffsets.length,
      mentionOffsets,
      firstAppearance: mentionOffsets[0] ?? 0,
    };
  };
  const quotes = [...book.text.matchAll(/"([^"]+)"[^"\n]*?said (Ada|Tom|Mrs\. Pell)/g)].map((m) => {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    const speaker = m[2] === 'Ada' ? 'c0' : m[2] === 'Tom' ? 'c1' : 'c2';
    return { start, end, parts: [{ start, end }], speaker, addressees: [] as string[] };
  });
  return {
    version: 'test',
    characters: [
      character('c0', 'Ada', ['Ada', 'Ada Finch']),
      character('c1', 'Tom', ['Tom', 'Tom Reyes']),
      character('c2', 'Mrs. Pell', ['Mrs. Pell']),
    ],
    quotes,
    places: [
      { name: 'Harrowgate', mentions: offsets('Harrowgate').length, mentionOffsets: offsets('Harrowgate') },
    ],
  };
}

/** A checker stand-in for tests that exercise the route, not the checker. */
export const echoChecker: CheckerPort = {
  check: (text) => ({
    quotes: [],
    summary: { quotations: 0, byVerdict: {}, byAttribution: {}, hasProblems: false },
    text,
  }),
  checkTo: async (_as, review) =>
    JSON.stringify({
      quotes: [],
      summary: { quotations: 0, byVerdict: {}, byAttribution: {}, hasProblems: false },
      text: review.text,
    }),
  toJson: (report) => report,
  toView: (report) => report,
  toHtml: () => '<!doctype html><title>report</title>',
  readReview: async (bytes) => ({ text: new TextDecoder().decode(bytes), format: 'txt' }),
};

export interface Harness {
  app: ReturnType<typeof createApp>['app'];
  analyses: ReturnType<typeof createApp>['analyses'];
  library: Library;
  dataDir: string;
  upload(name: string, bytes: Uint8Array | string, origin?: string): Promise<Response>;
  addFixture(): Promise<string>;
  close(): void;
}

export function makeHarness(
  options: { analyze?: AnalysisRunner; checker?: CheckerPort; limits?: Partial<ServerLimits> } = {},
): Harness {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'verbatim-server-'));
  const library = Library.open(dataDir);
  const { app, analyses } = createApp({
    library,
    loadBookBytes: (bytes, filename) => loadBookBytes(bytes, filename),
    analyze: options.analyze ?? (async (book) => handAnalysis(book)),
    analysisVersion: 'test',
    checker: options.checker ?? echoChecker,
    webRoot: null,
    log: () => {},
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const upload = async (name: string, bytes: Uint8Array | string, origin?: string) => {
    const form = new FormData();
    form.append('file', new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name));
    return app.request('http://127.0.0.1/api/books', {
      method: 'POST',
      body: form,
      headers: origin ? { origin } : {},
    });
  };
  return {
    app,
    analyses,
    library,
    dataDir,
    upload,
    addFixture: async () => {
      const res = await upload('the-salt-road.txt', readFileSync(FIXTURE_BOOK));
      if (res.status !== 201) throw new Error(`fixture upload failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    close: () => {
      library.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

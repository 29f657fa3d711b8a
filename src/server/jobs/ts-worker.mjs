// Worker entry used when Verbatim runs from its TypeScript source (tests, `tsx`): a worker thread
// does not inherit the parent's loader, so the .ts worker named in workerData is loaded through tsx.
// From dist/ the compiled .js workers are started directly and this file is not used.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);

// Worker entry used when Verbatim runs from its TypeScript source (tests, `tsx`): a worker thread
// does not inherit the parent's loader, so load the .ts worker through tsx here. From dist/ the
// compiled analysis-worker.js is started directly and this file is not used.
import { tsImport } from 'tsx/esm/api';

await tsImport('./analysis-worker.ts', import.meta.url);

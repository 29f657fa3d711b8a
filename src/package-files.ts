import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the package's own files are at run time: worker scripts, the web front end, package.json.
 *
 * This module is the one place that asks `import.meta.url`. It sits one folder below the package
 * root in each of the three forms the code runs in: `src/package-files.ts` (tests run the
 * TypeScript through tsx), `dist/package-files.js` (tsc's output: the library, the workers) and
 * `dist/verbatim.cjs` (the CLI bundle, scripts/bundle-cli.mjs, where esbuild gives `import.meta.url`
 * the bundle's own URL). So a path from the package root found here is right in all three, and a
 * module can move without breaking one.
 */
const ROOT = new URL('../', import.meta.url);

/** True when running the TypeScript sources (tests), false from dist/ or the CLI bundle. */
export const fromSource = import.meta.url.endsWith('.ts');

/** The absolute path of a file of the package, given from the package root ('dist/web'). */
export function packagePath(relative: string): string {
  return path.normalize(fileURLToPath(new URL(relative, ROOT)));
}

/**
 * The absolute path of one of the package's modules ('corpus/worker'): src/….ts when running from
 * source, dist/….js otherwise, as a worker or child process must be started from a file.
 */
export function modulePath(module: string): string {
  return packagePath(fromSource ? `src/${module}.ts` : `dist/${module}.js`);
}

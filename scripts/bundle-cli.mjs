// Bundles the CLI (tsc's dist/cli/main.js and everything it imports) into one CommonJS file,
// dist/verbatim.cjs, which bin/verbatim loads with V8's code cache (bin/verbatim says why).
// Run by `npm run build` after tsc. The library (dist/index.js) and the worker scripts stay as tsc
// writes them: the bundle starts workers from dist/ (src/package-files.ts).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

// The dependencies stay in node_modules, loaded when a command needs them (the SQLite binding is
// native; hono, zod, mammoth, htmlparser2… are needed by few commands, and bundled they made every
// command's code cache larger: a one-shot check 0.62 s against 0.55 s). Commander is bundled: every
// command parses its arguments with it.
const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const external = Object.keys(dependencies).filter((name) => name !== 'commander');

const result = await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/verbatim.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external,
  // src/package-files.ts is the one module that asks its own URL, and it sits one folder below the
  // package root, as the bundle does.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`dist/verbatim.cjs: ${Math.round(bytes / 1024)} KB`);

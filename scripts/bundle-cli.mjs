// Bundles the CLI (tsc's dist/cli/main.js and everything it imports) into one CommonJS file,
// dist/verbatim.cjs, which bin/verbatim loads with V8's code cache (bin/verbatim says why).
// Run by `npm run build` after tsc. The library (dist/index.js) and the worker scripts stay as tsc
// writes them: the bundle starts workers from dist/ (src/package-files.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

// The dependencies stay in node_modules, loaded when a command needs them (the SQLite binding is
// native; hono, zod, mammoth, htmlparser2… are needed by few commands, and bundled they made every
// command's code cache larger: a one-shot check 0.62 s against 0.55 s). Commander is bundled: every
// command parses its arguments with it.
const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const external = Object.keys(dependencies).filter((name) => name !== 'commander');

// Commander requires child_process when it loads, for executable subcommands, which Verbatim has none
// of; loading it (with net, dgram and Node's streams) cost ~10 ms of every command. In the bundle
// commander gets a stand-in that loads the real module on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/')
        ? { path: 'child_process', namespace: 'lazy' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents:
        "let real; module.exports = { spawn: (...args) => (real ??= require('node:child_process')).spawn(...args) };",
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/verbatim.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  charset: 'ascii',
  // bin/verbatim runs the bundle as a vm.Script, which has no loader for import(): a dynamic import
  // of a dependency ("mammoth" for a DOCX review) becomes a require, as Node >= 20.19 loads ES
  // modules with it too.
  //
  // esbuild (0.28) writes a regular-expression literal holding a Unicode property escape (/\p{L}/u)
  // as `new RegExp("\\p{L}", "u")` for Node 20, which has them: inside a function that makes a new
  // pattern on every call (986 of them in the bench's one-shot check) where a literal is made once.
  supported: { 'dynamic-import': false, 'regexp-unicode-property-escapes': true },
  external,
  // src/package-files.ts is the one module that asks its own URL, and it sits one folder below the
  // package root, as the bundle does.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  plugins: [lazyChildProcess],
});

// bin/verbatim reads the bundle as Latin-1, which takes half the time of decoding UTF-8 (~8 ms of
// every command), so the bundle must be ASCII. esbuild's `charset: 'ascii'` escapes strings and
// identifiers but leaves regular-expression literals and comments as written: their characters
// are escaped here. \uXXXX means the same character in a string, a template (String.raw ones
// here are all regexp sources, where the escape means it too) and a regexp, with or without the u
// flag (an astral character becomes its surrogate pair, which a u-flag pattern reads as one).
const outfile = 'dist/verbatim.cjs';
const code = readFileSync(outfile, 'utf8');
const escapedAfterBackslash = /\\[^ -~\t\n\r]/.exec(code);
if (escapedAfterBackslash) {
  // "\’" in a regexp would become "\\u2019", a backslash and "u2019": write the character unescaped
  const line = code.slice(0, escapedAfterBackslash.index).split('\n').length;
  throw new Error(`${outfile}:${line}: a non-ASCII character after a backslash cannot be escaped`);
}
const ascii = code.replace(/[^ -~\t\n\r]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(outfile, ascii);
console.log(`${outfile}: ${Math.round(ascii.length / 1024)} KB`);

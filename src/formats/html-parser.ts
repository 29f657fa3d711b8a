import { createRequire } from 'node:module';
import type { Handler, Parser, ParserOptions } from 'htmlparser2';
import { packagePath } from '../package-files.js';

/**
 * htmlparser2's `Parser`, loaded on first use. Importing the package costs about 35 ms of a command's
 * start-up (bench/cli.bench.ts), and most runs never parse HTML: a check of a Markdown, text or
 * stored essay against a stored book, `list`, `info`. Node ≥ 20.19 (package.json `engines`) loads
 * an ES module with `require`, so every caller stays synchronous.
 */
let ParserClass: typeof Parser | null = null;

export function htmlParser(handler: Partial<Handler>, options?: ParserOptions): Parser {
  ParserClass ??= (createRequire(packagePath('package.json'))('htmlparser2') as typeof import('htmlparser2'))
    .Parser;
  return new ParserClass(handler, options);
}

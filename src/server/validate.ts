import { z } from 'zod';
import { VerbatimError } from '../errors.js';

/** A multipart upload: one file in the form field "file". */
export const UploadForm = z.object({
  file: z.instanceof(File, { message: 'send the file as the form field "file"' }),
});

/** Parses request input with a zod schema; a ZodError goes to the one error handler as a 400. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  return schema.parse(value);
}

/** An uploaded file's extension, checked against what this route accepts. */
export function checkExtension(filename: string, accepted: readonly string[], what: string): string {
  const ext = filename.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (!accepted.includes(ext)) {
    throw new VerbatimError('unsupported_format', `${filename}: a ${what} must be ${listOf(accepted)}.`, {
      hint: 'Pick a file with one of those extensions.',
    });
  }
  return ext;
}

function listOf(exts: readonly string[]): string {
  const names = exts.map((e) => `.${e}`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
}

import { findCharacterByName } from '../../analysis/find-character.js';
import { analysisFor } from '../../analysis/stored.js';
import { VerbatimError } from '../../errors.js';
import { characterVoices } from '../../voices/index.js';
import { renderVoicesText, renderVoiceText } from '../../voices/render.js';
import type { CliIO } from '../context.js';
import { type LoadFlags, loadOptionsOf } from '../options.js';
import { type LibraryOptions, resolveBook } from '../resolve-book.js';

/** `verbatim voices <file-or-id> [character]`: how each character talks (src/voices). */
export async function runVoices(
  io: CliIO,
  arg: string,
  character: string | undefined,
  opts: LibraryOptions & LoadFlags & { format: string; limit: string },
): Promise<void> {
  const { book, library } = await resolveBook(arg, io, { dataDir: opts.dataDir, load: loadOptionsOf(opts) });
  try {
    const { analysis } = analysisFor(book, library);
    const report = characterVoices(book, analysis);
    if (character === undefined) {
      io.stdout(
        opts.format === 'json'
          ? `${JSON.stringify(report)}\n`
          : renderVoicesText(report, Math.max(1, Number(opts.limit) || 12)),
      );
      return;
    }
    const found = findCharacterByName(analysis, character);
    if (!found)
      throw new VerbatimError('not_found', `no character called "${character}" in ${report.title}`, {
        hint: 'see `verbatim analyze` for the characters and their names',
      });
    const voice = report.characters.find((c) => c.id === found.id);
    if (opts.format === 'json') io.stdout(`${JSON.stringify(voice ?? null)}\n`);
    else
      io.stdout(
        voice
          ? `${renderVoiceText(voice)}\n`
          : `${found.name} has no lines in ${report.title} (no quotation is credited to them).\n`,
      );
  } finally {
    library?.close();
  }
}

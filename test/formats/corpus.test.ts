import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/formats/load-text.js';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');
const present = existsSync(path.join(corpus, 'pdnc'));
if (!present) console.log(`corpus not found at ${corpus}: corpus loading test skipped`);

function novelFiles(): string[] {
  const pdnc = readdirSync(path.join(corpus, 'pdnc'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(corpus, 'pdnc', d.name, 'novel_text.txt'));
  const litbank = readdirSync(path.join(corpus, 'litbank/original')).map((f) =>
    path.join(corpus, 'litbank/original', f),
  );
  return [...pdnc, ...litbank].filter((f) => existsSync(f));
}

describe.skipIf(!present)('every corpus novel loads', () => {
  it('is accepted as text, unchanged, with no false Gutenberg split', async () => {
    const files = novelFiles();
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const bytes = readFileSync(file);
      const loaded = await loadText(bytes, file);
      expect(loaded.format, file).toBe('txt');
      // These files have had their Gutenberg matter removed already: nothing may be cut.
      expect(loaded.text === new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), file).toBe(true);
    }
  });
});

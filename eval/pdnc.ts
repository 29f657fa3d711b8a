/**
 * Reader for the Project Dialogism Novel Corpus (PDNC) files: quotation_info.csv and
 * character_info.csv. Only what the speaker evaluation needs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Span } from '../src/book/span.js';
import { parseCsvRecords } from '../src/corpus/csv.js';

export interface GoldQuote {
  id: string;
  parts: Span[];
  speaker: string;
  addressees: string[];
  type: 'Explicit' | 'Anaphoric' | 'Implicit' | 'Other';
}

export interface GoldCharacter {
  id: string;
  name: string;
  aliases: string[];
  gender: string;
  category: 'major' | 'intermediate' | 'minor' | string;
}

export interface PdncNovel {
  name: string;
  dir: string;
  text: string;
  quotes: GoldQuote[];
  characters: GoldCharacter[];
}

/** RFC 4180 CSV (the corpus command's reader), without blank lines. */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).filter((r) => r.length > 1 || r[0] !== '');
}

/** The string literals of a Python set/list literal: `{'Mr. Bennet', "O'Hara"}` → ['Mr. Bennet', "O'Hara"]. */
export function parsePythonStrings(literal: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  for (let m = re.exec(literal); m; m = re.exec(literal)) {
    out.push((m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  }
  return out;
}

function records(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Python offsets count code points; JS strings count UTF-16 units. Map one to the other. */
export function codePointToUtf16(text: string): (cp: number) => number {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return (cp) => cp;
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return (cp) => table[cp] ?? u;
}

export function loadPdncNovel(dir: string): PdncNovel {
  const text = readFileSync(path.join(dir, 'novel_text.txt'), 'utf8');
  const toU = codePointToUtf16(text);
  const quotes: GoldQuote[] = records(path.join(dir, 'quotation_info.csv')).map((r) => {
    const spans = JSON.parse(r.quoteByteSpans || '[]') as [number, number][];
    const t = r.quoteType;
    return {
      id: r.quoteID ?? '',
      parts: spans.map(([s, e]) => ({ start: toU(s), end: toU(e) })),
      speaker: withoutFrameQualifier(r.speaker ?? ''),
      addressees: parsePythonStrings(r.addressees ?? ''),
      type: t === 'Explicit' || t === 'Anaphoric' || t === 'Implicit' ? t : 'Other',
    };
  });
  const characters: GoldCharacter[] = records(path.join(dir, 'character_info.csv')).map((r) => ({
    id: r['Character ID'] ?? '',
    name: withoutFrameQualifier(r['Main Name'] ?? ''),
    aliases: parsePythonStrings(r.Aliases ?? '').map(withoutFrameQualifier),
    gender: r.Gender ?? '',
    category: r.Category ?? '',
  }));
  return { name: path.basename(dir), dir, text, quotes, characters: mergeSameName(characters) };
}

/**
 * PDNC splits one person by narrative frame in some books ("Christopher Robin - External" in the frame
 * story, "Christopher Robin - Story" inside it). It is one character to a reader and to Verbatim, so the
 * frame qualifier is dropped and the two entries become one.
 */
export function withoutFrameQualifier(name: string): string {
  return name.replace(/\s+-\s+(?:External|Story|Frame|Inner|Outer)$/i, '');
}

const CATEGORY_RANK: Record<string, number> = { major: 0, intermediate: 1, minor: 2 };

function mergeSameName(characters: GoldCharacter[]): GoldCharacter[] {
  const byName = new Map<string, GoldCharacter>();
  for (const c of characters) {
    const seen = byName.get(c.name);
    if (!seen) {
      byName.set(c.name, { ...c, aliases: [...c.aliases] });
      continue;
    }
    for (const a of c.aliases) if (!seen.aliases.includes(a)) seen.aliases.push(a);
    if ((CATEGORY_RANK[c.category] ?? 3) < (CATEGORY_RANK[seen.category] ?? 3)) seen.category = c.category;
  }
  return [...byName.values()];
}

export function pdncNovelDirs(corpusDir: string): string[] {
  const root = path.join(corpusDir, 'pdnc');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'novel_text.txt')))
    .map((d) => path.join(root, d.name))
    .sort();
}

/**
 * The novels in both PDNC and LitBank (the corpus README lists them): PDNC folder and LitBank file of
 * the same novel in two editions.
 */
export const PDNC_LITBANK_EDITIONS: readonly (readonly [pdnc: string, litbank: string])[] = [
  ['PrideAndPrejudice', '1342_pride_and_prejudice.txt'],
  ['Persuasion', '105_persuasion.txt'],
  ['NightAndDay', '1245_night_and_day.txt'],
  ['AlicesAdventuresInWonderland', '11_alices_adventures_in_wonderland.txt'],
  ['ARoomWithAView', '2641_a_room_with_a_view.txt'],
  ['TheAgeOfInnocence', '541_the_age_of_innocence.txt'],
  ['DaisyMiller', '208_daisy_miller_a_study.txt'],
];

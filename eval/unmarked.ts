/**
 * `npm run eval:unmarked`: where the bar for "unmarked words are the book's own" should be
 * (src/check/extract/unmarked.ts). Without quote marks, a line or paragraph is a quotation only when
 * it aligns with the book; the writer's own prose about the novel shares names and words with it and
 * must not. Measured here, over the 18 PDNC development novels:
 *
 * - positives: the real quotations of ../shared/corpus/realworld (verbatim and altered, as pages
 *   wrote them), and passages of one to three sentences sampled from each novel, as written and
 *   lightly altered (one word in twelve changed);
 * - negatives: prose about the novels written for this evaluation (plot summary, analysis,
 *   paraphrase of famous lines, with the characters' names), paraphrases made by replacing two words
 *   in five of a book passage, and sentences of other novels.
 *
 * Each candidate bar (share of words aligned × longest run) gets its recall and false-positive rate;
 * results go to eval/results/unmarked.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BookEvidence, bookEvidence } from '../src/check/extract/unmarked.js';
import { buildBookIndex } from '../src/check/locate/book-index.js';
import { pick, rng } from './check/plant.js';
import { pdncNovelDirs } from './pdnc.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');

/** Prose about the novels, written for this evaluation: what a review says in its own words. */
const PROSE: Record<string, string[]> = {
  PrideAndPrejudice: [
    'Elizabeth visits Pemberley with the Gardiners and meets Darcy again.',
    'Mr. Darcy tells Elizabeth that he loves her ardently, and she refuses him.',
    'Mrs. Bennet is determined that one of her daughters will marry Mr. Bingley.',
    'When Lydia runs away with Wickham, the whole family is disgraced.',
    'Elizabeth reads the letter again and again, and her opinion of Darcy begins to change.',
    'Mr. Collins proposes to Elizabeth, and when she refuses him he marries Charlotte Lucas instead.',
    'Lady Catherine comes to Longbourn to forbid the engagement, but Elizabeth will not promise anything.',
    'Jane falls ill at Netherfield and Elizabeth walks three miles through the mud to see her.',
    'It is a truth that every reader of this novel knows: Mrs. Bennet wants her daughters married.',
    'Darcy says Elizabeth is tolerable but not handsome enough to tempt him, and she laughs about it with her friends.',
  ],
  AlicesAdventuresInWonderland: [
    'Alice follows the White Rabbit down the rabbit hole and finds herself in a long hall.',
    'The Queen of Hearts orders everyone to be beheaded, but nobody is ever really executed.',
    'At the tea party the Hatter asks a riddle that has no answer.',
    'The Cheshire Cat tells Alice that everyone in Wonderland is mad, including her.',
    'Alice grows so large that she fills the whole house of the White Rabbit.',
    'The Duchess keeps finding morals in everything Alice says.',
    'In the end Alice wakes up on the bank beside her sister and tells her the dream.',
  ],
  WinnieThePooh: [
    'Pooh goes to visit Rabbit, eats too much honey and gets stuck in the front door.',
    'Eeyore has lost his tail, and Pooh finds it at the house of Owl.',
    'Piglet and Pooh track the Woozle around the spinney, following their own footprints.',
    'Christopher Robin leads an expotition to the North Pole with all the animals.',
    'Kanga and Roo come to the Forest, and Rabbit makes a plan to steal Roo.',
  ],
  NorthangerAbbey: [
    'Catherine Morland goes to Bath with the Allens and meets Henry Tilney at a ball.',
    'Isabella Thorpe pretends to be Catherine’s dearest friend while she flirts with Captain Tilney.',
    'At Northanger Catherine imagines that General Tilney murdered his wife.',
    'Henry teases Catherine about the novels she reads, but he reads them too.',
    'The General sends Catherine home alone when he learns she is not rich.',
  ],
  Persuasion: [
    'Anne Elliot was persuaded by Lady Russell to break her engagement to Frederick Wentworth.',
    'Eight years later Captain Wentworth returns a rich man and seems to prefer Louisa Musgrove.',
    'Louisa jumps from the steps at Lyme and falls on the pavement.',
    'Wentworth writes Anne a letter while she talks to Captain Harville about constancy.',
    'Sir Walter Elliot cares more about his looks and his rank than about his daughters.',
  ],
  ARoomWithAView: [
    'Lucy Honeychurch goes to Florence with her cousin Charlotte and meets George Emerson.',
    'Mr. Emerson offers to change rooms so that the ladies can have a view.',
    'George kisses Lucy in a field of violets, and Charlotte sees them.',
    'Back in Surrey Lucy becomes engaged to Cecil Vyse, who treats her like a work of art.',
  ],
  TheAgeOfInnocence: [
    'Newland Archer is engaged to May Welland but falls in love with Ellen Olenska.',
    'Old New York closes ranks against the Countess when she wants a divorce.',
    'May tells Ellen she is pregnant before she is sure, and Ellen leaves for Europe.',
  ],
  MansfieldPark: [
    'Fanny Price is sent to live with her rich relations at Mansfield Park.',
    'Henry Crawford proposes to Fanny and she refuses him, to the anger of Sir Thomas.',
    'The young people put on a play while Sir Thomas is away in Antigua.',
  ],
  SenseAndSensibility: [
    'Marianne falls in love with Willoughby, who leaves her for a rich heiress.',
    'Elinor keeps Lucy Steele’s secret engagement to Edward to herself for months.',
    'Colonel Brandon rescues Marianne and in the end she marries him.',
  ],
  APassageToIndia: [
    'Adela Quested accuses Dr. Aziz of assaulting her in the Marabar Caves.',
    'Mrs. Moore hears the echo in the cave and loses her faith in everything.',
    'Fielding stands by Aziz when the English community turns against him.',
  ],
};

/** Generic review prose that names no novel: intros, glosses, transitions. */
const GENERIC = [
  'This is one of the lines readers remember, and it says a great deal about her.',
  'The wit is all in the timing, and the narrator never explains the joke.',
  'I finally read this novel this month, and I marked more passages than I expected.',
  'Here the author shows us how little the characters understand one another.',
  'The scene is short, but it changes the direction of the whole story.',
  'Which of these quotes is your favourite? Let me know in the comments below.',
];

function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function countWords(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Change one word in `every` (a real writer's slip: another word of the book in its place). */
function alter(s: string, every: number, r: () => number, vocab: string[]): string {
  const words = s.split(' ');
  for (let i = Math.floor(r() * every); i < words.length; i += every) {
    if (/^[\p{L}]+[,.;:!?]?$/u.test(words[i]!))
      words[i] = pick(r, vocab) + (/[,.;:!?]$/.test(words[i]!) ? words[i]!.slice(-1) : '');
  }
  return words.join(' ');
}

interface Case {
  group: string;
  positive: boolean;
  e: BookEvidence;
  /** Only for the prose written for this evaluation (corpus text is never written out). */
  text?: string;
}

interface Bar {
  share: number;
  run: number;
  /** Most changed, added or missing words, as a share of the words (at least one allowed). */
  errors: number;
}
const BARS: Bar[] = [];
for (const share of [0.6, 0.7, 0.8, 0.85, 0.9])
  for (const run of [4, 5, 6]) for (const errors of [0.1, 0.15, 0.2, 1]) BARS.push({ share, run, errors });

function passes(e: BookEvidence, bar: Bar): boolean {
  if (e.verdict === 'not_found' || e.words < 3) return false;
  if (e.verdict === 'verbatim') return true;
  return (
    e.share >= bar.share &&
    e.run >= Math.min(bar.run, e.words) &&
    e.errors <= Math.max(1, Math.floor(e.words * bar.errors))
  );
}

function main(): void {
  if (!existsSync(corpus)) {
    console.log(`corpus not found at ${corpus}: nothing to evaluate`);
    return;
  }
  const r = rng(7);
  const cases: Case[] = [];
  const realworld = readFileSync(path.join(corpus, 'realworld/quotes.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { novel: string; quote: string; truth_verdict: string });
  const dirs = pdncNovelDirs(corpus);
  const texts = new Map<string, string>();
  for (const d of dirs) texts.set(path.basename(d), readFileSync(path.join(d, 'novel_text.txt'), 'utf8'));
  const sentencesBy = new Map<string, string[]>();
  for (const [n, t] of texts)
    sentencesBy.set(
      n,
      sentencesOf(t).filter((s) => countWords(s) >= 8 && countWords(s) <= 40),
    );
  const t0 = performance.now();
  let searches = 0;
  for (const [name, text] of texts) {
    const index = buildBookIndex(text);
    const book = { index, text };
    const ev = (s: string) => {
      searches++;
      return bookEvidence(s, [{ start: 0, end: s.length }], book);
    };
    const vocab = index.vocab.filter((w) => w.length > 3);
    for (const row of realworld.filter((x) => x.novel === name)) {
      const group =
        row.truth_verdict === 'not_found' ? 'realworld not in the novel' : `realworld ${row.truth_verdict}`;
      cases.push({ group, positive: row.truth_verdict !== 'not_found', e: ev(row.quote) });
    }
    const sentences = sentencesOf(text);
    for (let k = 0; k < 20; k++) {
      const at = Math.floor(r() * (sentences.length - 3));
      const n = 1 + Math.floor(r() * 3);
      const passage = sentences
        .slice(at, at + n)
        .join(' ')
        .replace(/["“”‘’]/g, '');
      const words = countWords(passage);
      if (words < 5 || words > 80) continue;
      cases.push({ group: 'book passage as written', positive: true, e: ev(passage) });
      cases.push({
        group: 'book passage, 1 word in 12 changed',
        positive: true,
        e: ev(alter(passage, 12, r, vocab)),
      });
      cases.push({
        group: 'paraphrase: 2 words in 5 replaced',
        positive: false,
        e: ev(alter(alter(passage, 5, r, vocab), 5, r, vocab)),
      });
    }
    for (const s of PROSE[name] ?? [])
      cases.push({ group: 'prose about the novel', positive: false, e: ev(s), text: s });
    for (const s of GENERIC)
      cases.push({ group: 'generic review prose', positive: false, e: ev(s), text: s });
    // Sentences of the other novels (a line credited to the wrong book).
    const others = [...sentencesBy].filter(([n]) => n !== name).flatMap(([, ss]) => ss);
    for (let k = 0; k < 10; k++)
      cases.push({ group: 'sentence of another novel', positive: false, e: ev(pick(r, others)) });
  }
  const ms = performance.now() - t0;
  const groups = [...new Set(cases.map((c) => c.group))];
  const lines: string[] = [];
  lines.push('# Unmarked quotations: where the bar is');
  lines.push('');
  lines.push(
    "Reproduce: `npm run eval:unmarked`. Each stretch of words below is searched in its novel (one of the 18 PDNC development novels) with the locate stage's search, as the extract stage does for a line or paragraph without quote marks. A bar is a minimum share of the words aligned in order and a minimum longest run of consecutive aligned words (a word-for-word match always passes). Positives should pass, negatives should not.",
  );
  lines.push('');
  lines.push(
    `${cases.length} stretches, ${searches} searches in ${(ms / 1000).toFixed(1)} s (${(ms / searches).toFixed(2)} ms each, index building included).`,
  );
  lines.push('');
  lines.push(
    `| share ≥ | run ≥ | errors ≤ | ${groups.map((g) => `${g} (${cases.filter((c) => c.group === g).length})`).join(' | ')} |`,
  );
  lines.push(`|---|---|---|${groups.map(() => '---').join('|')}|`);
  for (const bar of BARS) {
    const cells = groups.map((g) => {
      const cs = cases.filter((c) => c.group === g);
      const n = cs.filter((c) => passes(c.e, bar)).length;
      return `${((100 * n) / cs.length).toFixed(1)}%`;
    });
    lines.push(
      `| ${bar.share} | ${bar.run} | ${bar.errors === 1 ? 'any' : `${bar.errors * 100}%`} | ${cells.join(' | ')} |`,
    );
  }
  lines.push('');
  lines.push(
    'Cells give the share of each group that passes the bar: for positive groups that is recall, for negative groups the false-positive rate.',
  );
  lines.push('');
  lines.push('Negatives that pass the loosest bar (share, run, errors, verdict):');
  lines.push('');
  for (const c of cases.filter((x) => !x.positive && passes(x.e, BARS[0]!)).slice(0, 30)) {
    lines.push(
      `- ${c.group}: share ${c.e.share.toFixed(2)}, run ${c.e.run}, errors ${c.e.errors}, ${c.e.verdict}${c.text ? ` — ${c.text}` : ''}`,
    );
  }
  const out = lines.join('\n');
  console.log(out);
  writeFileSync(path.join(root, 'eval/results/unmarked.md'), `${out}\n`);
}

main();

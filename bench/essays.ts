/**
 * Student essays for the start-up and class-set benches, written at bench time from the novel's own
 * sentences (no corpus text is kept in the project). Each essay quotes 45 passages the way a student
 * does: most exactly, some with a word changed, some cut short, a few invented, several credited to
 * a character ("says Elizabeth"), in ordinary prose paragraphs.
 */
import { rng } from '../eval/check/plant.js';

interface Sentence {
  text: string;
}

/** Sentences of 8–30 words without quote marks, underscores or paragraph breaks inside. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[A-Z][^.!?]*[.!?]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m[0];
    if (/["“”‘’_]|\n\s*\n/.test(s)) continue;
    const words = s.split(/\s+/).length;
    if (words >= 8 && words <= 30) out.push({ text: s.replace(/\s+/g, ' ') });
  }
  return out;
}

const INTROS = [
  'Early in the novel the narrator tells us that',
  'This is clearest when we read that',
  'Consider the line',
  'The novel insists that',
  'As one passage puts it,',
];
const CREDITS = ['says Elizabeth', 'Mr. Darcy says', 'says Jane', 'remarks Mrs. Bennet', 'says Mr. Bennet'];
const INVENTED = [
  'The sea remembers every promise a sailor ever broke',
  'No letter from the north had ever brought good news to this house',
  'She counted the windows of the great house as if they were debts',
  'A proud man is a locked room with the key inside',
];
const SUBSTITUTES = ['window', 'river', 'silver', 'winter', 'cottage', 'garden'];

/** One essay of `quotations` quotations drawn from `bookText`; `seed` makes each essay different. */
export function writeEssay(bookText: string, seed: number, quotations = 45): string {
  const r = rng(seed);
  const pool = sentencesOf(bookText);
  const pick = () => pool[Math.floor(r() * pool.length)]!.text;
  const paragraphs: string[] = [`# Essay ${seed}: pride, prejudice and first impressions`];
  for (let i = 0; i < quotations; i++) {
    let quote = pick().replace(/[.!?]$/, '');
    const roll = r();
    if (roll < 0.12) {
      const words = quote.split(' ');
      words[2 + Math.floor(r() * (words.length - 3))] = SUBSTITUTES[i % SUBSTITUTES.length]!;
      quote = words.join(' ');
    } else if (roll < 0.2) {
      quote = quote.split(' ').slice(0, 6).join(' ');
    } else if (roll < 0.25) {
      quote = INVENTED[i % INVENTED.length]!;
    }
    const credited = i % 5 === 4;
    paragraphs.push(
      credited
        ? `“${quote},” ${CREDITS[i % CREDITS.length]}, and the scene turns on it.`
        : `${INTROS[i % INTROS.length]} “${quote}.” This matters for the argument of the essay.`,
    );
  }
  return `${paragraphs.join('\n\n')}\n`;
}

import { useMemo } from 'preact/hooks';
import type { BookProfile, LengthStats } from '../../../server/api-types.js';
import { api } from '../../api.js';
import { AnalysisProgress } from '../../components/AnalysisProgress.js';
import { BarChart } from '../../components/BarChart.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { useAnalysedView } from '../../components/useAsync.js';
import { formatCount } from '../../lib/format.js';
import { chapterHref } from '../../lib/links.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The book's style and structure: `verbatim profile` as a page, each chart with a table alternative. */
export function StylePage({ bookId }: { bookId: string }) {
  const view = useAnalysedView(() => api.profile(bookId), bookId);

  if (view.state === 'error') return <ErrorNote error={view.error} title="Could not load the book's style" />;
  const v = view.value;
  if (!v) return <p aria-busy="true">Loading…</p>;
  return (
    <section class="page style">
      <h1>Style and structure</h1>
      <AnalysisProgress status={v.status} error={v.error} doing="Finding the dialogue and who speaks it" />
      {v.profile ? <Profile bookId={bookId} p={v.profile} /> : null}
    </section>
  );
}

function narrationWords(p: BookProfile): string {
  const n = p.narration;
  if (n.person !== 'first') return `${n.person} person`;
  const first = n.narrator
    ? `first person, told by ${n.narrator}`
    : 'first person (the narrator is not named)';
  const third = n.thirdPersonChapters;
  if (third.length === 0) return first;
  // (chapter numbers as in the chapter table: 1 for the first)
  const numbers = third.slice(0, 12).map((i) => i + 1);
  return `${first}; ${third.length} of ${p.chapters.length} chapters told in the third person (${numbers.join(', ')}${third.length > 12 ? ', …' : ''})`;
}

function histogram(s: LengthStats) {
  return s.bins.map((n, i) => ({
    label: i === s.binEdges.length - 1 ? `${s.binEdges[i]}+` : `${s.binEdges[i]}–${s.binEdges[i + 1]! - 1}`,
    value: n,
  }));
}

function Profile({ bookId, p }: { bookId: string; p: BookProfile }) {
  const dialogue = useMemo(() => p.chapters.map((c) => ({ label: c.title, value: c.dialogueShare })), [p]);
  const chapterWords = useMemo(() => p.chapters.map((c) => ({ label: c.title, value: c.words })), [p]);
  const sentences = useMemo(() => histogram(p.sentenceLengths), [p]);
  const paragraphs = useMemo(() => histogram(p.paragraphLengths), [p]);
  return (
    <>
      <dl class="style-summary" data-testid="style-summary">
        <dt>Narration</dt>
        <dd>{narrationWords(p)}</dd>
        <dt>Dialogue</dt>
        <dd>
          {pct(p.dialogueShare)} of the text is inside quotations
          {p.writtenQuotes > 0 ? ` (${p.writtenQuotes} letters quoted in full left out)` : ''}
          {p.verseQuotes > 0 ? ` (${p.verseQuotes} verses recited left out)` : ''}
        </dd>
        <dt>Vocabulary richness</dt>
        <dd>
          {p.vocabulary.mattr === null
            ? 'not measured: the text is shorter than one window'
            : `MATTR ${p.vocabulary.mattr.toFixed(3)}`}{' '}
          (distinct words in every {p.vocabulary.window}-word window, averaged;{' '}
          {formatCount(p.vocabulary.types)} distinct words in {formatCount(p.vocabulary.tokens)})
        </dd>
        <dt>Sentences</dt>
        <dd>
          {formatCount(p.sentenceLengths.count)}, {p.sentenceLengths.mean.toFixed(1)} words on average (median{' '}
          {formatCount(p.sentenceLengths.median)}, longest {formatCount(p.sentenceLengths.max)})
        </dd>
        <dt>Paragraphs</dt>
        <dd>
          {formatCount(p.paragraphLengths.count)}, {p.paragraphLengths.mean.toFixed(1)} words on average
          (median {formatCount(p.paragraphLengths.median)})
        </dd>
        <dt>Chapters</dt>
        <dd>
          {p.chapters.length === 0
            ? 'none found'
            : `${formatCount(p.chapters.length)}, ${formatCount(Math.round(p.chapterLengths.mean))} words on average`}
        </dd>
      </dl>
      {p.notes.length > 0 ? (
        <ul class="notes">
          {p.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {p.chapters.length > 1 ? (
        <>
          <h2>Dialogue in each chapter</h2>
          <BarChart
            bars={dialogue}
            title="Share of each chapter's text inside quotations, chapter by chapter."
            labelHeader="Chapter"
            valueHeader="Dialogue share"
            format={pct}
            testId="dialogue-chart"
          />
          <h2>Chapter lengths</h2>
          <BarChart
            bars={chapterWords}
            title="Words in each chapter."
            labelHeader="Chapter"
            valueHeader="Words"
            format={formatCount}
            testId="chapter-chart"
          />
        </>
      ) : null}
      <h2>Sentence lengths</h2>
      <BarChart
        bars={sentences}
        title="How many sentences have each length, in words."
        labelHeader="Words in the sentence"
        valueHeader="Sentences"
        format={formatCount}
        testId="sentence-chart"
      />
      <h2>Paragraph lengths</h2>
      <BarChart
        bars={paragraphs}
        title="How many paragraphs have each length, in words."
        labelHeader="Words in the paragraph"
        valueHeader="Paragraphs"
        format={formatCount}
        testId="paragraph-chart"
      />
      {p.chapters.length > 0 ? (
        <>
          <h2>Chapters and their distinctive words</h2>
          <table class="chapters" data-testid="chapter-table">
            <caption class="visually-hidden">
              Each chapter's words, dialogue share and the words most overused in it against the rest of the
              book
            </caption>
            <thead>
              <tr>
                <th scope="col">Chapter</th>
                <th scope="col" class="num">
                  Words
                </th>
                <th scope="col" class="num">
                  Dialogue
                </th>
                <th scope="col">Distinctive words</th>
              </tr>
            </thead>
            <tbody>
              {p.chapters.map((c) => (
                <tr key={c.index}>
                  <th scope="row">
                    <a href={chapterHref(bookId, c.index)}>{c.title}</a>
                  </th>
                  <td class="num">{formatCount(c.words)}</td>
                  <td class="num">{pct(c.dialogueShare)}</td>
                  <td>{c.distinctiveWords.map((k) => k.word).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="note">
            Distinctive words: overused in the chapter against the rest of the book (Dunning's log-likelihood,
            p &lt; 0.001), common function words left out.
          </p>
        </>
      ) : null}
    </>
  );
}

import { useMemo } from 'preact/hooks';
import type { CharacterVoice, KeyWord, VoicesReport } from '../../../server/api-types.js';
import { api } from '../../api.js';
import { AnalysisProgress } from '../../components/AnalysisProgress.js';
import { BarChart } from '../../components/BarChart.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { useAnalysedView, useAsync } from '../../components/useAsync.js';
import { formatCount } from '../../lib/format.js';
import { characterHref, readerHref, worldHref } from '../../lib/links.js';

/** How one character talks (`verbatim voices <book> <character>`), reached from the World page. */
export function CharacterPage({ bookId, characterId }: { bookId: string; characterId: string }) {
  const view = useAnalysedView(() => api.voices(bookId), bookId);

  if (view.state === 'error') return <ErrorNote error={view.error} title="Could not load the characters" />;
  const v = view.value;
  if (!v) return <p aria-busy="true">Loading…</p>;
  const voice = v.voices?.characters.find((c) => c.id === characterId) ?? null;
  return (
    <section class="page character">
      <p>
        <a href={worldHref(bookId)}>← All characters</a>
      </p>
      <AnalysisProgress status={v.status} error={v.error} doing="Finding the dialogue and who speaks it" />
      {v.voices && !voice ? <NoLines bookId={bookId} characterId={characterId} /> : null}
      {v.voices && voice ? (
        <Voice
          bookId={bookId}
          voice={voice}
          minConfidence={v.voices.minConfidence}
          keyness={v.voices.keyness}
          others={v.voices.characters}
        />
      ) : null}
    </section>
  );
}

function Voice({
  bookId,
  voice,
  minConfidence,
  keyness,
  others,
}: {
  bookId: string;
  voice: CharacterVoice;
  minConfidence: number;
  keyness: VoicesReport['keyness'];
  others: CharacterVoice[];
}) {
  const words = useMemo(() => voice.distinctiveWords.map((k) => ({ label: k.word, value: k.g2 })), [voice]);
  const to = useMemo(() => voice.addressees.map((a) => ({ label: a.name, value: a.lines })), [voice]);
  const g2 = (x: number) => x.toFixed(1);
  const known = new Set(others.map((o) => o.id));
  return (
    <>
      <h1>How {voice.name} talks</h1>
      <dl class="style-summary" data-testid="voice-summary">
        <dt>Lines</dt>
        <dd>
          {formatCount(voice.lines)} counted
          {voice.uncertainLines > 0
            ? `; ${formatCount(voice.uncertainLines)} more where the speaker is uncertain (not counted)`
            : ''}
        </dd>
        <dt>Length of a line</dt>
        <dd>
          {voice.meanWords.toFixed(1)} words on average, median {voice.medianWords}
          {voice.longestLine ? (
            <>
              ,{' '}
              <a href={readerHref(bookId, voice.longestLine.start, voice.longestLine.end)}>
                the longest {formatCount(voice.longestWords)} words
              </a>
            </>
          ) : null}
        </dd>
        <dt>Words spoken</dt>
        <dd>{formatCount(voice.words)}</dd>
      </dl>
      <p class="note">
        Counted: lines whose speaker the analysis gives with confidence {minConfidence} or more. Distinctive
        words and phrases are said at least {keyness.minCount} times and overused in these lines against every
        other character's (Dunning's log-likelihood G² of {keyness.minG2} or more, p &lt; {keyness.p} for each
        word), strongest first.
      </p>
      <h2>Distinctive words</h2>
      {words.length > 0 ? (
        <BarChart
          bars={words}
          title={`The words most distinctive of ${voice.name}'s lines, by log-likelihood (higher: more distinctive).`}
          labelHeader="Word"
          valueHeader="Log-likelihood (G²)"
          format={g2}
          horizontal
          testId="voice-words-chart"
        />
      ) : null}
      {words.length > 0 ? (
        <p>
          Where {voice.name} first says each:{' '}
          {voice.distinctiveWords.map((k, i) => {
            const at = voice.firstSaid[k.word];
            return (
              <span key={k.word}>
                {i > 0 ? ', ' : ''}
                {at ? <a href={readerHref(bookId, at.start, at.end)}>{k.word}</a> : k.word}
              </span>
            );
          })}
        </p>
      ) : (
        <p>No word is used significantly more by {voice.name} than by the others (too few lines to tell).</p>
      )}
      <h2>Distinctive phrases</h2>
      <KeyTable bookId={bookId} keys={voice.distinctivePhrases} firstSaid={voice.firstSaid} what="phrase" />
      <h2>Speaks to</h2>
      {to.length > 0 ? (
        <>
          <BarChart
            bars={to}
            title={`Whom ${voice.name} speaks to: the person a line names or is tagged as said to, otherwise whoever speaks just before or after it, a guess from the turn-taking (${formatCount(voice.addressedLines)} of ${formatCount(voice.lines)} lines have someone).`}
            labelHeader="Spoken to"
            valueHeader="Lines"
            format={formatCount}
            horizontal
            testId="voice-addressees-chart"
          />
          <p>
            {voice.addressees
              .filter((a) => known.has(a.id))
              .map((a, i) => (
                <span key={a.id}>
                  {i > 0 ? ' · ' : 'See also: '}
                  <a href={characterHref(bookId, a.id)}>{a.name}</a>
                </span>
              ))}
          </p>
        </>
      ) : (
        <p>
          No line of {voice.name}'s names anyone, and no one speaks just before or after: whom they speak to
          is not known.
        </p>
      )}
    </>
  );
}

function KeyTable({
  bookId,
  keys,
  firstSaid,
  what,
}: {
  bookId: string;
  keys: KeyWord[];
  firstSaid: Record<string, { start: number; end: number }>;
  what: string;
}) {
  if (keys.length === 0) return <p>None significant.</p>;
  return (
    <table class="key-words">
      <thead>
        <tr>
          <th scope="col">{what[0]!.toUpperCase() + what.slice(1)}</th>
          <th scope="col" class="num">
            Times
          </th>
          <th scope="col" class="num">
            By the others
          </th>
          <th scope="col" class="num">
            Log-likelihood
          </th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k.word}>
            <th scope="row">
              {firstSaid[k.word] ? (
                <a
                  href={readerHref(bookId, firstSaid[k.word]!.start, firstSaid[k.word]!.end)}
                  title="Where they first say it"
                >
                  {k.word}
                </a>
              ) : (
                k.word
              )}
            </th>
            <td class="num">{formatCount(k.count)}</td>
            <td class="num">{formatCount(k.referenceCount)}</td>
            <td class="num">{k.g2.toFixed(1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A character who never speaks (or an id the book does not have): say so, by name where there is one. */
function NoLines({ bookId, characterId }: { bookId: string; characterId: string }) {
  const [world] = useAsync(() => api.world(bookId), bookId);
  const name = world.value?.characters.find((c) => c.id === characterId)?.name ?? null;
  if (world.state !== 'error' && !world.value) return <p aria-busy="true">Loading…</p>;
  return (
    <>
      <h1>{name ?? 'No such character'}</h1>
      <p>
        {name
          ? `${name} speaks no line of dialogue the analysis can credit to them.`
          : 'The analysis of this book has no character with this id.'}
      </p>
    </>
  );
}

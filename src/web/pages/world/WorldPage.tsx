import { api } from '../../api.js';
import { AnalysisProgress } from '../../components/AnalysisProgress.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { useAnalysedView } from '../../components/useAsync.js';
import { BooksLikeThis } from './BooksLikeThis.js';
import { CharacterTable } from './CharacterTable.js';
import { NetworkGraph } from './NetworkGraph.js';
import { PlacesList } from './PlacesList.js';
import { XRayChart } from './XRayChart.js';

/** The book's world: who is in it, where they appear, who talks to whom, and places. */
export function WorldPage({ bookId }: { bookId: string }) {
  const world = useAnalysedView(() => api.world(bookId), bookId);

  if (world.state === 'error')
    return <ErrorNote error={world.error} title="Could not load the book's world" />;
  const w = world.value;
  if (!w) return <p aria-busy="true">Loading…</p>;
  return (
    <section class="page world">
      <h1>Characters, conversations and places</h1>
      <AnalysisProgress
        status={w.status}
        error={w.error}
        doing="Finding the characters and who speaks each line"
      />
      {w.status === 'done' && w.characters.length === 0 ? (
        <p>No characters were found in this book.</p>
      ) : null}
      {w.characters.length > 0 ? (
        <>
          <h2>Where the characters appear</h2>
          <XRayChart characters={w.characters.slice(0, 12)} bins={w.bins} />
          <h2>Characters</h2>
          <CharacterTable bookId={bookId} characters={w.characters} length={w.length} />
          <h2>Who speaks to whom</h2>
          <NetworkGraph network={w.network} />
        </>
      ) : null}
      {w.places.length > 0 ? (
        <>
          <h2>Places</h2>
          <PlacesList bookId={bookId} places={w.places} />
        </>
      ) : null}
      <BooksLikeThis bookId={bookId} />
    </section>
  );
}

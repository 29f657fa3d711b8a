import { BookNav } from './components/BookNav.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { GlobalErrors } from './components/GlobalErrors.js';
import { useRoute } from './lib/route.js';
import { CharacterPage } from './pages/character/CharacterPage.js';
import { CheckPage } from './pages/check/CheckPage.js';
import { LibraryPage } from './pages/library/LibraryPage.js';
import { MotifsPage } from './pages/motifs/MotifsPage.js';
import { ReaderPage } from './pages/reader/ReaderPage.js';
import { StylePage } from './pages/style/StylePage.js';
import { WorldPage } from './pages/world/WorldPage.js';

export function App() {
  const route = useRoute();
  const bookId = 'bookId' in route ? route.bookId : null;
  return (
    <>
      <header class="top">
        <a class="brand" href="#/">
          Verbatim
        </a>
        {bookId ? <BookNav bookId={bookId} page={route.page} /> : null}
      </header>
      <GlobalErrors />
      <main>
        <ErrorBoundary resetKey={window.location.hash}>
          {route.page === 'library' ? <LibraryPage /> : null}
          {route.page === 'read' ? (
            <ReaderPage
              key={route.bookId}
              bookId={route.bookId}
              start={route.start}
              end={route.end}
              chapter={route.chapter}
            />
          ) : null}
          {route.page === 'world' ? <WorldPage key={route.bookId} bookId={route.bookId} /> : null}
          {route.page === 'check' ? <CheckPage key={route.bookId} bookId={route.bookId} /> : null}
          {route.page === 'style' ? <StylePage key={route.bookId} bookId={route.bookId} /> : null}
          {route.page === 'character' ? (
            <CharacterPage
              key={`${route.bookId}/${route.characterId}`}
              bookId={route.bookId}
              characterId={route.characterId}
            />
          ) : null}
          {route.page === 'motifs' ? (
            <MotifsPage key={route.bookId} bookId={route.bookId} terms={route.terms} />
          ) : null}
          {route.page === 'missing' ? (
            <section class="page">
              <p role="alert">
                There is no page at <code>{route.path}</code>. <a href="#/">Go to the library</a>.
              </p>
            </section>
          ) : null}
        </ErrorBoundary>
      </main>
    </>
  );
}

import type { BookListItem } from '../../../server/api-types.js';
import { BookRow } from './BookRow.js';

export function BookTable({ books, onChanged }: { books: BookListItem[]; onChanged: () => void }) {
  if (books.length === 0) {
    return <p class="empty">No books yet. Add a novel (plain text, EPUB or HTML) above.</p>;
  }
  return (
    <table class="books">
      <caption class="visually-hidden">Books in the library</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Author</th>
          <th scope="col" class="num">
            Words
          </th>
          <th scope="col" class="num">
            Chapters
          </th>
          <th scope="col">Format</th>
          <th scope="col">Analysis</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {books.map((b) => (
          <BookRow key={b.id} book={b} onChanged={onChanged} />
        ))}
      </tbody>
    </table>
  );
}

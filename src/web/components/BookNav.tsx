import { api } from '../api.js';
import { checkHref, motifsHref, readerHref, styleHref, worldHref } from '../lib/links.js';
import { useAsync } from './useAsync.js';

/** The book's title and its pages, at the top of every book page. */
export function BookNav({ bookId, page }: { bookId: string; page: string }) {
  const [book] = useAsync(() => api.book(bookId), bookId);
  const link = (href: string, label: string, name: string) => (
    <a href={href} aria-current={page === name ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <nav class="book-nav" aria-label="Book">
      <span class="book-title">{book.value ? book.value.title : '…'}</span>
      {link(readerHref(bookId), 'Read', 'read')}
      {link(worldHref(bookId), 'World', 'world')}
      {link(checkHref(bookId), 'Check a review', 'check')}
      {link(styleHref(bookId), 'Style', 'style')}
      {link(motifsHref(bookId), 'Motifs', 'motifs')}
    </nav>
  );
}

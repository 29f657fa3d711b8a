import type { WorldPlace } from '../../../server/api-types.js';
import { readerHref } from '../../lib/links.js';

export function PlacesList({ bookId, places }: { bookId: string; places: WorldPlace[] }) {
  return (
    <ul class="places">
      {places.map((p) => (
        <li key={p.name}>
          {p.firstMention !== null ? (
            <a href={readerHref(bookId, p.firstMention, p.firstMentionEnd ?? p.firstMention)}>{p.name}</a>
          ) : (
            p.name
          )}{' '}
          <span class="count">({p.mentions})</span>
        </li>
      ))}
    </ul>
  );
}

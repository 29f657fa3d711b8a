import type { WorldCharacter } from '../../../server/api-types.js';
import { formatCount, percentInto } from '../../lib/format.js';
import { characterHref, readerHref } from '../../lib/links.js';

export function CharacterTable({
  bookId,
  characters,
  length,
}: {
  bookId: string;
  characters: WorldCharacter[];
  length: number;
}) {
  return (
    <table class="characters">
      <caption class="visually-hidden">Characters, most mentioned first</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Also called</th>
          <th scope="col" class="num">
            Mentions
          </th>
          <th scope="col" class="num">
            Lines spoken
          </th>
          <th scope="col">First appears</th>
        </tr>
      </thead>
      <tbody>
        {characters.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <a href={characterHref(bookId, c.id)}>{c.name}</a>
            </th>
            <td>{c.aliases.filter((a) => a !== c.name).join(', ') || '—'}</td>
            <td class="num">{formatCount(c.mentions)}</td>
            <td
              class="num"
              title={
                c.uncertainLines > 0
                  ? `${formatCount(c.lines - c.uncertainLines)} lines surely theirs; ${formatCount(c.uncertainLines)} more perhaps (the speaker is uncertain)`
                  : undefined
              }
            >
              {formatCount(c.lines - c.uncertainLines)}
              {c.uncertainLines > 0 ? (
                <span class="uncertain-lines"> + {formatCount(c.uncertainLines)}?</span>
              ) : null}
            </td>
            <td>
              <a href={readerHref(bookId, c.firstAppearance, c.firstAppearanceEnd)}>
                {c.firstChapter ?? percentInto(c.firstAppearance, length)}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { page: 'library' }
  | { page: 'read'; bookId: string; start: number | null; end: number | null; chapter: number | null }
  | { page: 'world'; bookId: string }
  | { page: 'check'; bookId: string }
  | { page: 'style'; bookId: string }
  | { page: 'character'; bookId: string; characterId: string }
  | { page: 'motifs'; bookId: string; terms: string[] }
  | { page: 'missing'; path: string };

function intParam(params: URLSearchParams, name: string): number | null {
  const v = params.get(name);
  if (v === null || !/^\d+$/.test(v)) return null;
  return Number(v);
}

/** Parses the hash (`#/book/<id>/read?start=…&end=…`) into a route. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  if (path === '/' || path === '') return { page: 'library' };
  const style = path.match(/^\/book\/([0-9a-fA-F]{4,64})\/style\/?$/);
  if (style) return { page: 'style', bookId: style[1]! };
  const character = path.match(/^\/book\/([0-9a-fA-F]{4,64})\/character\/([\w-]{1,64})\/?$/);
  if (character) return { page: 'character', bookId: character[1]!, characterId: character[2]! };
  const m = path.match(/^\/book\/([0-9a-fA-F]{4,64})\/(read|world|check|motifs)\/?$/);
  if (!m) return { page: 'missing', path };
  const bookId = m[1]!;
  if (m[2] === 'world') return { page: 'world', bookId };
  if (m[2] === 'check') return { page: 'check', bookId };
  if (m[2] === 'motifs')
    return { page: 'motifs', bookId, terms: params.getAll('q').filter((t) => t.trim() !== '') };
  return {
    page: 'read',
    bookId,
    start: intParam(params, 'start'),
    end: intParam(params, 'end'),
    chapter: intParam(params, 'chapter'),
  };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

import type { SourceFormat } from '../book/types.js';

/**
 * Which loader reads a file: by extension when it is one Verbatim knows, else by content
 * (zip magic → EPUB, an HTML tag near the start → HTML, anything else → plain text, whose decoder
 * then refuses binary data).
 */
export function detectFormat(bytes: Uint8Array, filename: string): SourceFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  if (ext === 'epub') return 'epub';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (isZip(bytes)) return 'epub';
  if (looksLikeHtml(bytes)) return 'html';
  return 'txt';
}

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  );
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>])/i.test(head);
}

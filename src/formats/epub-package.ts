import { posix } from 'node:path';
import { htmlParser } from './html-parser.js';

/**
 * The two small XML files that say what an EPUB contains: META-INF/container.xml points to the
 * package document (OPF), which lists the manifest (every file), the spine (reading order) and the
 * Dublin Core metadata. Parsed with htmlparser2's XML mode: tolerant of namespaces and prefixes.
 */
export interface ManifestItem {
  id: string;
  /** Path inside the archive, resolved against the OPF's folder. */
  path: string;
  mediaType: string;
  properties: string;
}

export interface EpubPackage {
  title: string | null;
  author: string | null;
  language: string | null;
  manifest: Map<string, ManifestItem>;
  /** Manifest ids in reading order (linear="no" items kept: they are still the book's text). */
  spine: string[];
}

interface XmlElement {
  name: string;
  attribs: Record<string, string>;
  text: string;
}

/** Flat list of elements with their own text (local names, namespace prefixes dropped). */
function elements(xml: string): XmlElement[] {
  const out: XmlElement[] = [];
  const open: XmlElement[] = [];
  const parser = htmlParser(
    {
      onopentag(name, attribs) {
        const localAttribs: Record<string, string> = {};
        for (const [k, v] of Object.entries(attribs)) localAttribs[localName(k)] = v;
        const el = { name: localName(name), attribs: localAttribs, text: '' };
        out.push(el);
        open.push(el);
      },
      ontext(data) {
        const top = open[open.length - 1];
        if (top) top.text += data;
      },
      onclosetag() {
        open.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return out;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
}

/** The OPF path from container.xml, or null when none is named. */
export function parseContainer(xml: string): string | null {
  const rootfile = elements(xml).find(
    (e) =>
      e.name === 'rootfile' && (e.attribs['media-type'] ?? 'application/oebps-package+xml').includes('oebps'),
  );
  const path = rootfile?.attribs['full-path'];
  return path ? path.replace(/^\/+/, '') : null;
}

/**
 * Resolve an href from a document at `fromPath` to a path inside the archive, or null when it
 * points outside the archive (`../` past the root, absolute URLs).
 */
export function resolveHref(fromPath: string, href: string): string | null {
  const withoutFragment = href.split('#')[0]!;
  if (/^[a-z][a-z0-9+.-]*:/i.test(withoutFragment) || withoutFragment.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(withoutFragment);
  } catch {
    decoded = withoutFragment;
  }
  const joined = posix.normalize(posix.join(posix.dirname(fromPath), decoded));
  if (joined === '..' || joined.startsWith('../') || joined.startsWith('/')) return null;
  return joined;
}

export interface ParsedOpf extends EpubPackage {
  /** Hrefs in the manifest that point outside the archive. */
  escapingHrefs: string[];
}

export function parseOpf(xml: string, opfPath: string): ParsedOpf {
  const els = elements(xml);
  const text = (name: string): string | null => {
    const el = els.find((e) => e.name === name && e.text.trim());
    return el ? el.text.replace(/\s+/g, ' ').trim() : null;
  };
  const manifest = new Map<string, ManifestItem>();
  const escapingHrefs: string[] = [];
  for (const el of els) {
    if (el.name !== 'item' || !el.attribs.id || !el.attribs.href) continue;
    const path = resolveHref(opfPath, el.attribs.href);
    if (path === null) {
      escapingHrefs.push(el.attribs.href);
      continue;
    }
    manifest.set(el.attribs.id, {
      id: el.attribs.id,
      path,
      mediaType: el.attribs['media-type'] ?? '',
      properties: el.attribs.properties ?? '',
    });
  }
  const spine = els.filter((e) => e.name === 'itemref' && e.attribs.idref).map((e) => e.attribs.idref!);
  return {
    title: text('title'),
    author: text('creator'),
    language: text('language'),
    manifest,
    spine,
    escapingHrefs,
  };
}

/**
 * Archive paths that META-INF/encryption.xml says are encrypted. Font obfuscation is common and
 * harmless; an encrypted spine document means DRM, which Verbatim cannot and does not try to read.
 */
export function parseEncryptedPaths(xml: string): Set<string> {
  const paths = new Set<string>();
  for (const el of elements(xml)) {
    if (el.name === 'cipherreference' && el.attribs.uri) {
      const p = resolveHref('', el.attribs.uri);
      if (p) paths.add(p);
    }
  }
  return paths;
}

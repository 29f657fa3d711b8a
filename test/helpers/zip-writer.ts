import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A minimal zip writer for tests: builds honest archives (EPUB fixtures) and dishonest ones
 * (headers that lie about sizes, `../` names) that a real zip tool would refuse to make.
 */
export interface ZipEntrySpec {
  name: string;
  data: string | Uint8Array;
  method?: 'store' | 'deflate';
  /** Uncompressed size written in the headers instead of the real one (a lying bomb). */
  claimedSize?: number;
}

export function writeZip(entries: ZipEntrySpec[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const method = e.method ?? 'deflate';
    const body = method === 'deflate' ? deflateRawSync(raw) : raw;
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(raw);
    const size = e.claimedSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method === 'deflate' ? 8 : 0, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method === 'deflate' ? 8 : 0, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

export interface EpubSpec {
  title?: string;
  author?: string;
  language?: string;
  /** Spine documents in reading order; `missing` ones are listed in the OPF but not stored. */
  chapters: { file: string; html: string; missing?: boolean }[];
  /** Folder of the OPF inside the archive. */
  opfDir?: string;
  extraEntries?: ZipEntrySpec[];
  epubVersion?: '2.0' | '3.0';
}

export function xhtml(title: string, body: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en">
<head><title>${title}</title><link rel="stylesheet" href="style.css"/></head>
<body>${body}</body>
</html>`;
}

export function writeEpub(spec: EpubSpec): Uint8Array {
  const dir = spec.opfDir ?? 'OEBPS';
  const prefix = dir ? `${dir}/` : '';
  const items = spec.chapters
    .map((c, i) => `<item id="c${i}" href="${c.file}" media-type="application/xhtml+xml"/>`)
    .join('\n    ');
  const spine = spec.chapters.map((_, i) => `<itemref idref="c${i}"/>`).join('\n    ');
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="${spec.epubVersion ?? '3.0'}" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">urn:uuid:1234</dc:identifier>
    ${spec.title ? `<dc:title>${spec.title}</dc:title>` : ''}
    ${spec.author ? `<dc:creator>${spec.author}</dc:creator>` : ''}
    <dc:language>${spec.language ?? 'en'}</dc:language>
  </metadata>
  <manifest>
    ${items}
  </manifest>
  <spine>
    ${spine}
  </spine>
</package>`;
  const container = `<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="${prefix}content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`;
  return writeZip([
    { name: 'mimetype', data: 'application/epub+zip', method: 'store' },
    { name: 'META-INF/container.xml', data: container },
    { name: `${prefix}content.opf`, data: opf },
    ...spec.chapters.filter((c) => !c.missing).map((c) => ({ name: `${prefix}${c.file}`, data: c.html })),
    ...(spec.extraEntries ?? []),
  ]);
}

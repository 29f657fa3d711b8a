import { describe, expect, it } from 'vitest';
import { resolveHref } from '../../src/formats/epub-package.js';
import { loadText } from '../../src/formats/load-text.js';
import { rejection } from '../fixtures/rejection.js';
import { writeEpub, writeZip, xhtml } from '../fixtures/zip-writer.js';

const chapters = [
  {
    file: 'text/ch1.xhtml',
    html: xhtml('One', '<h2>Chapter I</h2><p>The fog came in.</p><p>“Late,” said Tom.</p>'),
  },
  { file: 'text/ch2.xhtml', html: xhtml('Two', '<h2>Chapter II</h2><p>The boats came&nbsp;in.</p>') },
];

describe('EPUB loading', () => {
  it('reads the spine in order, with headings and metadata (EPUB 3)', async () => {
    const loaded = await loadText(
      writeEpub({ title: 'The Lantern Keeper', author: 'Ada Wren', chapters }),
      'lantern.epub',
    );
    expect(loaded.format).toBe('epub');
    expect(loaded.text).toBe(
      'Chapter I\n\nThe fog came in.\n\n“Late,” said Tom.\n\nChapter II\n\nThe boats came\u00a0in.',
    );
    expect(loaded.headings.map((h) => loaded.text.slice(h.start, h.end))).toEqual([
      'Chapter I',
      'Chapter II',
    ]);
    expect(loaded.metadata).toEqual({ title: 'The Lantern Keeper', author: 'Ada Wren', language: 'en' });
    expect(loaded.warnings).toEqual([]);
  });

  it('reads EPUB 2 with the OPF at the archive root and reversed spine order', async () => {
    const loaded = await loadText(
      writeEpub({ title: 'T', chapters: [...chapters].reverse(), opfDir: '', epubVersion: '2.0' }),
      'two.epub',
    );
    expect(loaded.text.indexOf('Chapter II')).toBeLessThan(loaded.text.indexOf('Chapter I\n'));
  });

  it('skips a missing spine item with a warning naming it', async () => {
    const loaded = await loadText(
      writeEpub({
        chapters: [chapters[0]!, { file: 'text/gone.xhtml', html: '', missing: true }, chapters[1]!],
      }),
      'damaged.epub',
    );
    expect(loaded.warnings).toEqual([
      'spine item "OEBPS/text/gone.xhtml" is missing from the archive; skipped',
    ]);
    expect(loaded.text).toContain('Chapter II');
  });

  it('refuses an EPUB none of whose spine items exist', async () => {
    const e = await rejection(
      loadText(writeEpub({ chapters: [{ file: 'a.xhtml', html: '', missing: true }] }), 'x.epub'),
    );
    expect(e.code).toBe('bad_epub');
  });

  it('keeps scripts out and decodes entities in XHTML', async () => {
    const html = xhtml(
      'S',
      '<script type="text/javascript">document.write("INJECTED")</script><p>Caf&#233; &amp; &#x201C;tea&#x201D;</p><script><![CDATA[ var y = "<p>CDATA</p>"; ]]></script>',
    );
    const loaded = await loadText(writeEpub({ chapters: [{ file: 's.xhtml', html }] }), 's.epub');
    expect(loaded.text).toBe('Café & “tea”');
  });

  it('refuses a file named .epub that is not a zip', async () => {
    const e = await rejection(loadText(new TextEncoder().encode('just some text'), 'fake.epub'));
    expect(e.code).toBe('bad_epub');
    expect(e.toLine()).toMatch(/^fake\.epub: not an EPUB: the file is not a zip archive/);
  });

  it('refuses a zip without META-INF/container.xml', async () => {
    const e = await rejection(loadText(writeZip([{ name: 'readme.txt', data: 'hi' }]), 'plain.epub'));
    expect(e.message).toContain('container.xml is missing');
  });

  it('refuses a zip entry named with ../ (path traversal)', async () => {
    const bytes = writeEpub({ chapters, extraEntries: [{ name: '../../outside.xhtml', data: 'x' }] });
    const e = await rejection(loadText(bytes, 'traversal.epub'));
    expect(e.code).toBe('unsafe_archive');
  });

  it('refuses a package whose manifest points outside the archive', async () => {
    const bytes = writeEpub({ chapters: [{ file: '../../../etc/passwd', html: 'x', missing: true }] });
    const e = await rejection(loadText(bytes, 'escape.epub'));
    expect(e.code).toBe('unsafe_archive');
    expect(e.message).toContain('../../../etc/passwd');
  });

  it('refuses a zip bomb in a spine item', async () => {
    const bytes = writeEpub({ chapters: [{ file: 'bomb.xhtml', html: ' '.repeat(16 * 1024 * 1024) }] });
    const e = await rejection(loadText(bytes, 'bomb.epub'));
    expect(e.code).toBe('unsafe_archive');
  });

  it('refuses a DRM-protected EPUB (encrypted spine documents), not fonts', async () => {
    const encryption = (uri: string) =>
      `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData><enc:CipherReference URI="${uri}"/></enc:CipherData></enc:EncryptedData></encryption>`;
    const drm = writeEpub({
      chapters,
      extraEntries: [{ name: 'META-INF/encryption.xml', data: encryption('OEBPS/text/ch1.xhtml') }],
    });
    const e = await rejection(loadText(drm, 'drm.epub'));
    expect(e.message).toContain('DRM-protected');
    const fonts = writeEpub({
      chapters,
      extraEntries: [{ name: 'META-INF/encryption.xml', data: encryption('OEBPS/fonts/a.otf') }],
    });
    expect((await loadText(fonts, 'fonts.epub')).text).toContain('Chapter II');
  });

  it('sniffs an EPUB with an unknown extension by its zip magic', async () => {
    const loaded = await loadText(writeEpub({ chapters }), 'download.bin');
    expect(loaded.format).toBe('epub');
  });
});

describe('EPUB table of contents → headings', () => {
  const plainHeadings = [
    { file: 'c1.xhtml', html: xhtml('1', '<p class="chapter">CHAPTER I</p><p>The fog came in.</p>') },
    {
      file: 'c2.xhtml',
      html: xhtml(
        '2',
        '<div id="ch2"><p class="chapter">CHAPTER II</p><p>The rain fell.</p></div><div id="ch3"><p class="chapter">Chapter III.</p><p>The end.</p></div><p id="mid">I went home at last.</p>',
      ),
    },
  ];

  it('marks headings from an EPUB 3 nav document (whole files and #fragments)', async () => {
    const nav = xhtml(
      'Contents',
      '<nav epub:type="toc"><ol><li><a href="c1.xhtml">Chapter I</a></li><li><a href="c2.xhtml#ch2">Chapter II</a><ol><li><a href="c2.xhtml#ch3">Chapter III</a></li></ol></li><li><a href="c2.xhtml#mid">I</a></li></ol></nav>',
    );
    const loaded = await loadText(
      writeEpub({ chapters: plainHeadings, nav: { file: 'nav.xhtml', html: nav } }),
      'n.epub',
    );
    expect(loaded.headings.map((h) => [loaded.text.slice(h.start, h.end), h.title, h.level])).toEqual([
      ['CHAPTER I', 'Chapter I', 1],
      ['CHAPTER II', 'Chapter II', 1],
      ['Chapter III.', 'Chapter III', 2],
    ]);
  });

  it('marks headings from an EPUB 2 NCX', async () => {
    const ncx = `<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
      <navPoint id="n1"><navLabel><text>Chapter I</text></navLabel><content src="c1.xhtml"/></navPoint>
      <navPoint id="n2"><navLabel><text>Chapter II</text></navLabel><content src="c2.xhtml#ch2"/>
        <navPoint id="n3"><navLabel><text>Chapter III</text></navLabel><content src="c2.xhtml#ch3"/></navPoint>
      </navPoint></navMap></ncx>`;
    const loaded = await loadText(writeEpub({ chapters: plainHeadings, ncx, epubVersion: '2.0' }), 'n.epub');
    expect(loaded.headings.map((h) => [loaded.text.slice(h.start, h.end), h.level])).toEqual([
      ['CHAPTER I', 1],
      ['CHAPTER II', 1],
      ['Chapter III.', 2],
    ]);
  });
});

describe('resolveHref', () => {
  it('resolves relative to the OPF folder and refuses escapes', () => {
    expect(resolveHref('OEBPS/content.opf', 'text/ch%201.xhtml#top')).toBe('OEBPS/text/ch 1.xhtml');
    expect(resolveHref('OEBPS/content.opf', '../images/a.png')).toBe('images/a.png');
    expect(resolveHref('OEBPS/content.opf', '../../a')).toBeNull();
    expect(resolveHref('content.opf', 'https://example.com/x')).toBeNull();
  });
});

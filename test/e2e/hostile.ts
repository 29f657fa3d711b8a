import { writeEpub, xhtml } from '../fixtures/zip-writer.js';

/**
 * Books written to attack the reader: script tags, event handlers, javascript: links, markup hidden
 * in the title and in the text itself. If any of it ever runs, it sets window.__pwned.
 */
export const LITERAL_SCRIPT = `<script>window.__pwned='text'</script>`;

export function hostileHtml(): string {
  return `<!doctype html>
<html><head><title>The Hostile Page</title>
<script>window.__pwned = 'head script'</script>
<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='refresh'">
</head>
<body onload="window.__pwned='onload'">
<h1>Chapter 1. The Trap</h1>
<p>It began with <img src="x" onerror="window.__pwned='onerror'"> a picture that never loaded.</p>
<p>"Follow me," said Ada. <a href="javascript:window.__pwned='link'">Click here</a> for the rest.</p>
<p>The note read ${LITERAL_SCRIPT.replace(/</g, '&lt;').replace(/>/g, '&gt;')} in plain ink.</p>
<iframe src="javascript:window.__pwned='iframe'"></iframe>
<svg onload="window.__pwned='svg'"><text>vector</text></svg>
<h1>Chapter 2. After</h1>
<p>"Nothing ran," said Tom. "Good," said Ada.</p>
</body></html>`;
}

export function hostileEpub(): Uint8Array {
  const body = (title: string, paras: string) => xhtml(title, `<h1>${title}</h1>${paras}`);
  return writeEpub({
    title: '&lt;img src=x onerror="window.__pwned=\'title\'"&gt; Trap Book',
    author: 'Mallory',
    chapters: [
      {
        file: 'one.xhtml',
        html: body(
          'Chapter One',
          `<p>She opened the box.<script>window.__pwned='epub script'</script></p>
           <p><img src="nope.png" onerror="window.__pwned='epub onerror'"/>"Is it safe?" asked Ada.</p>
           <p><a href="javascript:window.__pwned='epub link'">A link that must not run.</a></p>`,
        ),
      },
      {
        file: 'two.xhtml',
        html: body(
          'Chapter Two',
          `<p onclick="window.__pwned='click'">"It is," said Tom, and closed the lid.</p>`,
        ),
      },
    ],
  });
}

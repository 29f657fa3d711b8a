import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staticRoutes } from '../../src/server/static.js';
import { type Harness, makeHarness } from './harness.js';

let h: Harness;
afterEach(() => h?.close());

describe('security headers and request guards', () => {
  it('sends a Content-Security-Policy without inline script on pages and API answers', async () => {
    h = makeHarness();
    for (const url of ['/', '/api/books', '/api/books/abcd']) {
      const res = await h.app.request(url);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('refuses a cross-site request that would change the library', async () => {
    h = makeHarness();
    const res = await h.upload('book.txt', 'Some text here.', 'http://evil.example');
    expect(res.status).toBe(403);
    expect(h.library.listBooks()).toEqual([]);
  });

  it('refuses a request for a host name other than the loopback (DNS rebinding)', async () => {
    h = makeHarness();
    const res = await h.app.request('http://evil.example/api/books', { headers: { host: 'evil.example' } });
    expect(res.status).toBe(403);
    const ok = await h.app.request('http://127.0.0.1:4178/api/books', {
      headers: { host: '127.0.0.1:4178' },
    });
    expect(ok.status).toBe(200);
  });

  it('answers an unknown API route with a JSON 404', async () => {
    h = makeHarness();
    const res = await h.app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('turns an unexpected failure into a 500 without leaking the stack', async () => {
    h = makeHarness({
      checker: {
        check: () => {
          throw new TypeError('secret internals at /home/me/src/check.ts:12');
        },
        checkTo: async () => {
          throw new TypeError('secret internals at /home/me/src/check.ts:12');
        },
        toJson: (r) => r,
        toView: (r) => r,
        toHtml: () => '',
        readReview: async () => ({ text: '', format: 'txt' }),
      },
    });
    const id = await h.addFixture();
    const res = await h.app.request(`/api/books/${id}/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'She said "hello".' }),
    });
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('internal');
    expect(body.error.message).not.toContain('/home/me');
  });
});

describe('static files', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('serves the built front end and nothing outside it', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'verbatim-web-'));
    mkdirSync(path.join(root, 'web/assets'), { recursive: true });
    writeFileSync(path.join(root, 'web/index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(root, 'web/assets/app.js'), 'console.log(1)');
    writeFileSync(path.join(root, 'secret.txt'), 'secret');
    const app = staticRoutes(path.join(root, 'web'));
    expect(await (await app.request('/')).text()).toContain('<title>app</title>');
    const js = await app.request('/assets/app.js');
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await app.request('/..%2fsecret.txt')).status).toBe(404);
    expect((await app.request('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await app.request('/%E0%A4%A')).status).toBe(404);
  });

  it('explains how to build the page when it is not built', async () => {
    const app = staticRoutes(null);
    root = mkdtempSync(path.join(tmpdir(), 'verbatim-web-'));
    const res = await app.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:web');
  });
});

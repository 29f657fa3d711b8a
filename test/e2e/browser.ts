import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { type RunningServer, startServer } from '../../src/server/start.js';

export const CHROMIUM = process.env.VERBATIM_CHROMIUM ?? '/usr/bin/chromium';
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const WEB_ROOT = path.join(PROJECT_ROOT, 'dist/web');
export const SCREENSHOTS = path.join(PROJECT_ROOT, 'docs/screenshots');

/** Why the browser tests cannot run here, or null when they can. */
export function whyNoBrowser(): string | null {
  if (!existsSync(CHROMIUM)) {
    return `browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set VERBATIM_CHROMIUM)`;
  }
  return null;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs);
  }
  return newest;
}

/** Builds the front end into dist/web if it is missing or older than src/web (the tests need the real page). */
export function ensureWebBuilt(): string | null {
  const index = path.join(WEB_ROOT, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestSource(path.join(PROJECT_ROOT, 'src/web')))
    return null;
  try {
    execFileSync(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: PROJECT_ROOT,
        stdio: 'pipe',
      },
    );
    return null;
  } catch (e) {
    return `browser tests skipped: the front end is not built and \`npm run build:web\` failed: ${String(e).slice(0, 300)}`;
  }
}

/** Debian's Chromium, headless, with a fresh profile and nothing phoning home. */
export async function launchBrowser(): Promise<BrowserContext> {
  const profile = mkdtempSync(path.join(tmpdir(), 'verbatim-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
  });
}

/** A server of its own, Chromium on its library page, and one book uploaded and analysed through it. */
export interface AppWithBook {
  server: RunningServer;
  browser: BrowserContext;
  page: Page;
  dataDir: string;
  bookId: string;
  close(): Promise<void>;
}

/** Starts the app on a temporary library and adds `bookFile` as a user does, by the file picker. */
export async function openAppWithBook(bookFile: string, tmpPrefix: string): Promise<AppWithBook> {
  const dataDir = mkdtempSync(path.join(tmpdir(), tmpPrefix));
  const server = await startServer({ dataDir, host: '127.0.0.1', port: 0, webRoot: WEB_ROOT, log: () => {} });
  const browser = await launchBrowser();
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${server.url}#/`);
  await page.locator('[data-testid=book-file]').setInputFiles(bookFile);
  await page.getByText('added and analysed').waitFor({ timeout: 60_000 });
  const books = (await (await fetch(new URL('api/books', server.url))).json()) as { id: string }[];
  return {
    server,
    browser,
    page,
    dataDir,
    bookId: books[0]!.id,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

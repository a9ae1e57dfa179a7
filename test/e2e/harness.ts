// Starts the real Backstop server (built web app + a throwaway PGlite store) and Debian's chromium
// for the Help app's end-to-end tests.
import assert from '../assert.ts';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function buildWebApp(): void {
  const result = spawnSync(process.execPath, ['scripts/build-web.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`web build failed:\n${result.stdout}\n${result.stderr}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
  /** With `startServer({ adminKey: true })`: an admin API key, e.g. to fill a bank through /v1/banks. */
  adminKey?: string;
}

export interface ServerOptions {
  /** Create an admin API key before the server starts (returned as `adminKey`). */
  adminKey?: boolean;
  /** The operator's list of apps that check the fingerprint list (`--list-checked-by`). */
  listCheckedBy?: string[];
  /** Who runs this copy (`--operator-name`, `--operator-contact`, `--privacy-notice`). */
  operator?: { name?: string; contact?: string; privacyNotice?: string };
  /** `--page-titles` (default neutral). */
  pageTitles?: 'neutral' | 'descriptive';
}

/**
 * The real server (buildApp with every route, the real case store) in this process, on PGlite in
 * memory, listening on a free loopback port. BACKSTOP_E2E_CHILD=1 starts `backstop serve` as a
 * child process instead (slower to start: the whole CLI loads through tsx).
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  if (process.env.BACKSTOP_E2E_CHILD === '1') return startChildServer(options);
  const { createApiKey, openStore } = await import('../../src/store/index.ts');
  const { buildApp } = await import('../../src/server/app.ts');
  const store = await openStore({ dataDir: 'memory://' });
  const adminKey = options.adminKey ? (await createApiKey(store, ['admin'])).key : undefined;
  const app = await buildApp({
    store,
    logger: false,
    config: {
      webDir: join(ROOT, 'dist/web'),
      listCheckedBy: options.listCheckedBy,
      operator: options.operator,
      pageTitles: options.pageTitles,
    },
  });
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    origin,
    adminKey,
    stop: async () => {
      await app.close();
      await store.close();
    },
  };
}

async function startChildServer(options: ServerOptions): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'backstop-e2e-'));
  const port = await freePort();
  let adminKey: string | undefined;
  if (options.adminKey) {
    // Before `serve` starts: the embedded database is single-process.
    const created = spawnSync(
      process.execPath,
      ['bin/backstop.js', 'keys', 'create', '--scope', 'admin', '--json', '--data', join(dataDir, 'pglite')],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } },
    );
    if (created.status !== 0) throw new Error(`could not create an admin key:\n${created.stderr}`);
    adminKey = (JSON.parse(created.stdout) as { key: string }).key;
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'bin/backstop.js',
      'serve',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--data',
      join(dataDir, 'pglite'),
      '--web-dir',
      join(ROOT, 'dist/web'),
      '--log-level',
      'warn',
      ...(options.listCheckedBy ? ['--list-checked-by', options.listCheckedBy.join(',')] : []),
      ...(options.operator?.name ? ['--operator-name', options.operator.name] : []),
      ...(options.operator?.contact ? ['--operator-contact', options.operator.contact] : []),
      ...(options.operator?.privacyNotice ? ['--privacy-notice', options.operator.privacyNotice] : []),
      ...(options.pageTitles ? ['--page-titles', options.pageTitles] : []),
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DATABASE_URL: '' } },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${stderr}`);
    try {
      const response = await fetch(`${origin}/readyz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become ready:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    adminKey,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * What makes the page scroll sideways at its current viewport (for a 360px phone): [] when
 * document.documentElement.scrollWidth fits, else the widest elements that stick out.
 */
export async function overflowAt(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return [];
    const culprits = Array.from(document.body.querySelectorAll<HTMLElement>('*'))
      .map((element) => ({ element, right: element.getBoundingClientRect().right }))
      .filter(({ right }) => right > width + 0.5)
      .sort((a, b) => b.right - a.right)
      .slice(0, 5)
      .map(({ element, right }) => {
        const classes = typeof element.className === 'string' && element.className.trim();
        const name = element.tagName.toLowerCase() + (classes ? `.${classes.split(/\s+/).join('.')}` : '');
        return `${name} ends at ${Math.round(right)}px`;
      });
    return [`scroll width ${scrollWidth} > ${width}`, ...culprits];
  });
}

export interface E2e {
  server: RunningServer;
  browser: Browser;
}

/**
 * For a test file: builds the web app, starts the server and chromium before the tests, and stops
 * them after. The returned object is filled in by the time the tests run.
 */
export function setUpE2e(options: ServerOptions = {}): E2e {
  const e2e = {} as E2e;
  before(async () => {
    buildWebApp();
    e2e.server = await startServer(options);
    e2e.browser = await launchBrowser();
  });
  after(async () => {
    await e2e.browser?.close();
    await e2e.server?.stop();
  });
  return e2e;
}

export interface RecordedRequest {
  url: string;
  method: string;
  body: Buffer | null;
}

export interface WatchedRequests {
  /** Every request the pages of the context made, with its body. */
  requests: RecordedRequest[];
  /** Requests to any other site: refused, and listed here (there must be none). */
  blocked: string[];
}

/**
 * Records every request of `context` and refuses any that leaves `origin`, so a test can prove
 * what the app sends and that nothing goes elsewhere. `answerLocally` may answer chosen outside
 * addresses (e.g. quick exit's neutral site) without touching the network.
 */
export async function watchRequests(
  context: BrowserContext,
  origin: string,
  answerLocally?: (url: string) => { status: number; contentType: string; body: string } | undefined,
): Promise<WatchedRequests> {
  const watched: WatchedRequests = { requests: [], blocked: [] };
  context.on('request', (request) => {
    watched.requests.push({ url: request.url(), method: request.method(), body: request.postDataBuffer() });
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/')) return route.continue();
    const answer = answerLocally?.(url);
    if (answer) return route.fulfill(answer);
    watched.blocked.push(url);
    return route.abort();
  });
  return watched;
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical accessibility violations on the page, one line each. */
export async function axeViolations(target: Page): Promise<string[]> {
  // page.evaluate runs outside the page's Content-Security-Policy, so axe can be injected as is.
  await target.evaluate(AXE);
  const results = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document)).violations as {
      id: string;
      impact: string;
      help: string;
      nodes: { target: string[] }[];
    }[];
  });
  return results
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Screenshots of the page as it is now at 360 px (after checking nothing is wider than the screen)
 * and 1280 px, into test-results/screenshots/ as NAME-phone.png and NAME-desktop.png; the viewport is
 * put back as it was.
 */
export async function phoneAndDesktopScreenshots(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  assert.deepEqual(await overflowAt(page), [], `${name} fits a 360px screen`);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true });
  if (size) await page.setViewportSize(size);
}

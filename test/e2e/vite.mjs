// examples/vite on React 18 or 19: built, previewed and driven in Chromium; then the same build on a page
// with a strict Content-Security-Policy, scanned for the browser-side token everywhere but Authorization.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { MOCK_IMAGE_ORIGIN, check, explained, pickJapanPlan, problems, watchPage } from './flows.mjs';
import { QUIET_ENV, StepError, freePort, run, startServer, step } from './harness.mjs';

/** A token no code path would produce by accident: seeing it anywhere is a leak, not a coincidence. */
export const E2E_TOKEN = 'tok_e2e_7c41f9d2b8a65e30';

/**
 * Issue 7's policy, plus the one source a partner's policy has to list for data it shows: the API's image
 * host (the mock catalogue's product images). Scripts, styles, connections and workers stay 'self'.
 */
export const STRICT_CSP = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' ${MOCK_IMAGE_ORIGIN}`;

export async function buildVite(app, label) {
  // As README tells partners: the worker file for browser mocks (msw.workerDirectory in package.json says where).
  await step(`${label}: npx msw init`, () => run('npx', ['msw', 'init'], { cwd: app }));
  check(existsSync(join(app, 'public', 'mockServiceWorker.js')), '`npx msw init` wrote no public/mockServiceWorker.js');
  await step(`${label}: vite build`, () =>
    run('npx', ['vite', 'build'], { cwd: app, env: { ...QUIET_ENV, VITE_ESIM_DEMO_TOKEN: E2E_TOKEN } }),
  );
}

/** Type-checks the app and the package's declarations under TS 7 with the strictest flags (skipLibCheck off). */
export async function typecheckVite(app, label) {
  await step(`${label}: tsc --noEmit`, () => run('npx', ['tsc', '--noEmit'], { cwd: app }));
}

async function flow(browser, url, { expectCsp = false } = {}) {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const record = await watchPage(context);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const price = await explained(record, () => pickJapanPlan(page));
    const status = page.getByTestId('selection');
    await explained(record, () =>
      status.filter({ hasText: price }).waitFor().catch(() => {
        throw new StepError(`The host's onChange did not report the chosen plan's price ${price}`);
      }),
    );
    await page.waitForLoadState('networkidle');
    if (expectCsp) {
      const header = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
      check(header === STRICT_CSP, `The page was not served with the strict CSP (got ${header})`);
    }
    const found = problems(record);
    check(found.length === 0, `Console errors or warnings:\n  ${found.join('\n  ')}`);
    return { page, context, record, price };
  } catch (error) {
    await context.close();
    throw error;
  }
}

export async function testVitePreview(app, browser, label) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = await step(`${label}: vite preview`, () =>
    startServer('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: app, url }),
  );
  try {
    await step(`${label}: search → Japan → plan`, async () => {
      const { context, price } = await flow(browser, url);
      await context.close();
      console.log(`    Japan, first plan: ${price}`);
    });
  } finally {
    await server.stop();
  }
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

/** A static server for a built app, every answer with the strict CSP. Resolves to `{ url, close }`. */
export function serveWithCsp(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      // The mock API's service worker too: it answers the API and the catalogue's images itself, fetching nothing.
      'content-security-policy': STRICT_CSP,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) =>
    server.listen(0, '127.0.0.1', () =>
      resolvePromise({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

/** Where the token shows up, other than an Authorization request header. */
async function tokenLeaks(page, context, record) {
  const leaks = [];
  let authorizations = 0;
  for (const request of record.requests) {
    if (request.url.includes(E2E_TOKEN)) leaks.push(`request URL ${request.url}`);
    for (const [name, value] of Object.entries(request.headers)) {
      if (!value.includes(E2E_TOKEN)) continue;
      if (name.toLowerCase() === 'authorization') authorizations++;
      else leaks.push(`request header ${name} of ${request.url}`);
    }
  }
  const dom = await page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea, select')].map((field) => field.value);
    return [document.documentElement.outerHTML, ...values].join('\n');
  });
  if (dom.includes(E2E_TOKEN)) leaks.push('the DOM (outerHTML or a field value)');
  for (const message of record.console) if (message.text.includes(E2E_TOKEN)) leaks.push(`console.${message.type}: ${message.text}`);
  for (const error of record.errors) if (error.includes(E2E_TOKEN)) leaks.push(`uncaught error: ${error}`);
  const storage = await page.evaluate(() => {
    const dump = (area) => Object.entries({ ...area }).flat().join('\n');
    return `${dump(localStorage)}\n${dump(sessionStorage)}\n${document.cookie}`;
  });
  if (storage.includes(E2E_TOKEN)) leaks.push('localStorage, sessionStorage or document.cookie');
  const cookies = await context.cookies();
  if (cookies.some((cookie) => `${cookie.name}=${cookie.value}`.includes(E2E_TOKEN))) leaks.push('a cookie');
  return { leaks, authorizations };
}

export async function testViteCsp(app, browser, label) {
  const site = await step(`${label}: static server with strict CSP`, () => serveWithCsp(join(app, 'dist')));
  try {
    await step(`${label}: strict CSP — zero violations; token only in Authorization`, async () => {
      const { page, context, record } = await flow(browser, site.url, { expectCsp: true });
      try {
        check(record.violations.length === 0, `securitypolicyviolation events:\n  ${record.violations.map((v) => JSON.stringify(v)).join('\n  ')}`);
        const { leaks, authorizations } = await tokenLeaks(page, context, record);
        // The positive control: the watcher saw the token where it belongs, so a leak elsewhere would have been seen too.
        check(authorizations > 0, 'No request carried the token in Authorization: the scan watched nothing');
        check(leaks.length === 0, `The token leaked outside Authorization headers:\n  ${leaks.join('\n  ')}`);
        console.log(`    ${record.requests.length} requests, ${authorizations} with the token in Authorization, 0 CSP violations, 0 leaks`);
      } finally {
        await context.close();
      }
    });
  } finally {
    await site.close();
  }
}

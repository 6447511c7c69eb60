// `npm run bench`: builds bench/ with Vite (production React), serves it from 127.0.0.1, drives
// headless Chromium through playwright and prints median (min–max) per scenario, with the plain
// hand-written list measured in the same batch as the floor. JSON goes to bench-results/latest.json.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';
import { summarise, table, warnings } from './report.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = join(repo, 'bench');
const outDir = join(benchDir, 'dist'); // git-ignored by the root `dist/` rule
const resultsFile = join(repo, 'bench-results', 'latest.json');

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = [250, 5000]; // 250 = usdCatalogue, the built-in one
const PLANS_SIZE = 250;
const QUERIES = ['ger', 'uni']; // typed char by char; "uni" replaces "ger" via select-all
const SETTLE_MS = 200; // list unchanged this long = the keystroke's work is done
const STEP_TIMEOUT_MS = 20_000; // a hung page fails its sample instead of the whole batch
const COLD_OPTION = 3; // not the first option: an "active by default" option may be prefetched at mount
const HOVER_OPTION = 4;

if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BENCH_RUNS must be a positive integer, got ${process.env.BENCH_RUNS}`);
if (RUNS < 5) console.warn(`BENCH_RUNS=${RUNS}: fewer than 5 runs is for trying the harness, not for figures.`);

const scenarios = [
  ...SIZES.flatMap((size) => [
    { id: `plain-${size}`, impl: 'plain', size },
    { id: `ours-${size}`, impl: 'ours', size },
  ]),
  { id: 'plans-cold', impl: 'picker', size: PLANS_SIZE, flow: 'cold' },
  { id: 'plans-prefetch', impl: 'picker', size: PLANS_SIZE, flow: 'prefetch' },
];

// Resources to release on any exit path, including Ctrl-C. Playwright also kills its browser when
// node exits; closing here first keeps the exit clean and frees the port at once.
let server;
let browser;
let interrupted = false;
async function cleanup() {
  await browser?.close().catch(() => {});
  browser = undefined;
  server?.closeAllConnections?.();
  server?.close();
  server = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true; // stops the run loop from recording the failures the shutdown causes
    console.error(`\n${signal}: stopping the browser and the server…`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function buildBench() {
  await build({
    root: benchDir,
    configFile: false, // the repo's vite.config.ts is the library + test config, not this app's
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** A static server for bench/dist on a random free port of 127.0.0.1. */
function serve() {
  return new Promise((resolvePort, reject) => {
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path.startsWith('/img/')) {
        // Product images (see bench/data.ts): one tiny PNG, cacheable like a CDN's.
        res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'max-age=3600' }).end(PIXEL);
        return;
      }
      const file = normalize(join(outDir, path === '/' ? 'index.html' : path));
      if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(readFileSync(file));
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePort(server.address().port));
  });
}

// Product images: a 1×1 PNG served locally so image loading is steady and costs no network.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

function withTimeout(promise, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

async function heapUsed(cdp) {
  // Two passes: the first can leave objects that only the second frees (weak refs, finalizers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

/** One fresh context + page per sample, so no JIT or cache warmth carries from one sample to the next. */
async function measure(scenario, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/?impl=${scenario.impl}&size=${scenario.size}`);
    await page.waitForFunction(() => window.__bench !== undefined);
    const result = { productCount: await page.evaluate(() => window.__bench.productCount) };

    const before = await heapUsed(cdp);
    result.mount = await withTimeout(page.evaluate(() => window.__bench.mount()), 'mount');
    // Let effects, idle work and image loads finish so the heap figure is the steady state after mount.
    await page.evaluate((ms) => window.__bench.quiet(ms), 500);
    result.heap = { before, after: await heapUsed(cdp) };

    if (scenario.impl !== 'picker') {
      result.keystrokes = [];
      const search = page.locator('#root').locator('[role="combobox"], [role="searchbox"], input[type="search"], input[type="text"]').first();
      await search.focus();
      for (const [i, query] of QUERIES.entries()) {
        if (i > 0) await page.keyboard.press('ControlOrMeta+A'); // the next char replaces the query
        for (const char of query) {
          await page.evaluate(() => window.__bench.armKeystroke());
          await page.keyboard.type(char);
          const k = await withTimeout(page.evaluate((ms) => window.__bench.keystrokeResult(ms), SETTLE_MS), 'keystroke');
          result.keystrokes.push({ char, ...k });
        }
      }
    } else {
      if (scenario.flow === 'prefetch') {
        const startedBefore = await page.evaluate(() => window.__bench.requests.started);
        await page.locator('#root [role="option"]').nth(HOVER_OPTION).hover();
        // Wait for the prefetch to finish; if none starts within 3 s, click anyway and let the count say so.
        await page
          .waitForFunction((n) => window.__bench.requests.started > n && window.__bench.requests.started === window.__bench.requests.finished, startedBefore, { timeout: 3000 })
          .catch(() => {});
        await page.evaluate((ms) => window.__bench.quiet(ms), 100);
        result.prefetch = { requests: (await page.evaluate(() => window.__bench.requests.started)) - startedBefore };
      }
      const index = scenario.flow === 'prefetch' ? HOVER_OPTION : COLD_OPTION;
      result.plans = await withTimeout(page.evaluate(([i, ms]) => window.__bench.clickToPlans(i, ms), [index, 300]), 'plans');
      result.urls = await page.evaluate(() => window.__bench.requests.urls);
    }
    if (pageErrors.length) result.pageErrors = pageErrors;
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

async function main() {
  const started = Date.now();
  process.stdout.write('Building bench/ (vite, production)… ');
  await buildBench();
  console.log('done');
  const port = await serve();
  const origin = `http://127.0.0.1:${port}`;
  // Our own signal handlers (above) close browser and server in order; playwright's would race them.
  browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  console.log(`Chromium ${browser.version()}, ${os.cpus().length} CPUs, ${RUNS} runs × ${scenarios.length} scenarios, fresh context each`);

  const samples = [];
  for (let run = 1; run <= RUNS; run++) {
    // Interleave scenarios (A B A B…) and reverse every other run, so drift and position bias spread evenly.
    const order = run % 2 ? scenarios : [...scenarios].reverse();
    for (const scenario of order) {
      if (interrupted) return;
      try {
        samples.push({ scenario: scenario.id, impl: scenario.impl, size: scenario.size, run, ...(await measure(scenario, origin)) });
      } catch (error) {
        if (interrupted) return;
        samples.push({ scenario: scenario.id, impl: scenario.impl, size: scenario.size, run, error: String(error?.message ?? error).split('\n')[0] });
      }
    }
    console.log(`  run ${run}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)`);
  }

  const summary = summarise(samples);
  const meta = { plansSize: PLANS_SIZE, runs: RUNS, apiLatencyMs: 50, chromium: browser.version(), node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, date: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000) };
  console.log(`\n${table(summary, meta)}\n`);
  const notes = warnings(summary);
  for (const note of notes) console.log(`⚠ ${note}`);
  mkdirSync(resolve(resultsFile, '..'), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify({ meta, summary, samples }, null, 2)}\n`);
  console.log(`Raw samples and summary: ${resultsFile.slice(repo.length)} (${meta.seconds} s)`);
  if (summary.errors.length) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
}

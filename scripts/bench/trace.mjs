// `npm run bench:trace` (node scripts/bench/trace.mjs [impl] [size]): where a keystroke's time goes.
// Builds bench/ unminified (readable function names), opens one page, types the bench's queries with
// the V8 sampling profiler and a devtools.timeline trace running, and prints per keystroke the main
// thread's time by kind (script, style, layout, paint…), the phases from keydown to the measured frame
// (medians), and the JS functions with the most self and inclusive time.
// The figures are for finding hot spots, not for the README: the profiler itself slows script down.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';

const [impl = 'ours', sizeArg = '250'] = process.argv.slice(2);
const size = Number(sizeArg);
const repo = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = join(repo, 'bench');
const outDir = join(repo, 'node_modules', '.cache', 'esim-bench-trace'); // git-ignored, apart from bench/dist
// The bench's queries and one more, four times over: enough samples for the profile to mean something.
const KEYS = Array.from({ length: 4 }, () => ['SELECT', 'g', 'e', 'r', 'SELECT', 'u', 'n', 'i', 'SELECT', 'j', 'a', 'p']).flat();

await build({
  root: benchDir,
  configFile: false,
  mode: 'production',
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir, emptyOutDir: true, minify: false, sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 8192 },
});

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.startsWith('/img/')) return res.writeHead(404).end();
  const file = normalize(join(outDir, path === '/' ? 'index.html' : path));
  if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/?impl=${impl}&size=${size}`);
  await page.waitForFunction(() => window.__bench !== undefined);
  await page.evaluate(() => window.__bench.mount());
  await page.evaluate(() => window.__bench.quiet(600));
  await page.locator('#root input').first().focus();

  const cdp = await page.context().newCDPSession(page);
  /** Types KEYS while Chromium traces (and V8 samples, when `profiled`); the trace's events and the profile. */
  async function record(profiled) {
    const events = [];
    const collect = ({ value }) => events.push(...value);
    cdp.on('Tracing.dataCollected', collect);
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8.execute,cc', transferMode: 'ReportEvents' });
    if (profiled) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    let typed = 0;
    for (const key of KEYS) {
      if (key === 'SELECT') {
        await page.keyboard.press('ControlOrMeta+A');
        continue;
      }
      await page.evaluate(() => window.__bench.armKeystroke());
      await page.keyboard.type(key);
      await page.evaluate(() => window.__bench.keystrokeResult(200));
      typed++;
    }
    const profile = profiled ? (await cdp.send('Profiler.stop')).profile : undefined;
    await cdp.send('Tracing.end');
    await traced;
    cdp.off('Tracing.dataCollected', collect);
    return { events, profile, typed };
  }

  // First without the sampling profiler, which slows script down: the phases of each keystroke as the bench
  // measures it. The `input` event's script (React's render and commit), the rest of that task (the editor's
  // layout of what changed), the frame (BeginMainFrame: rAF, style, layout, paint), the tasks that ran
  // after the frame before the bench's message saw it, and how many layout objects were laid out.
  {
    const { events } = await record(false);
    const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const onMain = events.filter((e) => e.ph === 'X' && (!thread || e.tid === thread.tid)).sort((a, b) => a.ts - b.ts);
    const after = (ts, test) => onMain.find((e) => e.ts > ts && test(e));
    const phases = [];
    const laidOutCounts = [];
    const typedKeys = KEYS.filter((key) => key !== 'SELECT');
    for (const [i, input] of onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input').entries()) {
      const keydown = onMain.findLast((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown' && e.ts < input.ts);
      const task = onMain.find((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts <= input.ts && e.ts + e.dur >= input.ts + input.dur);
      const frame = after(input.ts, (e) => e.name === 'ProxyMain::BeginMainFrame');
      const seen = frame && after(frame.ts, (e) => e.name === 'FunctionCall' && /onmessage/.test(e.args?.data?.functionName ?? ''));
      if (!keydown || !task || !seen) continue;
      const frameEnd = frame.ts + frame.dur;
      const between = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts >= frameEnd && e.ts < seen.ts);
      // Layout objects the browser laid out for this keystroke (each Layout event says how many were dirty).
      const laidOut = onMain
        .filter((e) => e.name === 'Layout' && e.ts >= input.ts && e.ts < frameEnd)
        .reduce((sum, e) => sum + (e.args?.beginData?.dirtyObjects ?? 0), 0);
      phases.push({
        'input event script': input.dur,
        'rest of the input task': task.ts + task.dur - (input.ts + input.dur),
        'frame (BeginMainFrame)': frame.dur,
        'tasks after the frame': between.reduce((sum, e) => sum + e.dur, 0),
        'keydown → bench sees the frame': seen.ts - keydown.ts,
      });
      laidOutCounts.push({ key: typedKeys[i], count: laidOut });
    }
    if (phases.length) {
      const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      console.log(`${impl} at ${size} destinations: phases per keystroke, median ms of ${phases.length} (tracing adds a little)`);
      for (const name of Object.keys(phases[0])) console.log(`  ${name.padEnd(34)} ${(median(phases.map((p) => p[name])) / 1000).toFixed(2)}`);
      // The first round of keys, each with its count: narrowing keys and keys that replace the query differ most.
      const firstRound = laidOutCounts.slice(0, 9).map(({ key, count }) => `${key} ${count}`).join(', ');
      console.log(`  ${'layout objects laid out'.padEnd(34)} ${median(laidOutCounts.map(({ count }) => count))} (${firstRound}, …)`);
    }
  }

  // Then again with the profiler: where the time goes by kind and by function.
  const { events, profile, typed } = await record(true);

  // Main-thread time by kind, from the timeline's top-level events of the renderer main thread.
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const KINDS = {
    'Script (event handlers, React)': ['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'v8.run'],
    'Style recalc': ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
    Layout: ['Layout'],
    'Pre-paint / paint / layerize': ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit'],
    'Hit test': ['HitTest'],
  };
  // Each keystroke's window: from its keydown's dispatch to 40 ms later (past its frame), so the harness's
  // own waiting between keystrokes is left out.
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown' && (!main || e.tid === main.tid));
  const windows = keydowns.map((e) => [e.ts, e.ts + 40_000]);
  const inWindow = (ts) => windows.some(([from, to]) => ts >= from && ts < to);

  // Main-thread CPU time (thread time, `tdur`: not counting time the OS gave to other processes) of every
  // task from a keydown until the next keydown: the work a keystroke costs, comparable on a busy machine.
  const starts = keydowns.map((e) => e.ts).sort((a, b) => a - b);
  let cpu = 0;
  for (const e of events) {
    if (e.name !== 'ThreadControllerImpl::RunTask' || e.ph !== 'X' || (main && e.tid !== main.tid) || e.ts < starts[0]) continue;
    cpu += (e.tdur ?? e.dur ?? 0) / 1000;
  }
  console.log(`main-thread CPU per keydown (tasks from the first keydown on, ${starts.length} keydowns incl. select-all): ${(cpu / starts.length).toFixed(2)} ms`);
  const totals = {};
  for (const e of events) {
    if (e.ph !== 'X' || (main && (e.pid !== main.pid || e.tid !== main.tid)) || !inWindow(e.ts)) continue;
    for (const [kind, names] of Object.entries(KINDS)) if (names.includes(e.name)) totals[kind] = (totals[kind] ?? 0) + (e.dur ?? 0) / 1000;
  }
  console.log(`\n${impl} at ${size} destinations: ${typed} keystrokes traced`);
  console.log('main-thread ms per keystroke by kind (nested events overlap: script includes the forced layouts it causes):');
  for (const [kind, ms] of Object.entries(totals)) console.log(`  ${kind.padEnd(34)} ${(ms / typed).toFixed(2)}`);

  // JS self time per function (sampling profiler).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (inWindow(at)) dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  const self = new Map();
  for (const [id, us] of dt) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const where = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + us / 1000);
  }
  // Inclusive time: a sample counts for every distinct function on its stack (a hook with the work it causes).
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map();
  for (const [id, us] of dt) {
    const counted = new Set();
    for (let node = id; node !== undefined; node = parent.get(node)) {
      const { functionName, url, lineNumber } = byId.get(node).callFrame;
      if (!functionName || functionName.startsWith('(')) continue;
      const where = `${functionName} ${url.split('/').pop()}:${lineNumber + 1}`;
      if (!counted.has(where)) inclusive.set(where, (inclusive.get(where) ?? 0) + us / 1000);
      counted.add(where);
    }
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  const script = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`JS self time per keystroke, top functions (of ${(script / typed).toFixed(2)} ms sampled, GC included):`);
  for (const [where, ms] of top) console.log(`  ${(ms / typed).toFixed(3).padStart(7)}  ${where}`);
  console.log('JS inclusive time per keystroke, top functions:');
  for (const [where, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${(ms / typed).toFixed(3).padStart(7)}  ${where}`);
} finally {
  await browser.close();
  server.close();
}

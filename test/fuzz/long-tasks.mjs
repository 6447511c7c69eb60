// Measures, in Chromium, the main-thread tasks of validating a 100,000-product answer through the real
// client: `node test/fuzz/long-tasks.mjs`. Prints every long task (over 50 ms, as the Long Tasks API
// reports them) and the time to the result. Not part of `npm test`: it is a measurement, and speed
// depends on the machine.
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const COUNT = Number(process.env.PRODUCTS) || 100_000;
const page = `
  import { createEsimClient } from './src/api/index.ts';
  const body = JSON.stringify(Array.from({ length: ${COUNT} }, (_, i) => ({
    id: i + 1, name: 'Japan eSIM — Plan ' + i, country_code: 'JPN', currency_code: 'USD',
    image_url: i % 10 ? 'https://cdn.example.com/esim/jpn.png' : '',
  })));
  const records = JSON.parse(body);
  const pages = [];
  for (let start = 0; start < ${COUNT}; start += 100) pages.push(JSON.stringify(records.slice(start, start + 100)));
  window.run = async (paged) => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => Math.round(e.duration))));
    observer.observe({ type: 'longtask' });
    let page = 0;
    const fetch = async () => new Response(paged ? pages[page++] : body);
    const client = createEsimClient({ baseUrl: 'https://api.esim.test', maxResponseBytes: 50e6, fetch });
    const started = performance.now();
    let items = 0;
    if (paged) for (const _ of pages) items += (await client.listProducts({ perPage: 100 })).items.length;
    else items = (await client.listProducts()).items.length;
    const total = Math.round(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    return { items, bytes: body.length, total, tasks };
  };
`;
const { outputFiles } = await build({
  stdin: { contents: page, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent',
});
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const tab = await browser.newPage();
  await tab.setContent('<!doctype html><title>long tasks</title>');
  await tab.addScriptTag({ content: outputFiles[0].text, type: 'module' });
  await tab.waitForFunction(() => typeof window.run === 'function', undefined, { timeout: 120_000 });
  for (const paged of [true, false]) {
    const result = await tab.evaluate((mode) => window.run(mode), paged);
    const how = paged ? 'in pages of 100 (as the API pages)' : 'in one answer';
    console.log(`${result.items} products (${(result.bytes / 1e6).toFixed(1)} MB) ${how}: ${result.total} ms`);
    console.log(`  long tasks (> 50 ms): ${result.tasks.length ? result.tasks.join(', ') + ' ms' : 'none'}`);
  }
} finally {
  await browser.close();
}

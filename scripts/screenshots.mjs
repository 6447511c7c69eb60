// `npm run screenshots`: builds Storybook, opens the main stories in headless Chromium and writes the
// pictures README shows into docs/screenshots/. Light, dark, right-to-left and a 320 px phone.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

// [file, story id, viewport width, what must be on screen before the picture is taken]
const SHOTS = [
  ['checkout.png', 'checkout--checkout', 1100, 'input[type=radio]:checked'],
  ['country-list.png', 'components-countrylist--custom-popular', 640, '[role=option]'],
  ['plan-picker.png', 'components-planpicker--default', 640, 'input[type=radio]'],
  ['dark.png', 'components-esimpicker--dark-theme', 640, 'input[type=radio]'],
  ['rtl-arabic.png', 'components-planpicker--arabic-rtl', 640, 'input[type=radio]'],
  ['phone-320.png', 'components-esimpicker--choose-then-pick', 320, 'input[type=radio]'],
];

const out = join(process.cwd(), 'docs', 'screenshots');
// `npm run screenshots -- dark.png` takes only the pictures named.
const wanted = process.argv.slice(2);
const shots = wanted.length ? SHOTS.filter(([file]) => wanted.includes(file)) : SHOTS;
const built = mkdtempSync(join(tmpdir(), 'esim-storybook-'));
spawnSync('npx', ['msw', 'init'], { stdio: 'ignore' });
console.log('Building Storybook…');
const build = spawnSync('npx', ['storybook', 'build', '--quiet', '--disable-telemetry', '-o', built], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const site = await serveStatic(built);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
let failed = false;
try {
  mkdirSync(out, { recursive: true });
  for (const [file, id, width, ready] of shots) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    try {
      await page.goto(`${site.url}/iframe.html?id=${id}&viewMode=story`);
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      // The play function may still be typing or choosing: wait until the page stops changing.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const root = page.locator('#storybook-root');
      await root.screenshot({ path: join(out, file), animations: 'disabled' });
      console.log(`✓ docs/screenshots/${file}  (${id}, ${width} px)`);
    } catch (error) {
      failed = true;
      console.error(`✖ ${file} (${id}): ${error.message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(built, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

// `npm test`: type check, every Vitest project (jsdom, Chromium, Storybook stories), then the size budget.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const chromePath = ensureChromium();
const env = { ...process.env, CHROME_PATH: chromePath };

function run(label, command, args, { quiet = false } = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: quiet ? 'pipe' : 'inherit', env, encoding: 'utf8' });
  if (quiet && result.status !== 0) process.stderr.write(`${result.stdout}${result.stderr}`);
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

run('msw worker', 'npx', ['msw', 'init'], { quiet: true });
run('type check', 'npx', ['tsc', '-p', 'tsconfig.json']);
const RESULTS = 'test-results.json';
rmSync(RESULTS, { force: true });
run('tests (unit, browser, storybook)', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}`, ...process.argv.slice(2),
]);

run('size budget', 'node', ['scripts/size.mjs']);

if (existsSync(RESULTS)) {
  // One plain closing line that any CI can read, whatever it knows of Vitest.
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(RESULTS, 'utf8'));
  console.log(`\nvitest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
}

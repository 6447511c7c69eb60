// `npm test`: type check, build, every Vitest project (jsdom, Chromium, Storybook stories), checks on the
// built package (directives, publint, attw), size budgets, then the example apps from the packed tarball.
// Every step runs even when an earlier one failed (except what needs the build), so one run shows every
// problem; the last line is always the plain Vitest tally.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureChromium } from './chromium.mjs';

const chromePath = ensureChromium();
const env = { ...process.env, CHROME_PATH: chromePath };
const failed = [];

function run(label, command, args, { quiet = false } = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: quiet ? 'pipe' : 'inherit', env, encoding: 'utf8' });
  if (quiet && result.status !== 0) process.stderr.write(`${result.stdout}${result.stderr}`);
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    failed.push(label);
    return false;
  }
  return true;
}

run('msw worker', 'npx', ['msw', 'init'], { quiet: true });
run('type check', 'npx', ['tsc', '-p', 'tsconfig.json']);
const built = run('build', 'npm', ['run', 'build', '--silent']);

const RESULTS = 'test-results.json';
rmSync(RESULTS, { force: true });
run('tests (unit, browser, storybook)', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}`, ...process.argv.slice(2),
]);

if (built) {
  run("dist: 'use client' exactly on client modules; server-safe entries", 'node', ['scripts/check-dist.mjs']);
  // publint and attw read the tarball npm would publish; packing without scripts reuses the build above.
  const packDir = mkdtempSync(path.join(tmpdir(), 'esim-picker-pack-'));
  if (run('pack', 'npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', packDir], { quiet: true })) {
    const tarball = path.join(packDir, readdirSync(packDir).find((file) => file.endsWith('.tgz')));
    run('publint', 'npx', ['publint', 'run', tarball, '--strict']);
    run('attw (ESM-only)', 'npx', ['attw', tarball, '--profile', 'esm-only', '--exclude-entrypoints', './styles.css']);
  }
  rmSync(packDir, { recursive: true, force: true });
  run('size budgets', 'node', ['scripts/size.mjs']);
}
run('example apps from the packed tarball (Next.js App Router, Vite on React 19 and 18)', 'node', ['scripts/examples.mjs']);

if (failed.length > 0) console.error(`\n✖ Failed: ${failed.join('; ')}`);
// One plain closing line that any CI can read, whatever it knows of Vitest.
if (existsSync(RESULTS)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(RESULTS, 'utf8'));
  console.log(`\nvitest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
} else {
  console.log('\nvitest: no results (Vitest did not finish; see above)');
}
process.exit(failed.length > 0 ? 1 : 0);

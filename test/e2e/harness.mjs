// Shared by scripts/examples.mjs and scripts/demo.mjs: pack the repository as npm would publish it,
// install the tarball into a temporary copy of an example, run commands and servers, time each step.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');

/** Every child gets these: no telemetry, no prompts, no colour codes in the logs we print on failure. */
export const QUIET_ENV = {
  ...process.env,
  CI: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  npm_config_update_notifier: 'false',
};

export class StepError extends Error {}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
export const durations = [];

/** Runs `fn`, prints its label and how long it took, and records the duration for the closing table. */
export async function step(label, fn) {
  const started = performance.now();
  process.stdout.write(`▶ ${label}\n`);
  try {
    const value = await fn();
    const took = performance.now() - started;
    durations.push({ label, took, ok: true });
    process.stdout.write(`  ✓ ${label} (${seconds(took)})\n`);
    return value;
  } catch (error) {
    const took = performance.now() - started;
    durations.push({ label, took, ok: false });
    process.stdout.write(`  ✖ ${label} (${seconds(took)})\n`);
    throw error;
  }
}

export function printDurations() {
  const width = Math.max(...durations.map((entry) => entry.label.length));
  console.log('\nDurations:');
  for (const { label, took, ok } of durations) console.log(`  ${ok ? '✓' : '✖'} ${label.padEnd(width)}  ${seconds(took).padStart(8)}`);
  console.log(`  total ${''.padEnd(width - 6)}  ${seconds(durations.reduce((sum, entry) => sum + entry.took, 0)).padStart(8)}`);
}

/** Runs a command to completion with no stdin; on failure throws with the tail of its output. */
export function run(command, args, { cwd = REPO, env = QUIET_ENV } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new StepError(`\`${command} ${args.join(' ')}\` in ${cwd} exited with ${code}:\n${output.slice(-6000)}`));
    });
  });
}

export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

/**
 * Starts a long-running server in its own process group and waits until `url` answers. `stop()` ends the
 * whole group (npx, node and any workers it spawned) and waits for it to exit.
 */
export async function startServer(command, args, { cwd, env = QUIET_ENV, url, timeoutMs = 120_000 }) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exited = false;
  const exit = new Promise((resolvePromise) => child.on('exit', () => resolvePromise((exited = true))));
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const killer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    await exit;
    clearTimeout(killer);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new StepError(`\`${command} ${args.join(' ')}\` exited before serving ${url}:\n${output.slice(-4000)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      return { stop, output: () => output };
    } catch {
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 250));
    }
  }
  await stop();
  throw new StepError(`\`${command} ${args.join(' ')}\` did not serve ${url} within ${timeoutMs / 1000} s:\n${output.slice(-4000)}`);
}

/** Files every consumer needs, beyond the targets of package.json's `exports` (checked from the manifest). */
const REQUIRED_FILES = ['package.json', 'README.md', 'LICENSE'];

/**
 * `npm pack`s the repository into `destination` (its `prepack` builds) and checks that every file the
 * manifest's `exports` names is in the tarball. Returns the tarball's path and its manifest.
 */
export async function packRepository(destination) {
  const given = process.env.ESIM_PICKER_TARBALL;
  const report = given ? await describeTarball(resolve(given), destination) : await pack(destination);
  const files = new Set(report.files.map((file) => file.path));
  const manifest = report.manifest;
  const targets = new Set(REQUIRED_FILES);
  const collect = (value) => {
    if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') for (const nested of Object.values(value)) collect(nested);
  };
  collect(manifest.exports);
  const missing = [...targets].filter((target) => !target.includes('*') && !files.has(target));
  if (missing.length > 0) {
    throw new StepError(
      `The packed package (${report.filename}, ${report.files.length} files) misses: ${missing.join(', ')}.\n` +
        'Does `prepack` build, and does `files` in package.json include them?',
    );
  }
  return { tarball: report.tarball, manifest, files };
}

async function pack(destination) {
  const output = await run('npm', ['pack', '--json', '--pack-destination', destination]);
  // npm prints the prepack build's output before the JSON array.
  const [report] = JSON.parse(output.slice(output.lastIndexOf('\n[') + 1));
  const tarball = join(destination, report.filename);
  const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  return { ...report, tarball, manifest };
}

/** ESIM_PICKER_TARBALL=path: test a tarball packed elsewhere (a release candidate) instead of packing the tree. */
async function describeTarball(tarball, destination) {
  const listing = await run('tar', ['-tzf', tarball]);
  const files = listing.split('\n').filter(Boolean).map((path) => ({ path: path.replace(/^package\//, '') }));
  await run('tar', ['-xzf', tarball, '-C', destination, 'package/package.json']);
  const manifest = JSON.parse(readFileSync(join(destination, 'package', 'package.json'), 'utf8'));
  return { filename: basename(tarball), files, tarball, manifest };
}

/** The lowest version a simple peer range (`^5.25.0`, `>=5.25.0`, `^5.25.0 || ^6`) allows. */
export function lowestVersion(range) {
  const versions = [...range.matchAll(/(\d+)\.(\d+)\.(\d+)/g)].map((match) => match.slice(1).map(Number));
  if (versions.length === 0) throw new StepError(`Cannot read a lowest version from the peer range "${range}"`);
  versions.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return versions[0].join('.');
}

/**
 * Copies `examples/<name>` (sources only) to `<workspace>/<name>`, points its `esim-picker` dependency at the
 * tarball, applies `overrides` (`{ dependencies, devDependencies }`) and installs with npm.
 */
export async function installExample(name, workspace, tarball, overrides = {}, directoryName = name) {
  const source = join(REPO, 'examples', name);
  const target = join(workspace, directoryName);
  cpSync(source, target, {
    recursive: true,
    filter: (path) => !/[\\/](node_modules|\.next|dist|public[\\/]mockServiceWorker\.js)$/.test(path),
  });
  const manifestPath = join(target, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.dependencies = { ...manifest.dependencies, ...overrides.dependencies, 'esim-picker': `file:${tarball}` };
  manifest.devDependencies = { ...manifest.devDependencies, ...overrides.devDependencies };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: target });
  if (!existsSync(join(target, 'node_modules', 'esim-picker', 'package.json'))) {
    throw new StepError(`esim-picker did not install into ${target}`);
  }
  return target;
}

/** The version npm actually installed, read from the app's node_modules. */
export function installedVersion(appDirectory, name) {
  return JSON.parse(readFileSync(join(appDirectory, 'node_modules', name, 'package.json'), 'utf8')).version;
}

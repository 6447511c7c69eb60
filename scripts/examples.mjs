// The examples as tests: pack this repository as npm would publish it, install the tarball into temporary
// copies of examples/next-app-router and examples/vite (React 19, and the lowest React and
// @tanstack/react-query the peer ranges allow), build, start on 127.0.0.1 and drive each in Chromium, and
// type-check each with README's whole code blocks in it. Everything lives in one temporary folder, removed
// at the end. Exit code 1 on any failure.
//
//   node scripts/examples.mjs            all of it
//   node scripts/examples.mjs next vite  a subset: next, vite (React 19 + CSP), vite18
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../test/e2e/flows.mjs';
import {
  REPO,
  StepError,
  installExample,
  installedVersion,
  lowestVersion,
  packRepository,
  printDurations,
  step,
} from '../test/e2e/harness.mjs';
import { buildNext, testNext, typecheckNext } from '../test/e2e/next.mjs';
import { writeReadmeModules } from '../test/e2e/readme.mjs';
import { buildVite, testViteCsp, testVitePreview, typecheckVite } from '../test/e2e/vite.mjs';

const ALL = ['next', 'vite', 'vite18'];
const selected = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ALL;
const unknown = selected.filter((name) => !ALL.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown example ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
  process.exit(2);
}

/** The lowest @tanstack/react-query the package is built, run and type-checked against (the React 18 example). */
const TANSTACK_FLOOR = '5.25.0';
const compareVersions = (a, b) => {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

const workspace = mkdtempSync(join(tmpdir(), 'esim-examples-'));
let browser;
let failed = false;
const failures = [];
const cleanUp = () => rmSync(workspace, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

try {
  const { tarball, manifest } = await step('npm pack (prepack builds)', () => packRepository(workspace));
  const tanstackRange = manifest.peerDependencies?.['@tanstack/react-query'] ?? '';
  const tanstackMin = lowestVersion(tanstackRange);
  if (compareVersions(tanstackMin, TANSTACK_FLOOR) < 0) {
    throw new StepError(`The peer range @tanstack/react-query "${tanstackRange}" allows ${tanstackMin}; below ${TANSTACK_FLOOR} a consumer's build fails (no skipToken)`);
  }
  // The React 18 app runs the lowest React the peer range allows (with the same react-dom), so the range is true.
  const reactMin = lowestVersion(manifest.peerDependencies?.react ?? '');
  if (!reactMin.startsWith('18.')) throw new StepError(`The react peer range "${manifest.peerDependencies?.react}" starts at ${reactMin}, not React 18`);
  const react18 = JSON.parse(readFileSync(join(REPO, 'examples/vite/react18.json'), 'utf8'));

  // Installs are network- and disk-bound: run them side by side.
  const installs = {
    next: () => installExample('next-app-router', workspace, tarball),
    vite: () => installExample('vite', workspace, tarball),
    vite18: () =>
      installExample(
        'vite',
        workspace,
        tarball,
        {
          dependencies: { react: reactMin, 'react-dom': reactMin, '@tanstack/react-query': tanstackMin },
          devDependencies: react18.devDependencies,
        },
        'vite-react18',
      ),
  };
  const apps = Object.fromEntries(
    await step(`npm install the tarball into ${selected.join(', ')}`, () =>
      Promise.all(selected.map(async (name) => [name, await installs[name]()])),
    ),
  );
  for (const [name, app] of Object.entries(apps)) {
    console.log(`    ${name}: react ${installedVersion(app, 'react')}, @tanstack/react-query ${installedVersion(app, '@tanstack/react-query')}`);
  }
  for (const [name, wanted] of [['@tanstack/react-query', tanstackMin], ['react', reactMin], ['react-dom', reactMin]]) {
    if (apps.vite18 && installedVersion(apps.vite18, name) !== wanted) {
      throw new StepError(`The React 18 app got ${name} ${installedVersion(apps.vite18, name)}, not the peer minimum ${wanted}`);
    }
  }

  browser = await step('launch Chromium', () => launchChromium());
  // Each app runs to its end whatever another found, and each check of an app runs even when its type
  // check failed, so one run reports every failure.
  const checks = [];
  // README's whole code blocks join each app's type check (after the build, so they never reach a bundle).
  const withReadme = (app, kind, dir, atLeast, typecheck) => async () => {
    const lines = writeReadmeModules(app, kind, dir, atLeast);
    console.log(`    README code blocks at lines ${lines.join(', ')} type-checked in ${kind}`);
    await typecheck();
  };
  if (apps.next) {
    checks.push(['next', () => buildNext(apps.next), () => testNext(apps.next, browser),
      withReadme(apps.next, 'next', 'readme-snippets', 7, () => typecheckNext(apps.next))]);
  }
  for (const [name, label] of [
    ['vite', 'vite (React 19)'],
    ['vite18', `vite (React ${reactMin}, react-query ${tanstackMin})`],
  ]) {
    const app = apps[name];
    if (!app) continue;
    checks.push([label, async () => {
      await buildVite(app, label);
      await testVitePreview(app, browser, label);
      await testViteCsp(app, browser, label);
    }, withReadme(app, 'vite', 'src/readme-snippets', 2, () => typecheckVite(app, label))]);
  }
  for (const [label, ...parts] of checks) {
    for (const part of parts) {
      try {
        await part();
      } catch (error) {
        failures.push(`${label}: ${error instanceof StepError ? error.message : error?.stack ?? error}`);
        if (part === parts[0]) break; // nothing to drive when the build failed
      }
    }
  }
  if (failures.length > 0) throw new StepError(failures.join('\n\n✖ '));
} catch (error) {
  failed = true;
  console.error(`\n✖ examples: ${error instanceof StepError ? error.message : error?.stack ?? error}`);
} finally {
  await browser?.close();
  cleanUp();
  printDurations();
}

console.log(failed ? '\nexamples: FAILED' : '\nexamples: all passed');
process.exit(failed ? 1 : 0);

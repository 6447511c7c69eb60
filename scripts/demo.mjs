// `npm run demo`: the Next.js App Router example as a sample partner checkout, built from this repository's
// packed tarball (as a partner installs it) and served on 127.0.0.1 until Ctrl+C.
//
//   npm run demo                                           mock API, in-process
//   ESIM_API_URL=https://… ESIM_API_TOKEN=… npm run demo   the real API through /api/esim (token stays on the server)
//   PORT=4000 npm run demo                                 another port (default 3000, or a free one if taken)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StepError, freePort, installExample, packRepository, run, startServer, step } from '../test/e2e/harness.mjs';

const live = Boolean(process.env.ESIM_API_URL && process.env.ESIM_API_TOKEN);
if (Boolean(process.env.ESIM_API_URL) !== Boolean(process.env.ESIM_API_TOKEN)) {
  console.error('Set both ESIM_API_URL and ESIM_API_TOKEN for the real API, or neither for the mock API.');
  process.exit(2);
}

const workspace = mkdtempSync(join(tmpdir(), 'esim-demo-'));
let server;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await server?.stop();
  rmSync(workspace, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

async function portToUse() {
  const wanted = Number(process.env.PORT ?? 3000);
  const probe = await import('node:net').then(
    ({ createServer }) =>
      new Promise((resolve) => {
        const tester = createServer();
        tester.once('error', () => resolve(false));
        tester.listen(wanted, '127.0.0.1', () => tester.close(() => resolve(true)));
      }),
  );
  return probe ? wanted : freePort();
}

try {
  const { tarball } = await step('npm pack (prepack builds the package)', () => packRepository(workspace));
  const app = await step('npm install the tarball into the Next.js example (about a minute)', () =>
    installExample('next-app-router', workspace, tarball),
  );
  await step('next build', () => run('npx', ['next', 'build'], { cwd: app }));
  const port = await portToUse();
  const base = `http://127.0.0.1:${port}`;
  server = await step('next start', () =>
    startServer('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], { cwd: app, url: `${base}/checkout` }),
  );
  console.log(`\nSample checkout: ${base}/checkout`);
  console.log(`Minimal page:    ${base}/`);
  console.log(live ? `Data: ${process.env.ESIM_API_URL} through ${base}/api/esim (the token stays on the server)` : 'Data: the built-in mock API (set ESIM_API_URL and ESIM_API_TOKEN for the real one)');
  console.log('Ctrl+C stops the server and removes the temporary build.');
} catch (error) {
  console.error(`\n✖ demo: ${error instanceof StepError ? error.message : error?.stack ?? error}`);
  await stop(1);
}

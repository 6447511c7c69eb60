// `npm start`: Storybook on the built-in mock API, on a fixed port, without opening a browser.
import { spawnSync } from 'node:child_process';

const PORT = process.env.PORT ?? '6006';
const HOST = process.env.HOST ?? '127.0.0.1';
spawnSync('npx', ['msw', 'init'], { stdio: 'inherit' });
console.log(`Storybook will be at http://${HOST}:${PORT}/`);
const result = spawnSync(
  'npx',
  ['storybook', 'dev', '--port', PORT, '--host', HOST, '--ci', '--no-open', '--exact-port'],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);

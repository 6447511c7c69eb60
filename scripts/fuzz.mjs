// `npm run fuzz`: the property tests of `npm test` (client and variantPrice) with 100,000 cases each
// and a fresh seed, printed first so a failure can be replayed: FUZZ_SEED=<seed> npm run fuzz.
// FUZZ_RUNS overrides the count. No per-test time limit: 100,000 cases take minutes.
import { spawnSync } from 'node:child_process';

const FILES = ['test/unit/api/client.property.test.ts', 'test/unit/money/price.property.test.ts'];
const runs = process.env.FUZZ_RUNS ?? '100000';
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));

console.log(`fuzz: ${runs} cases per property, seed ${seed}`);
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', '--project', 'unit', '--testTimeout=0', ...FILES], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
console.log(`fuzz: ${((Date.now() - started) / 1000).toFixed(0)} s, seed ${seed}, ${result.status === 0 ? 'passed' : 'FAILED'}`);
process.exit(result.status ?? 1);

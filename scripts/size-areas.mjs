// Development aid for the size budgets: what each area costs in gzip, measured as the growth of the whole
// gzipped bundle when the area is bundled in rather than left as an external import (gzip is not
// additive; this is the figure that moves the budget). Reads the built package: run `npm run build`.
// `node scripts/size-areas.mjs` for the root entry, `node scripts/size-areas.mjs core` for esim-picker/core.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bundle, wholeEntry } from './bundle.mjs';

const entry = process.argv[2] === 'core' ? 'core.js' : 'index.js';
if (!existsSync(path.join('dist', entry))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// Folders of dist/ (mirroring src/), plus zod, which the api layer's schemas bring in.
const AREAS = ['api', 'zod', 'geo', 'money', 'i18n', 'query', 'components/CountryList', 'components/PlanPicker',
  'components/EsimPicker', 'components/shared'];

const inArea = (area, file) =>
  area === 'zod' ? file.includes(`${path.sep}node_modules${path.sep}zod${path.sep}`) : file.includes(`${path.sep}dist${path.sep}${area}${path.sep}`);

async function gzipWithout(area) {
  const leaveOut = {
    name: 'leave-out-area',
    setup(build) {
      build.onResolve({ filter: area === 'zod' ? /^zod(\/|$)/ : /^\./ }, (args) => {
        if (area === 'zod') return { path: args.path, external: true };
        const full = path.resolve(args.resolveDir, args.path);
        return inArea(area, full) && !inArea(area, args.importer) ? { path: full, external: true } : undefined;
      });
    },
  };
  return (await bundle(wholeEntry(entry), area ? [leaveOut] : [])).gzip;
}

const total = await gzipWithout(undefined);
console.log(`esim-picker${entry === 'core.js' ? '/core' : ''}: where the gzip bytes go (marginal cost of each area)`);
for (const area of AREAS) {
  console.log(`${area.padEnd(26)} ${String(total - (await gzipWithout(area))).padStart(6)} B gzip`);
}
console.log(`${'TOTAL'.padEnd(26)} ${String(total).padStart(6)} B gzip`);

// Development aid for the size budget: what each area of the root entry costs in gzip, measured as the
// growth of the whole gzipped bundle when the area is bundled in rather than left as an external import
// (gzip is not additive; this is the figure that moves the budget). zod is measured with the api layer.
import path from 'node:path';
import { bundleRootEntry } from './bundle.mjs';

const AREAS = ['api', 'geo', 'money', 'i18n', 'query', 'components/CountryList', 'components/PlanPicker',
  'components/EsimPicker', 'components/shared'];

async function gzipWithout(area) {
  const leaveOut = {
    name: 'leave-out-area',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const full = path.resolve(args.resolveDir, args.path);
        const inArea = (file) => file.includes(`/src/${area}/`);
        return area && inArea(full) && !inArea(args.importer) ? { path: full, external: true } : undefined;
      });
    },
  };
  return (await bundleRootEntry([leaveOut])).gzip;
}

const total = await gzipWithout(undefined);
for (const area of AREAS) {
  console.log(`${area.padEnd(26)} ${String(total - (await gzipWithout(area))).padStart(6)} B gzip`);
}
console.log(`TOTAL ${total} B gzip`);

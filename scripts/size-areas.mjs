// Development aid for the size budget: minified bytes per area of the root entry (zod and each src folder).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const result = await build({
  entryPoints: ['src/index.ts'], bundle: true, minify: true, format: 'esm', write: false, metafile: true,
  jsx: 'automatic', external: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/react-query'],
  loader: { '.css': 'empty' }, define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent',
});
const inputs = Object.values(result.metafile.outputs)[0].inputs;
const areas = {};
for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
  const area = path.startsWith('node_modules/')
    ? path.split('/')[1]
    : path.replace(/^src\//, '').replace(/\/[^/]*$/, '');
  areas[area] = (areas[area] ?? 0) + bytesInOutput;
}
for (const [area, bytes] of Object.entries(areas).sort((a, b) => b[1] - a[1])) {
  console.log(`${area.padEnd(26)} ${String(bytes).padStart(6)} B minified`);
}
console.log(`TOTAL gzip ${gzipSync(result.outputFiles[0].contents, { level: 9 }).length} B (budget 16000)`);

// Size budget: the root entry (every component and hook, zod included; react, react-dom and
// @tanstack/react-query external, as partners' apps provide them) must stay within 16 kB gzip.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 16_000;
const external = ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/react-query'];

const result = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  external,
  write: false,
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.css': 'empty' },
});

const code = result.outputFiles[0].contents;
const gzip = gzipSync(code, { level: 9 }).length;
const css = readFileSync('src/styles.css');
const cssGzip = gzipSync(css, { level: 9 }).length;

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const inputs = Object.entries(result.metafile.outputs)[0][1].inputs;
const byArea = {};
for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
  const area = path.startsWith('node_modules/') ? path.split('/').slice(1, 2).join('/') : path.split('/').slice(0, 2).join('/');
  byArea[area] = (byArea[area] ?? 0) + bytesInOutput;
}
console.log('Root entry, minified, by area (before gzip):');
for (const [area, bytes] of Object.entries(byArea).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${area.padEnd(28)} ${kb(bytes)}`);
}
console.log(`esim-picker (root entry): ${kb(code.length)} minified, ${kb(gzip)} gzip — budget ${kb(BUDGET_BYTES)} gzip`);
console.log(`esim-picker/styles.css:   ${kb(css.length)} raw, ${kb(cssGzip)} gzip`);
if (gzip > BUDGET_BYTES) {
  console.error(`✖ Over budget by ${kb(gzip - BUDGET_BYTES)}.`);
  process.exit(1);
}
console.log('✓ Within the size budget.');

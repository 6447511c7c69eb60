// Size budget: the root entry (see bundle.mjs) must stay within 16 kB gzip; `node scripts/size-areas.mjs`
// shows what each area costs.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundleRootEntry } from './bundle.mjs';

const BUDGET_BYTES = 16_000;

const { code, gzip } = await bundleRootEntry();
const css = readFileSync('src/styles.css');
const cssGzip = gzipSync(css, { level: 9 }).length;

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(`esim-picker (root entry): ${kb(code.length)} minified, ${gzip} B gzip — budget ${BUDGET_BYTES} B gzip`);
console.log(`esim-picker/styles.css:   ${kb(css.length)} raw, ${kb(cssGzip)} gzip`);
// What a strict Content-Security-Policy page (no unsafe-eval, no inline styles) and a stranger's DOM
// cannot tolerate: code from strings, HTML from data, style elements made at run time.
const codeText = new TextDecoder().decode(code);
const forbidden = [
  [/\beval\(|new Function\b|\bFunction\(/, 'evaluates code from strings (breaks under CSP without unsafe-eval)'],
  [/innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML/, 'writes HTML'],
  [/createElement\(["']style["']\)|insertRule\(|adoptedStyleSheets/, 'injects styles at run time'],
  [/javascript:/i, 'contains a javascript: URL'],
];
for (const [pattern, problem] of forbidden) {
  if (pattern.test(codeText)) {
    console.error(`✖ The root entry ${problem}: ${pattern}`);
    process.exit(1);
  }
}
console.log('✓ No eval, no HTML from strings, no runtime style injection, no javascript: URLs.');
if (gzip > BUDGET_BYTES) {
  console.error(`✖ Over budget by ${kb(gzip - BUDGET_BYTES)}.`);
  process.exit(1);
}
console.log('✓ Within the size budget.');

// How the size budgets count bytes: what a partner's production bundle gets from the built package.
// esbuild bundles, minifies and tree-shakes with NODE_ENV=production; react, react-dom and TanStack
// Query stay external (the host app provides them), zod is bundled in. Shared by size.mjs and
// size-areas.mjs.
import { build } from 'esbuild';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const HOST_PROVIDED = ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/react-query', '@tanstack/query-core'];

/** gzip level 9 of the minified bundle made from `contents` (an ES module resolving from the repo root). */
export async function bundle(contents, plugins = []) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), sourcefile: 'consumer.js', loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    external: HOST_PROVIDED,
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'empty' },
    logLevel: 'silent',
    plugins,
  });
  const code = result.outputFiles[0].contents;
  return { code, gzip: gzipSync(code, { level: 9 }).length };
}

/** A consumer that re-exports all of a built entry file (dist/index.js, dist/core.js…). */
export const wholeEntry = (distFile) => `export * from ${JSON.stringify(`./${path.posix.join('dist', distFile)}`)};`;

/** A consumer that imports only `name` from a built entry file and uses it. */
export const onlyName = (name, distFile) =>
  `export { ${name} } from ${JSON.stringify(`./${path.posix.join('dist', distFile)}`)};`;

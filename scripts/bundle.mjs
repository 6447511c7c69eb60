// The root entry bundled as the size budget counts it: minified, zod included; react, react-dom and
// @tanstack/react-query external, as partners' apps provide them. Shared by size.mjs and size-areas.mjs.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

export async function bundleRootEntry(plugins = []) {
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    jsx: 'automatic',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/react-query'],
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'empty' },
    logLevel: 'silent',
    plugins,
  });
  const code = result.outputFiles[0].contents;
  return { code, gzip: gzipSync(code, { level: 9 }).length };
}

// @vitest-environment node
// A partner's bundler must be able to drop what an import does not use: `mockToken` alone is a string,
// not the 230-row country table and the catalogue built from it, even when the mocks ship as one file.
import { build, type Plugin } from 'esbuild';

async function bundle(entry: string, plugins: Plugin[] = [], minify = true): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify,
    format: 'esm',
    write: false,
    external: ['msw', 'msw/*'],
    logLevel: 'silent',
    plugins,
  });
  return result.outputFiles[0]!.text;
}

describe('importing only mockToken', () => {
  it('from the sources keeps neither the country table nor the catalogue', async () => {
    const code = await bundle("export { mockToken } from './src/mocks/index.ts';");
    expect(code).toContain('demo-token');
    expect(code).not.toContain('Afghanistan');
    expect(code.length).toBeLessThan(200);
  });

  it('from the mocks bundled as one file (how a flat build ships them) keeps them out too', async () => {
    // Unminified, as a library build ships: it keeps the /* @__PURE__ */ marks a consumer's bundler reads.
    const flat = await bundle("export * from './src/mocks/index.ts';", [], false);
    expect(flat).toContain('Afghanistan');
    const fromFlat: Plugin = {
      name: 'flat-mocks',
      setup(builder) {
        builder.onResolve({ filter: /^flat-mocks$/ }, () => ({ path: 'flat-mocks', namespace: 'flat' }));
        builder.onLoad({ filter: /.*/, namespace: 'flat' }, () => ({ contents: flat, loader: 'js' }));
      },
    };
    const code = await bundle("export { mockToken } from 'flat-mocks';", [fromFlat]);
    expect(code).toContain('demo-token');
    expect(code).not.toContain('Afghanistan');
    expect(code).not.toContain('Japan eSIM');
    // What stays is the token and the flat file's import of msw (a bundler keeps imports of unknown packages).
    expect(code.replace(/^import\{[^}]*\}from"msw";/, '').length).toBeLessThan(100);
  });
});

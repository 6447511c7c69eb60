// Checks the built package the way Next.js App Router and plain Node will meet it:
// - every module that imports React (hooks, context, JSX runtime) or a React Query hook or provider
//   starts with 'use client', and no other module does (a stray directive turns server code into a
//   client reference);
// - esim-picker/core, /server, /mocks and /locales/* never reach React, a client module or a `node:`
//   module, so they import cleanly in a server component, a route handler, an edge runtime and plain Node;
// - the root entry bundles no locale file (each is an entry of its own);
// - every entry imports in plain Node (no DOM globals): nothing touches window/document/navigator at load.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAst } from 'vite';

const REACT = /^(react|react-dom)(\/|$)/;
const REACT_QUERY = '@tanstack/react-query';
// All a server-safe entry may import besides its own modules: no React, and no `node:` module (edge runtimes).
const SERVER_SAFE_PACKAGES = /^(zod|msw|@tanstack\/query-core)(\/|$)/;
// What React Query exports that needs a client: hooks and the React context/provider components.
const CLIENT_QUERY_NAMES = /^(use[A-Z]\w*|QueryClientProvider|QueryClientContext|HydrationBoundary|QueryErrorResetBoundary|IsRestoringProvider)$/;

/** The directive, and every static or literal dynamic import of one built module, with the names taken. */
export function parseModule(code) {
  const body = parseAst(code).body;
  const hasUseClient = body.some((node) => node.type === 'ExpressionStatement' && node.directive === 'use client');
  const firstIsUseClient = body[0]?.type === 'ExpressionStatement' && body[0].directive === 'use client';
  const imports = [];
  for (const node of body) {
    if (node.type === 'ImportDeclaration' && node.importKind !== 'type') {
      const names = node.specifiers.map((s) => (s.type === 'ImportSpecifier' ? (s.imported.name ?? s.imported.value) : '*'));
      imports.push({ source: node.source.value, names, reExport: false });
    } else if ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source) {
      imports.push({ source: node.source.value, names: [], reExport: true });
    }
  }
  for (const match of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
    imports.push({ source: match[1], names: ['*'], reExport: false });
  }
  return { hasUseClient, firstIsUseClient, imports };
}

/**
 * Problems with the directives of a set of built modules, keyed by path relative to the dist root.
 * `modules` maps a relative path ('query/hooks.js') to its code; `serverEntries` are the entries that
 * must stay server-safe.
 */
export function checkModules(modules, serverEntries) {
  const parsed = new Map([...modules].map(([file, code]) => [file, parseModule(code)]));
  const resolve = (from, source) => path.posix.normalize(path.posix.join(path.posix.dirname(from), source));

  const whyClient = (file) => {
    for (const { source, names, reExport } of parsed.get(file)?.imports ?? []) {
      if (reExport) continue;
      if (REACT.test(source)) return `imports ${source}`;
      const clientNames = source === REACT_QUERY ? names.filter((n) => CLIENT_QUERY_NAMES.test(n)) : [];
      if (clientNames.length > 0) return `imports ${clientNames.join(', ')} from ${source}`;
    }
    return undefined;
  };

  const problems = [];
  for (const [file, { hasUseClient, firstIsUseClient }] of parsed) {
    const reason = whyClient(file);
    if (reason && !firstIsUseClient) problems.push(`${file} ${reason} but does not start with 'use client'`);
    if (!reason && hasUseClient) problems.push(`${file} has 'use client' but uses no hook, context or component`);
  }

  // Each module reachable from `entry`, with the route that reaches it.
  function* reachable(entry) {
    const queue = [[entry]];
    const visited = new Set([entry]);
    while (queue.length > 0) {
      const chain = queue.shift();
      const module = parsed.get(chain.at(-1));
      if (!module) continue;
      yield { file: chain.at(-1), module, route: chain.join(' → ') };
      for (const { source } of module.imports) {
        if (!source.startsWith('.')) continue;
        const target = resolve(chain.at(-1), source);
        if (!visited.has(target)) {
          visited.add(target);
          queue.push([...chain, target]);
        }
      }
    }
  }

  for (const entry of serverEntries) {
    for (const { file, module, route } of reachable(entry)) {
      if (module.hasUseClient) problems.push(`${entry} reaches the client module ${file} (${route})`);
      for (const { source } of module.imports) {
        if (!source.startsWith('.') && !SERVER_SAFE_PACKAGES.test(source)) problems.push(`${entry} reaches ${source} (${route})`);
      }
    }
  }
  // Locales are entries of their own: an app pays only for the languages it imports.
  for (const { file, route } of parsed.has('index.js') ? reachable('index.js') : []) {
    if (file.startsWith('locales/')) problems.push(`index.js bundles the locale ${file} (${route})`);
  }
  return problems;
}

function jsFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(full, root);
    return entry.name.endsWith('.js') ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

/** The server-safe entries and every entry of package.json's exports, as files under dist/. */
export function entryFiles(distDir, pkg) {
  const all = jsFiles(distDir);
  const targets = Object.entries(pkg.exports).flatMap(([name, target]) => {
    const file = typeof target === 'string' ? target : target.default;
    if (!file.endsWith('.js')) return [];
    const pattern = new RegExp(`^${file.replace(/^\.\/dist\//, '').replace('.', '\\.').replace('*', '[^/]+')}$`);
    return all.filter((f) => pattern.test(f)).map((f) => ({ name, file: f }));
  });
  return targets;
}

const SERVER_SAFE_EXPORTS = new Set(['./core', './server', './mocks', './locales/*']);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const distDir = path.resolve('dist');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const modules = new Map(jsFiles(distDir).map((file) => [file, readFileSync(path.join(distDir, file), 'utf8')]));
  const entries = entryFiles(distDir, pkg);
  const serverEntries = entries.filter(({ name }) => SERVER_SAFE_EXPORTS.has(name)).map(({ file }) => file);
  const problems = checkModules(modules, serverEntries);

  // Plain Node has no window, document or navigator (Node 20): an entry that touches them at load throws.
  for (const { file } of entries) {
    try {
      execFileSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(path.join(distDir, file)).href)})`], { stdio: 'pipe' });
    } catch (error) {
      problems.push(`${file} fails to import in plain Node: ${String(error.stderr).trim().split('\n').slice(0, 3).join(' ')}`);
    }
  }

  const clientCount = [...modules.values()].filter((code) => parseModule(code).hasUseClient).length;
  if (problems.length > 0) {
    for (const problem of problems) console.error(`✖ ${problem}`);
    process.exit(1);
  }
  console.log(`✓ 'use client' on exactly the ${clientCount} of ${modules.size} built modules with hooks, context or components.`);
  console.log(`✓ Server-safe (no React, no client module, no node: module): ${serverEntries.join(', ')}.`);
  console.log(`✓ Every entry imports in plain Node: ${entries.map(({ file }) => file).join(', ')}.`);
}

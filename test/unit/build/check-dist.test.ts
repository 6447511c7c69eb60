// The dist check that keeps Next.js App Router working: it must catch a client module without
// 'use client', a stray directive on server code, and a server-safe entry that reaches React.
import { checkModules } from '../../../scripts/check-dist.mjs';

const hook = `"use client";\nimport { useContext } from "react";\nexport function useThing() { return useContext(null); }\n`;
const keys = `export const keys = { all: ["esim"] };\n`;

test('a module that imports React without the directive is reported', () => {
  const modules = new Map([['query/hooks.js', hook.replace('"use client";\n', '')]]);
  expect(checkModules(modules, [])).toEqual([
    "query/hooks.js imports react but does not start with 'use client'",
  ]);
});

test('a React Query hook needs the directive; its React-free helpers do not', () => {
  const modules = new Map([
    ['query/hooks.js', `import { useQuery } from "@tanstack/react-query";\nexport const use = useQuery;\n`],
    ['query/options.js', `import { skipToken } from "@tanstack/query-core";\nexport const s = skipToken;\n`],
  ]);
  expect(checkModules(modules, [])).toEqual([
    "query/hooks.js imports useQuery from @tanstack/react-query but does not start with 'use client'",
  ]);
});

test('the directive on a module with no hook, context or component is reported', () => {
  const modules = new Map([['query/keys.js', `"use client";\n${keys}`]]);
  expect(checkModules(modules, [])).toEqual([
    "query/keys.js has 'use client' but uses no hook, context or component",
  ]);
});

test('the directive must come first, before any import', () => {
  const modules = new Map([['a.js', `import { useState } from "react";\n"use client";\nexport const a = useState;\n`]]);
  expect(checkModules(modules, [])).toEqual(["a.js imports react but does not start with 'use client'"]);
});

test('a server-safe entry that reaches a client module or React is reported with the route', () => {
  const modules = new Map([
    ['core.js', `export { keys } from "./query/keys.js";\nexport { useThing } from "./query/hooks.js";\n`],
    ['query/keys.js', keys],
    ['query/hooks.js', hook],
  ]);
  expect(checkModules(modules, ['core.js'])).toEqual([
    'core.js reaches the client module query/hooks.js (core.js → query/hooks.js)',
    'core.js reaches react (core.js → query/hooks.js)',
  ]);
});

test('a well-formed package has no problems', () => {
  const modules = new Map([
    ['index.js', `export * from "./core.js";\nexport { useThing } from "./query/hooks.js";\n`],
    ['core.js', `export { keys } from "./query/keys.js";\n`],
    ['query/keys.js', keys],
    ['query/hooks.js', hook],
  ]);
  expect(checkModules(modules, ['core.js'])).toEqual([]);
});

test('a locale reached from the root entry is reported: locales are entries of their own', () => {
  const modules = new Map([
    ['index.js', `export { default as de } from "./locales/de.js";\n`],
    ['locales/de.js', `export default { searchLabel: "Reiseziel suchen" };\n`],
  ]);
  expect(checkModules(modules, ['locales/de.js'])).toEqual([
    'index.js bundles the locale locales/de.js (index.js → locales/de.js)',
  ]);
});

test('a server-safe entry may use zod but not a node: module (edge runtimes have none)', () => {
  const modules = new Map([
    ['server/index.js', `import { z } from "zod/mini";\nimport { createHash } from "node:crypto";\nexport const s = [z, createHash];\n`],
  ]);
  expect(checkModules(modules, ['server/index.js'])).toEqual(['server/index.js reaches node:crypto (server/index.js)']);
});

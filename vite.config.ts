/// <reference types="vitest/config" />
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import pkg from './package.json' with { type: 'json' };
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

const externals = [
  ...Object.keys(pkg.peerDependencies),
  ...Object.keys(pkg.dependencies),
  // What @tanstack/react-query is built on; the React-free query layer may import it directly.
  '@tanstack/query-core',
];
const isExternal = (id: string) =>
  externals.some((name) => id === name || id.startsWith(`${name}/`));

const src = (file: string) => fileURLToPath(new URL(`src/${file}`, import.meta.url));
// One entry per language file (src/locales/de.ts → esim-picker/locales/de), so a locale costs
// nothing to the root and each app loads only the ones it imports.
const localeEntries = Object.fromEntries(
  (existsSync(src('locales')) ? readdirSync(src('locales'), { withFileTypes: true }) : [])
    .filter((entry) => entry.isFile() && /^[a-z]{2}(-[A-Z]{2})?\.ts$/.test(entry.name))
    .map((entry) => [`locales/${entry.name.replace(/\.ts$/, '')}`, src(`locales/${entry.name}`)]),
);

// `npm test` sets CHROME_PATH (scripts/chromium.mjs finds or installs one).
function browser(name: string) {
  return {
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  }),
  // An upper bound, not an expectation: with a second `npm test` beside this one (load average 20 on
  // 2 cores) Chromium took longer than Vitest's default 60 s to connect and the project's files never ran.
  connectTimeout: 300_000,
  // Each project needs its own instance name, or Vitest sees two projects called "browser (chromium)".
  instances: [{ browser: 'chromium' as const, name: `${name} (chromium)` }],
  };
}

export default defineConfig({
  plugins: [react()],
  build: {
    copyPublicDir: false,
    sourcemap: true,
    lib: {
      entry: {
        index: src('index.ts'),
        core: src('core.ts'),
        'mocks/index': src('mocks/index.ts'),
        'server/index': src('server/index.ts'),
        ...localeEntries,
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        // One output file per source module (dist/ mirrors src/): a bundler keeps module-level
        // directives only per file, so this is what lets each client module keep its 'use client'
        // and leaves esim-picker/core, /server and /mocks free of it (Next.js App Router).
        preserveModules: true,
        preserveModulesRoot: fileURLToPath(new URL('src', import.meta.url)),
        entryFileNames: '[name].js',
      },
    },
  },
  test: {
    // Upper bounds, not expectations: tests wait on conditions and finish as soon as they hold, so a busy
    // 2-core machine (or a second `npm test` beside this one) slows them down without failing them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/unit.ts'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          globals: true,
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/browser.ts'],
          browser: browser('browser'),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: browser('storybook'),
        },
      },
    ],
  },
});

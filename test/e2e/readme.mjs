// README's code, type-checked as a partner would paste it: every `ts`/`tsx` block that is a whole module
// (it imports something and holds no "// …" elision) is written into an installed example app, whose
// `tsc --noEmit` then checks it against the packed tarball with the app's strict flags. A README that
// names a prop, an export or an option the package does not have fails the examples test.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, StepError } from './harness.mjs';

/** Blocks that only run in a client-rendered (Vite) app; every other module goes to the Next.js app. */
const VITE_ONLY = /import\.meta\.env|from 'react-dom\/client'/;

/** The README's whole-module code blocks, in order, each with the line it starts on. */
export function readmeModules() {
  const lines = readFileSync(join(REPO, 'README.md'), 'utf8').split('\n');
  const modules = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(tsx?)\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i + 1;
    while (i + 1 < lines.length && !lines[i + 1].startsWith('```')) i++;
    const code = lines.slice(start, i + 1).join('\n');
    i++;
    if (/^import\s/m.test(code) && !/^\s*\/\/ …/m.test(code)) modules.push({ line: start, lang: open[1], code });
  }
  return modules;
}

/**
 * Writes the README modules meant for `kind` ('next' or 'vite') into `dir` of the app (a folder its tsconfig
 * includes), after clearing it; throws when fewer than `atLeast` are found (a README reshuffle must not
 * quietly check nothing).
 */
export function writeReadmeModules(app, kind, dir, atLeast) {
  const chosen = readmeModules().filter(({ code }) => VITE_ONLY.test(code) === (kind === 'vite'));
  if (chosen.length < atLeast) {
    throw new StepError(`README has ${chosen.length} whole ${kind} code blocks to type-check; expected at least ${atLeast}`);
  }
  const target = join(app, dir);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const { line, lang, code } of chosen) {
    writeFileSync(join(target, `readme-line-${line}.${lang}`), `// README.md line ${line}\n${code}\n`);
  }
  return chosen.map(({ line }) => line);
}

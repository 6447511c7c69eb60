// `npm run build` (and `prepack`): dist/ mirrors src/ — one JS module per source module (Vite), its
// declarations and declaration maps beside it (tsc), the stylesheet and a declaration for it, so
// `import 'esim-picker/styles.css'` type-checks in apps that declare no `*.css` module.
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
copyFileSync('src/styles.css', 'dist/styles.css');
writeFileSync('dist/styles.css.d.ts', '// The default theme: imported for its side effect only.\nexport {};\n');

// Finds a Chromium for the real-browser tests and the benchmark. Never downloads a browser build:
// that is blocked here and in many corporate CIs. On Debian as root it installs Debian's package.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y chromium';

function playwrightManaged() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  for (const path of candidates) if (path && existsSync(path)) return path;
  return playwrightManaged();
}

function isDebianRoot() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') ||
    (existsSync('/etc/os-release') && /ID(_LIKE)?=.*debian/.test(readFileSync('/etc/os-release', 'utf8')));
  return isRoot && isDebian;
}

/** Returns a Chromium path, installing Debian's package when that is possible; else exits with the fix. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (isDebianRoot()) {
    console.log('No Chromium found: installing Debian\'s chromium package (about a minute)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      `Install it with:\n  ${INSTALL_HINT}\n` +
      'or point CHROME_PATH at a Chrome/Chromium binary, then run the command again.',
  );
  process.exit(1);
}

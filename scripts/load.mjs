#!/usr/bin/env node
// `npm run load`: the proxy under load, next to the upstream it fronts, in the same run.
//
// Three child processes on 127.0.0.1: a stand-in upstream serving the built-in mock catalogue (the MSW
// handlers of src/mocks, answered with msw's getResponse), createEsimProxy behind a plain Node server, and
// a bare fetch relay (what any fetch-based proxy costs in Node, for reference). autocannon (in this
// process) sends AMOUNT requests at CONNECTIONS connections to each, ROUNDS times, a different one first
// each round, and reports p50/p99, requests/s, errors, the proxy's memory after GC, and the proxy's figures
// as ratios to the upstream hit directly in the same round. If Debian's nginx is installed, one more run
// goes through nginx with proxy_cache in front of the proxy, counting the requests that still reached the
// upstream. Loopback only; bounded in requests and in time; exits by itself, non-zero on any error.
//
//   npm run load [-- --rounds 3 --amount 20000 --connections 100]
import { fork, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HOST = '127.0.0.1';
const TOKEN = 'load-test-token';
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
/** The whole script gives up (and cleans up) after this long, whatever happens. */
const DEADLINE_MS = 15 * 60_000;
/**
 * Seconds before autocannon (and the proxy, towards the upstream) counts a request as failed. Generous on
 * purpose: on a 2-core machine shared with other jobs a process can wait seconds for a core, and that is
 * the machine, not the proxy. Timeouts themselves are tested in test/unit/server/proxy.http.test.ts.
 */
const TIMEOUT_S = 30;

const { values: args } = parseArgs({
  options: {
    role: { type: 'string' },
    upstream: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    amount: { type: 'string', default: '20000' },
    connections: { type: 'string', default: '100' },
  },
});

/** A plain Node server in front of a fetch-standard handler (what a partner's Node backend does). */
function serveFetch(handle) {
  return createServer(async (incoming, outgoing) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      for (const item of [value].flat()) if (item !== undefined) headers.append(name, item);
    }
    const request = new Request(`http://${incoming.headers.host ?? HOST}${incoming.url}`, {
      method: incoming.method,
      headers,
    });
    const response = await handle(request);
    // The proxy's answers are small JSON documents it has already buffered: one write, no stream plumbing.
    const body = Buffer.from(await response.arrayBuffer());
    outgoing.writeHead(response.status, [...response.headers].flat());
    outgoing.end(body);
  });
}

/** Child side: start one server, report its origin, answer stats requests until told to stop. */
async function runChild(role) {
  const { tsImport } = await import('tsx/esm/api');
  let requests = 0;
  let server;
  let ready = {};
  if (role === 'upstream') {
    const { getResponse } = await import('msw');
    const mocks = await tsImport('../src/mocks/index.ts', import.meta.url);
    const handlers = mocks.createEsimHandlers({ catalogue: mocks.usdCatalogue });
    // The mock's answers are fixed per URL, so each is computed once by the MSW handlers and then replayed:
    // the upstream stays fast, and the ratio measures the proxy rather than MSW's request matching.
    const answers = new Map();
    server = createServer(async (incoming, outgoing) => {
      requests += 1;
      const key = `${incoming.url} ${incoming.headers.authorization ?? ''}`;
      let answer = answers.get(key);
      if (!answer) {
        const request = new Request(`http://${HOST}${incoming.url}`, { headers: { authorization: incoming.headers.authorization ?? '' } });
        const response = (await getResponse(handlers, request)) ?? Response.json({ error: { code: 'NOT_FOUND' } }, { status: 404 });
        answer = { status: response.status, headers: [...response.headers].flat(), body: Buffer.from(await response.arrayBuffer()) };
        answers.set(key, answer);
      }
      outgoing.writeHead(answer.status, answer.headers);
      outgoing.end(answer.body);
    });
    const product = mocks.usdCatalogue.products.find((item) => item.variants.length > 0);
    ready = { productId: product.id, variantId: product.variants[0].id };
  } else if (role === 'relay') {
    // The least a fetch-based proxy can do: Node's fetch to the upstream and the body back, no checks at all.
    // Measured beside the proxy so its own cost can be told from the cost of Node's fetch.
    server = serveFetch(async (request) => {
      requests += 1;
      const { pathname, search } = new URL(request.url);
      const response = await fetch(`${args.upstream}${pathname}${search}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const body = await response.arrayBuffer();
      return new Response(body, { status: response.status, headers: { 'content-type': 'application/json' } });
    });
  } else {
    const { createEsimProxy } = await tsImport('../src/server/index.ts', import.meta.url);
    const proxy = createEsimProxy({ upstream: args.upstream, token: TOKEN, timeoutMs: TIMEOUT_S * 1000 });
    server = serveFetch((request) => {
      requests += 1;
      return proxy(request);
    });
  }
  server.keepAliveTimeout = 30_000;
  server.listen(0, HOST, () => {
    process.send({ type: 'ready', origin: `http://${HOST}:${server.address().port}`, ...ready });
  });
  process.on('message', async (message) => {
    if (message !== 'stats') return;
    // After full collections, a moment apart so finalizers (fetch's abort bookkeeping) have run: garbage
    // still waiting for the collector must not read as growth.
    globalThis.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 200));
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send({ type: 'stats', requests, rss, heapUsed });
  });
  process.on('disconnect', () => process.exit(0));
}

/** Parent side: children it started, so it can stop exactly those. */
const children = new Set();

function startChild(role, extra = []) {
  const child = fork(fileURLToPath(import.meta.url), [`--role=${role}`, ...extra], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: ['--expose-gc'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  const ready = new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`${role} exited (${code}) before it was ready`)));
  });
  const stats = () =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send('stats');
    });
  return { child, ready, stats };
}

function stopAll() {
  for (const child of children) child.kill('SIGTERM');
}

async function cannon(title, url, paths, headers, amount = Number(args.amount)) {
  const { default: autocannon } = await import('autocannon');
  const result = await autocannon({
    url,
    connections: Number(args.connections),
    amount,
    timeout: TIMEOUT_S,
    headers,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const failures = result.errors + result.timeouts + result.non2xx;
  if (failures) {
    const statuses = Object.keys(result.statusCodeStats ?? {}).filter((code) => !code.startsWith('2'));
    console.log(
      `  ${title}: ${result.errors} socket errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx` +
        (statuses.length ? ` (${statuses.map((code) => `${code}×${result.statusCodeStats[code].count}`).join(', ')})` : ''),
    );
  }
  return {
    title,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.total / result.duration),
    requests: result.requests.total,
    failures,
  };
}

const MB = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const range = (values, digits = 0) => {
  const min = Math.min(...values).toFixed(digits);
  const max = Math.max(...values).toFixed(digits);
  return min === max ? min : `${min}–${max}`;
};

/** A free loopback port for nginx (it cannot be given port 0 and report back). */
function freePort() {
  return new Promise((resolve) => {
    const probe = createNetServer().listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, deadline) {
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, HOST, () => {
        socket.end();
        resolve(true);
      }).on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listening on ${HOST}:${port}`);
}

async function throughNginx(proxyOrigin, upstream, paths) {
  if (!NGINX) {
    console.log('\nnginx: not installed (apt-get install -y nginx), so the proxy_cache run is skipped.');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'esim-load-nginx-'));
  const port = await freePort();
  // master_process off: one process, started and stopped by this script, running as the current user.
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  proxy_cache_path ${dir}/cache keys_zone=esim:10m;
  server {
    listen ${HOST}:${port};
    location /api/v1/esim/ {
      proxy_pass ${proxyOrigin};
      proxy_cache esim;
      proxy_cache_lock on;
    }
  }
}
`,
  );
  const nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  children.add(nginx);
  nginx.on('exit', () => children.delete(nginx));
  try {
    await waitForPort(port, Date.now() + 10_000);
    const before = await upstream.stats();
    const run = await cannon('nginx proxy_cache → proxy', `http://${HOST}:${port}`, paths);
    const after = await upstream.stats();
    return { run, reached: after.requests - before.requests };
  } finally {
    nginx.kill('SIGTERM');
    await new Promise((resolve) => (nginx.exitCode === null ? nginx.once('exit', resolve) : resolve()));
    rmSync(dir, { recursive: true, force: true });
  }
}

const TARGETS = [
  ['upstream direct', 'direct'],
  ['bare fetch relay', 'relay'],
  ['createEsimProxy', 'proxy'],
];

async function main() {
  const rounds = Math.min(10, Math.max(1, Number(args.rounds) || 3));
  const upstream = startChild('upstream');
  const { origin: upstreamOrigin, productId, variantId } = await upstream.ready;
  const relay = startChild('relay', [`--upstream=${upstreamOrigin}`]);
  const proxy = startChild('proxy', [`--upstream=${upstreamOrigin}`]);
  const origins = { direct: upstreamOrigin, relay: (await relay.ready).origin, proxy: (await proxy.ready).origin };
  const paths = [
    '/api/v1/esim/products?page=1&per_page=50',
    '/api/v1/esim/products?page=2&per_page=50',
    '/api/v1/esim/products?country_code=JPN',
    `/api/v1/esim/products/${productId}`,
    `/api/v1/esim/products/${productId}/variants`,
    `/api/v1/esim/variants/${variantId}`,
  ];
  // Only the upstream needs the token; the relay and the proxy add their own.
  const headers = { direct: { authorization: `Bearer ${TOKEN}` }, relay: undefined, proxy: undefined };
  console.log(
    `load: ${args.amount} requests × ${args.connections} connections per run, ${rounds} rounds, ${paths.length} URLs, ` +
      `Node ${process.version}; upstream ${origins.direct}, relay ${origins.relay}, proxy ${origins.proxy}`,
  );

  // Warm-up (JIT, keep-alive sockets, the upstream's answers), not measured.
  for (const [, key] of TARGETS) await cannon('warm-up', origins[key], paths, headers[key], 2_000);
  const memory = [await proxy.stats()];

  const runs = { direct: [], relay: [], proxy: [] };
  for (let round = 0; round < rounds; round += 1) {
    // A different target goes first each round, so a busy moment on the machine does not always hit the same one.
    const order = TARGETS.map((_, index) => TARGETS[(index + round) % TARGETS.length][1]);
    for (const key of order) runs[key].push(await cannon(key, origins[key], paths, headers[key]));
    memory.push(await proxy.stats());
    console.log(
      `round ${round + 1}: ` +
        TARGETS.map(([, key]) => {
          const run = runs[key].at(-1);
          return `${key} p50 ${run.p50} ms p99 ${run.p99} ms ${run.rps} req/s ${run.failures} errors`;
        }).join(' | ') +
        ` | proxy RSS ${MB(memory.at(-1).rss)}, heap ${MB(memory.at(-1).heapUsed)}`,
    );
  }

  const nginx = await throughNginx(origins.proxy, upstream, paths);
  memory.push(await proxy.stats());

  const failures = [...Object.values(runs).flat(), ...(nginx ? [nginx.run] : [])].reduce((sum, run) => sum + run.failures, 0);
  console.log(`\nsummary over ${rounds} rounds (min–max), ${args.amount} requests × ${args.connections} connections each:`);
  console.log('| path | p50 ms | p99 ms | req/s | errors |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, key] of TARGETS) {
    const list = runs[key];
    const errors = list.reduce((sum, run) => sum + run.failures, 0);
    console.log(
      `| ${name} | ${range(list.map((r) => r.p50))} | ${range(list.map((r) => r.p99))} | ${range(list.map((r) => r.rps))} | ${errors} |`,
    );
  }
  if (nginx) {
    const { run } = nginx;
    console.log(`| nginx proxy_cache → createEsimProxy | ${run.p50} | ${run.p99} | ${run.rps} | ${run.failures} |`);
  }
  const ratio = (key, base, pick, digits = 2) =>
    range(runs[key].map((run, index) => pick(run) / Math.max(pick(runs[base][index]), 1)), digits);
  console.log(
    `proxy vs upstream direct (same round): p50 ×${ratio('proxy', 'direct', (r) => r.p50)}, ` +
      `req/s ×${ratio('proxy', 'direct', (r) => r.rps)}`,
  );
  console.log(
    `proxy vs bare fetch relay (same round): p50 ×${ratio('proxy', 'relay', (r) => r.p50)}, ` +
      `req/s ×${ratio('proxy', 'relay', (r) => r.rps)}`,
  );
  console.log(
    `proxy memory after a full GC: RSS ${memory.map((m) => MB(m.rss)).join(' → ')}; ` +
      `heap ${memory.map((m) => MB(m.heapUsed)).join(' → ')} (after warm-up, each round${nginx ? ', nginx run' : ''})`,
  );
  if (nginx) console.log(`nginx proxy_cache: ${nginx.reached} of ${nginx.run.requests} requests reached the upstream`);
  console.log(`errors (socket errors + timeouts + non-2xx): ${failures}`);
  return failures === 0 ? 0 : 1;
}

if (args.role) {
  await runChild(args.role);
} else {
  const deadline = setTimeout(() => {
    console.error(`load: gave up after ${DEADLINE_MS / 60_000} minutes`);
    stopAll();
    process.exit(1);
  }, DEADLINE_MS);
  deadline.unref();
  process.once('SIGINT', () => {
    stopAll();
    process.exit(130);
  });
  let code = 1;
  try {
    code = await main();
  } catch (error) {
    console.error(error);
  } finally {
    stopAll();
    clearTimeout(deadline);
  }
  process.exitCode = code;
}

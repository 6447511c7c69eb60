// Turns raw samples into the printed markdown table and the JSON record. Kept apart from run.mjs so
// the driver reads as the measurement procedure only.

export function stats(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

const MB = 1024 * 1024;
const fmt = (value, digits) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const cell = (s, digits = 0) => (s ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : '—');
const ratio = (ours, floor) => (ours && floor ? `${fmt(ours.median / floor.median, 2)}×` : '—');
const mark = (ok) => (ok ? '✓' : '✗');

/** Collects every figure per scenario from the per-page results run.mjs appends to `samples`. */
export function summarise(samples) {
  const by = (id) => samples.filter((s) => s.scenario === id && !s.error);
  const pick = (id, fn) => stats(by(id).flatMap(fn));
  const list = (impl, size) => {
    const id = `${impl}-${size}`;
    return {
      mount: pick(id, (s) => [s.mount.ms]),
      keystroke: pick(id, (s) => s.keystrokes.map((k) => k.ms)),
      firstKeystroke: pick(id, (s) => s.keystrokes.slice(0, 1).map((k) => k.ms)),
      keystrokeSettled: pick(id, (s) => s.keystrokes.map((k) => k.settledMs)),
      heapAfter: pick(id, (s) => [s.heap.after / MB]),
      heapAdded: pick(id, (s) => [(s.heap.after - s.heap.before) / MB]),
      options: pick(id, (s) => [s.mount.options]),
      mountRequests: pick(id, (s) => [s.mount.requests]),
      keystrokesWithoutListChange: by(id).flatMap((s) => s.keystrokes).filter((k) => !k.changedList).length,
    };
  };
  const plans = (id) => ({
    ms: pick(id, (s) => [s.plans.ms]),
    requests: pick(id, (s) => [s.plans.requests]),
    requestsAtPaint: pick(id, (s) => [s.plans.requestsAtPaint]),
    prefetchRequests: pick(id, (s) => (s.prefetch ? [s.prefetch.requests] : [])),
    heapAfter: pick(id, (s) => [s.heap.after / MB]),
  });
  // Ours ÷ plain within each run (pages of one run are interleaved, so they share the machine's state at
  // that moment): the spread of these is the honest error bar on a busy machine.
  const perRun = (size, fn) => {
    const median = (values) => stats(values)?.median;
    const runs = [...new Set(samples.map((s) => s.run))];
    return stats(
      runs.map((run) => {
        const side = (impl) => samples.find((s) => s.scenario === `${impl}-${size}` && s.run === run && !s.error);
        const [ours, plain] = [side('ours'), side('plain')];
        return ours && plain ? median(fn(ours)) / median(fn(plain)) : NaN;
      }),
    );
  };
  return {
    sizes: Object.fromEntries(
      [...new Set(samples.filter((s) => s.size && s.impl !== 'picker').map((s) => s.size))].map((size) => [
        size,
        {
          ours: list('ours', size),
          plain: list('plain', size),
          ratios: {
            mount: perRun(size, (s) => [s.mount.ms]),
            keystroke: perRun(size, (s) => s.keystrokes.map((k) => k.ms)),
          },
        },
      ]),
    ),
    plansCold: plans('plans-cold'),
    plansPrefetch: plans('plans-prefetch'),
    errors: samples.filter((s) => s.error).map((s) => `${s.scenario} run ${s.run}: ${s.error}`),
    pageErrors: samples.flatMap((s) => (s.pageErrors ?? []).map((message) => `${s.scenario} run ${s.run}: uncaught ${message}`)),
  };
}

/** The markdown table: our figures, the plain list's, the ratio, and the target. */
export function table(summary, meta) {
  const rows = [
    '| metric | size | esim-picker median (min–max) | plain list median (min–max) | ours ÷ plain | target |',
    '|---|---:|---:|---:|---:|---|',
  ];
  const spread = (s) => (s ? `${fmt(s.median, 2)}× (${fmt(s.min, 2)}–${fmt(s.max, 2)})` : '—');
  for (const [size, { ours, plain, ratios }] of Object.entries(summary.sizes)) {
    const m = ours.mount && plain.mount;
    const keystrokeTarget = size === '5000' ? 0.5 : 1;
    rows.push(
      `| mount → first paint, ms | ${size} | ${cell(ours.mount)} | ${cell(plain.mount)} | ${ratio(ours.mount, plain.mount)} | ` +
        (size === '5000' ? `≤ 0.25× ${m ? mark(ours.mount.median <= 0.25 * plain.mount.median) : ''}` : '') + ' |',
      `| … ours ÷ plain per run, median (min–max) | ${size} | | | ${spread(ratios.mount)} | |`,
      `| keystroke → next frame, ms (n=${ours.keystroke?.n ?? 0}) | ${size} | ${cell(ours.keystroke, 1)} | ${cell(plain.keystroke, 1)} | ${ratio(ours.keystroke, plain.keystroke)} | ` +
        `≤ ${keystrokeTarget}× ${ours.keystroke && plain.keystroke ? mark(ours.keystroke.median <= keystrokeTarget * plain.keystroke.median) : ''}, ≤ 16 ms ${ours.keystroke ? mark(ours.keystroke.median <= 16) : ''} |`,
      `| … ours ÷ plain per run, median (min–max) | ${size} | | | ${spread(ratios.keystroke)} | |`,
      `| … first keystroke only ("g"), ms | ${size} | ${cell(ours.firstKeystroke, 1)} | ${cell(plain.firstKeystroke, 1)} | ${ratio(ours.firstKeystroke, plain.firstKeystroke)} | |`,
      `| JS heap after mount, MB | ${size} | ${cell(ours.heapAfter, 2)} | ${cell(plain.heapAfter, 2)} | ${ratio(ours.heapAfter, plain.heapAfter)} | ` +
        // The issue sets the heap target beside the mount target, for 5,000 products; 250 is shown for reference.
        (size === '5000' ? `≤ 1× ${ours.heapAfter && plain.heapAfter ? mark(ours.heapAfter.median <= plain.heapAfter.median) : ''}` : '') + ' |',
      `| heap added by mount, MB | ${size} | ${cell(ours.heapAdded, 2)} | ${cell(plain.heapAdded, 2)} | ${ratio(ours.heapAdded, plain.heapAdded)} | |`,
    );
  }
  const { plansCold: cold, plansPrefetch: warm } = summary;
  rows.push(
    `| destination → plans, cold, ms | ${meta.plansSize} | ${cell(cold.ms)} | — | | |`,
    `| … requests, cold | | ${cell(cold.requests)} | — | | ≤ 1 ${cold.requests ? mark(cold.requests.max <= 1) : ''} |`,
    `| destination → plans, after hover prefetch, ms | ${meta.plansSize} | ${cell(warm.ms)} | — | | |`,
    `| … requests after the click | | ${cell(warm.requests)} | — | | 0 ${warm.requests ? mark(warm.requests.max === 0) : ''} |`,
    `| … requests during the hover | | ${cell(warm.prefetchRequests)} | — | | |`,
    `| JS heap after mount (EsimPicker), MB | ${meta.plansSize} | ${cell(cold.heapAfter, 2)} | — | | |`,
  );
  return rows.join('\n');
}

/** Things a reader must know to trust the table: silent fallbacks, requests where none belong, errors. */
export function warnings(summary) {
  const out = [...summary.errors, ...summary.pageErrors];
  for (const [size, sides] of Object.entries(summary.sizes)) {
    for (const [impl, s] of Object.entries(sides)) {
      if (s.keystrokesWithoutListChange) out.push(`${impl}-${size}: ${s.keystrokesWithoutListChange} keystroke(s) changed no option; timed to the next frame`);
      if (s.mountRequests?.max) out.push(`${impl}-${size}: ${s.mountRequests.max} API request(s) during mount (data should be pre-filled)`);
    }
  }
  return out;
}

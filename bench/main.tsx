// The bench page. run.mjs opens it once per run and scenario (?impl=plain|ours|picker&size=N), then
// drives window.__bench. Timers run in-page with performance.now() so CDP round-trips are not counted.
import { createRoot } from 'react-dom/client';
import { EsimProvider } from '../src/query/index.js';
import '../src/styles.css';
import themeSource from '../src/styles.css?raw';
import { createBenchData } from './data.js';
import { OursList, OursPicker } from './ours.js';
import { PlainList } from './Plain.js';

// The whole default theme, as partners load it: component stylesheets that styles.css does not
// @import itself are loaded too (without doubling those it does), before anything is measured.
const componentCss = import.meta.glob('../src/components/*/*.css');
await Promise.all(
  Object.entries(componentCss)
    .filter(([path]) => !themeSource.includes(path.slice(path.lastIndexOf('/') + 1)))
    .map(([, load]) => load()),
);

const params = new URLSearchParams(location.search);
const impl = params.get('impl') ?? 'plain';
const data = createBenchData(Number(params.get('size') ?? 250));
const container = document.getElementById('root')!;

function App() {
  return (
    <EsimProvider client={data.client} queryClient={data.queryClient} locale="en-US">
      {impl === 'plain' ? <PlainList /> : impl === 'ours' ? <OursList /> : <OursPicker />}
    </EsimProvider>
  );
}

/** The time of the first moment after the next frame has been produced (rAF, then a fresh task). */
function afterFrame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      // MessageChannel, not setTimeout(0): no timer clamping, runs right after the frame's task.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

/** Resolves with afterFrame() once `selector` matches inside the root (it must not match yet). */
function paintedWhen(selector: string): Promise<number> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!container.querySelector(selector)) return;
      observer.disconnect();
      void afterFrame().then(resolve);
    });
    observer.observe(container, { childList: true, subtree: true });
  });
}

// Only DOM changes of the list count as "the result reached the screen": not the input's own echo
// and not a live region's announcement (often debounced on purpose). Attributes count: when the
// visible rows stay the same, aria-setsize/posinset may be all a commit changes.
const isListChange = (record: MutationRecord) => {
  const element = record.target instanceof Element ? record.target : record.target.parentElement;
  return !element?.closest('[aria-live], input, [role="status"]');
};

const LIST_CHANGES = { childList: true, subtree: true, characterData: true, attributes: true };
let lastChange = performance.now();
new MutationObserver((records) => {
  if (records.some(isListChange)) lastChange = performance.now();
}).observe(container, LIST_CHANGES);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the list has not changed for `ms` (and the main thread got to run a timer). */
async function quiet(ms: number): Promise<void> {
  while (performance.now() - lastChange < ms) await sleep(ms - (performance.now() - lastChange) + 1);
}

interface Keystroke {
  start?: number;
  commit?: number;
  first?: Promise<number>;
  last?: Promise<number>;
  idle?: Promise<number>;
}
let keystroke: Keystroke = {};
let keystrokeObserver: MutationObserver | undefined;

function clickWithoutHover(option: HTMLElement) {
  // A click without any hover first: no pointerover/enter/move, so no hover prefetch can start.
  const box = option.getBoundingClientRect();
  const init = { bubbles: true, cancelable: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, button: 0, view: window };
  const pointer = { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  option.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
  option.dispatchEvent(new MouseEvent('mousedown', { ...init, buttons: 1 }));
  option.dispatchEvent(new PointerEvent('pointerup', pointer));
  option.dispatchEvent(new MouseEvent('mouseup', init));
  option.dispatchEvent(new MouseEvent('click', init));
}

const api = {
  impl,
  requests: data.requests,
  productCount: data.products.length,

  /** createRoot().render → next frame after the first options are in the DOM. */
  async mount() {
    const painted = paintedWhen('[role="option"]');
    const start = performance.now();
    createRoot(container).render(<App />);
    const end = await painted;
    return { ms: end - start, options: container.querySelectorAll('[role="option"]').length, requests: data.requests.started };
  },

  quiet,

  /** Call before page.keyboard.type(char): the keydown (capture, first listener) starts the clock. */
  armKeystroke() {
    keystroke = {};
    keystrokeObserver?.disconnect();
    window.addEventListener(
      'keydown',
      (event) => {
        // event.timeStamp is when the browser received the input, so input queueing counts too.
        keystroke.start = event.timeStamp;
        keystroke.idle = afterFrame();
      },
      { capture: true, once: true },
    );
    keystrokeObserver = new MutationObserver((records) => {
      if (keystroke.start === undefined || !records.some(isListChange)) return;
      // MutationObserver callbacks run right after React's commit: the next frame after it shows the result.
      keystroke.last = afterFrame();
      keystroke.commit ??= performance.now();
      keystroke.first ??= keystroke.last;
    });
    keystrokeObserver.observe(container, LIST_CHANGES);
  },

  /** After the keystroke settles: first list commit's frame (reported) and the last one (settled). */
  async keystrokeResult(settleMs: number) {
    while (keystroke.start === undefined) await sleep(5);
    await quiet(settleMs);
    keystrokeObserver?.disconnect();
    const start = keystroke.start;
    const idle = await keystroke.idle!;
    const first = keystroke.first ? await keystroke.first : idle;
    const last = keystroke.last ? await keystroke.last : idle;
    // commitMs splits the figure: input → React commit (script) vs commit → frame (style, layout, paint).
    const commitMs = keystroke.commit === undefined ? undefined : keystroke.commit - start;
    return { ms: first - start, commitMs, settledMs: last - start, changedList: keystroke.first !== undefined };
  },

  /** Click (dispatched) on the index-th option → next frame after the plan radios are in the DOM. */
  async clickToPlans(index: number, settleMs: number) {
    const option = container.querySelectorAll<HTMLElement>('[role="option"]')[index];
    if (!option) throw new Error(`no option #${index}`);
    const before = data.requests.started;
    const painted = paintedWhen('[role="radio"], input[type="radio"]');
    const start = performance.now();
    clickWithoutHover(option);
    const end = await painted;
    const atPaint = data.requests.started - before;
    await sleep(settleMs); // late requests (e.g. a refetch after render) still count
    return { ms: end - start, requestsAtPaint: atPaint, requests: data.requests.started - before, label: option.textContent };
  },
};

declare global {
  interface Window {
    __bench: typeof api;
  }
}
window.__bench = api;

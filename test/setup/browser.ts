import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { setupWorker } from 'msw/browser';
import { afterEach, beforeAll } from 'vitest';
import { createEsimHandlers } from '../../src/mocks/index.js';

/** The built-in mock API in the page's service worker; tests add scenarios with `worker.use(...)`. */
export const worker = setupWorker(...createEsimHandlers());

// A real browser renders and flushes effects on its own; React's act() warnings are for jsdom.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

// findBy*/waitFor give up after this long; they resolve as soon as the condition holds.
configure({ asyncUtilTimeout: 15_000 });

beforeAll(async () => {
  await worker.start({
    quiet: true,
    // Every API call must be mocked; Vite's modules, fonts and images go to the network untouched.
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error();
    },
  });
});
afterEach(() => {
  cleanup();
  worker.resetHandlers();
});

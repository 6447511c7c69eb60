import { setupServer } from 'msw/node';
import { createEsimHandlers } from '../src/mocks/index.js';

/** The built-in mock API on every test's network; tests add scenarios with `server.use(...)`. */
export const server = setupServer(...createEsimHandlers());

/** Base URL the tests' clients use: absolute, because Node's fetch has no page origin. */
export const TEST_BASE_URL = 'https://api.esim.test';

// What a traveller does in a built example, driven in Chromium: search, choose a destination, choose a plan.
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';
import { StepError } from './harness.mjs';

/** Playwright's own waits, long enough for a busy 2-core machine; every wait is on a condition. */
const WAIT_MS = 30_000;

export async function launchChromium() {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}

export function check(condition, message) {
  if (!condition) throw new StepError(message);
}

/** The mock catalogue's image host: the mock API serves it where it runs in the browser (the Vite apps). */
export const MOCK_IMAGE_ORIGIN = 'https://cdn.example.com';

/**
 * Records what a page says and asks for: console messages, uncaught errors, every request with its headers,
 * and (when `csp` is set) every `securitypolicyviolation` event, caught by a listener added before any script.
 */
export async function watchPage(context) {
  const record = { console: [], errors: [], requests: [], failed: [], violations: [] };
  await context.exposeBinding('__reportViolation', (_source, violation) => record.violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportViolation({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
      });
    });
  });
  // With where it came from: "Failed to load resource" alone does not say which.
  context.on('console', (message) => record.console.push({ type: message.type(), text: message.text(), url: message.location().url }));
  context.on('weberror', (error) => record.errors.push(String(error.error()?.stack ?? error.error())));
  context.on('requestfailed', (request) => record.failed.push(`${request.url()} (${request.failure()?.errorText})`));
  context.on('request', (request) => {
    const entry = { url: request.url(), method: request.method(), headers: request.headers() };
    record.requests.push(entry);
    // The headers as sent (cookies and the network stack's own too) once they are known. A request still starting
    // when the flow closes its page never gets them, and its rejection must not end the test run: it keeps the
    // headers the page set.
    request.allHeaders().then((headers) => (entry.headers = headers), () => {});
  });
  return record;
}

/** Console errors and warnings, and uncaught errors: none is expected on a checkout page. */
export function problems(record) {
  return [
    ...record.console
      .filter((message) => message.type === 'error' || message.type === 'warning')
      .map((message) => `console.${message.type}: ${message.text}${message.url ? ` (${message.url})` : ''}`),
    ...record.errors.map((error) => `uncaught: ${error}`),
    ...record.failed.map((failure) => `request failed: ${failure}`),
  ];
}

/**
 * Types "japan", chooses Japan, chooses the first plan; returns the chosen plan's price text as the card
 * shows it (after the partner's discount). Throws a StepError naming the step that did not happen.
 */
export async function pickJapanPlan(page) {
  // Scoped to the picker: the host page may have comboboxes and radios of its own (a theme switch).
  const picker = page.locator('.esim-EsimPicker');
  const search = picker.getByRole('combobox');
  await search.waitFor({ timeout: WAIT_MS });
  await search.fill('japan');
  const japan = picker.getByRole('option', { name: /Japan/ }).first();
  await japan.waitFor({ timeout: WAIT_MS }).catch(() => {
    throw new StepError('Typing "japan" showed no Japan option');
  });
  await japan.click();
  const firstPlan = picker.locator('.esim-PlanPicker-option').getByRole('radio').first();
  await firstPlan.waitFor({ timeout: WAIT_MS }).catch(() => {
    throw new StepError('Choosing Japan showed no plans');
  });
  await firstPlan.check();
  const card = picker.locator('.esim-PlanPicker-option:has(input:checked)');
  const price = (await card.locator('.esim-PlanPicker-price').first().textContent({ timeout: WAIT_MS }))?.trim() ?? '';
  check(/\d/.test(price), `The chosen plan shows no price (got "${price}")`);
  return price;
}

/** Runs `fn`; if it fails, the error also says what the page logged, which is usually why. */
export async function explained(record, fn) {
  try {
    return await fn();
  } catch (error) {
    const found = problems(record);
    const message = error instanceof Error ? error.message : String(error);
    throw new StepError(found.length > 0 ? `${message}\nThe page logged:\n  ${found.join('\n  ').slice(0, 4000)}` : message);
  }
}

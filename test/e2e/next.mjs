// examples/next-app-router, built and started as a partner would run it, checked from outside.
import { check, explained, pickJapanPlan, problems, watchPage } from './flows.mjs';
import { freePort, run, startServer, step } from './harness.mjs';

const CATALOGUE_PATH = '/api/esim/api/v1/esim/products';

/** Builds the app; Next type-checks it on the way, as a partner's build would. */
export async function buildNext(app) {
  await step('next: next build', () => run('npx', ['next', 'build'], { cwd: app }));
}

/** `tsc --noEmit` with the example's strict flags (exactOptionalPropertyTypes, noUncheckedSideEffectImports…). */
export async function typecheckNext(app) {
  await step('next: tsc --noEmit', () => run('npx', ['tsc', '--noEmit'], { cwd: app }));
}

export async function startNext(app, port) {
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: app,
    url: `${base}${CATALOGUE_PATH}?per_page=1`,
  });
  return { base, server };
}

/** Option rows in server-rendered HTML, by their text without the flag emoji. */
function optionNames(html) {
  return [...html.matchAll(/<[^>]+role="option"[^>]*>(.*?)<\/(?:li|div)>/gs)].map((match) =>
    match[1].replace(/<[^>]+>/g, '').replace(/[\u{1F1E6}-\u{1F1FF}\u{1F310}]/gu, '').trim(),
  );
}

/** Every region name Intl knows in `locale`: an independent reference for "this is a destination name". */
function regionNames(locale) {
  const names = new Set();
  const display = new Intl.DisplayNames([locale], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      try {
        const name = display.of(code);
        if (name && name !== code) names.add(name);
      } catch {
        // not a region code
      }
    }
  }
  return names;
}

/** Opens `url` in a fresh context of `locale`, recording what the page says and asks for, and runs `run` on it. */
async function onPage(browser, locale, url, run) {
  const context = await browser.newContext({ locale });
  try {
    const record = await watchPage(context);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await run(page, record);
  } finally {
    await context.close();
  }
}

export async function testNext(app, browser) {
  const port = await freePort();
  const { base, server } = await step('next: next start', () => startNext(app, port));
  try {
    await step('next: first HTML (no JS) paints the catalogue in the request language', async () => {
      const english = await (await fetch(`${base}/`, { headers: { 'accept-language': 'en-US,en;q=0.9' } })).text();
      const englishNames = optionNames(english);
      check(english.includes('<html lang="en-US"'), 'The page is not marked lang="en-US" for Accept-Language: en-US');
      const inEnglish = englishNames.filter((name) => regionNames('en').has(name));
      check(inEnglish.length >= 5, `The first HTML shows ${englishNames.length} destination options (${englishNames.join(', ')}); expected the catalogue painted by SSR`);
      const german = await (await fetch(`${base}/`, { headers: { 'accept-language': 'de-DE,de;q=0.9' } })).text();
      check(german.includes('<html lang="de-DE"'), 'Accept-Language: de-DE did not reach the locale');
      const germanNames = optionNames(german);
      const inGerman = germanNames.filter((name) => regionNames('de').has(name) && !regionNames('en').has(name));
      check(inGerman.length >= 3, `The German first HTML shows no German destination names (options: ${germanNames.join(', ')})`);
      console.log(`    en: ${englishNames.slice(0, 4).join(', ')}…  de: ${germanNames.slice(0, 4).join(', ')}…`);
    });

    await step('next: proxy route forwards the allow-listed endpoints only', async () => {
      const response = await fetch(`${base}${CATALOGUE_PATH}?per_page=2`);
      const body = await response.text();
      check(response.ok && body.includes('"country_code"'), `The proxy route returned ${response.status}: ${body.slice(0, 200)}`);
      const refused = await fetch(`${base}/api/esim/api/v1/esim/orders`);
      check(refused.status === 404, `The proxy forwarded a path outside its allow-list (status ${refused.status})`);
    });

    await step('next: page — hydrates clean, no catalogue refetch, search → Japan → plan', async () => {
      await onPage(browser, 'en-US', `${base}/`, async (page, record) => {
        const price = await explained(record, () => pickJapanPlan(page));
        await page.waitForLoadState('networkidle');
        const catalogueRequests = record.requests.filter((request) => new URL(request.url).pathname === CATALOGUE_PATH);
        check(catalogueRequests.length === 0, `The browser fetched the catalogue the server had sent: ${catalogueRequests.map((request) => request.url).join(', ')}`);
        const detailRequests = record.requests.filter((request) => request.url.includes('/api/esim/api/v1/esim/products/'));
        check(detailRequests.length >= 1, 'Choosing Japan made no request through the proxy route: is the provider pointed at /api/esim?');
        const found = problems(record);
        check(found.length === 0, `Console errors or warnings (hydration?) on the page:\n  ${found.join('\n  ')}`);
        const posted = await page.locator('input[name="variant_id"]:checked').inputValue();
        check(/^\d+$/.test(posted), `The form field variant_id holds "${posted}"`);
        console.log(`    Japan, first plan: ${price}`);
      });
    });

    await step('next: a German page hydrates clean (region and world names the same on server and browser)', async () => {
      // Chromium's Intl has no names for UN M49 areas and patches a few country names; Node's has them.
      await onPage(browser, 'de-DE', `${base}/`, async (page, record) => {
        await page.locator('.esim-CountryList-option').first().waitFor();
        const found = problems(record);
        check(found.length === 0, `Console errors or warnings (hydration?) on the German page:\n  ${found.join('\n  ')}`);
      });
    });

    await step('next: checkout — summary, theme switch, order re-priced on the server', async () => {
      await onPage(browser, 'en-US', `${base}/checkout`, async (page, record) => {
        const price = await explained(record, () => pickJapanPlan(page));
        const debit = page.getByTestId('wallet-debit');
        await debit.waitFor();
        check((await debit.textContent()) === price, `The summary's wallet debit reads "${await debit.textContent()}", the plan card "${price}"`);
        const summary = (await page.getByTestId('order-summary').textContent()) ?? '';
        check(summary.includes('Japan'), `The order summary does not name the destination: "${summary}"`);
        // The order amount is the plan's price before the discount, in the page's money format ("$14.90").
        const amount = (await page.getByTestId('order-amount').textContent()) ?? '';
        check(/^\$\d+\.\d{2}$/.test(amount) && amount !== price, `The summary's order amount reads "${amount}", the debit "${price}"`);

        const pickerBackground = () =>
          page.locator('.esim-EsimPicker').evaluate((element) => getComputedStyle(element).getPropertyValue('--esim-color-bg').trim());
        const light = await pickerBackground();
        await page.getByRole('radio', { name: 'Dark' }).check();
        await page.locator('[data-esim-theme="dark"]').waitFor();
        const dark = await pickerBackground();
        check(light !== dark, `The dark preset did not change the picker's --esim-color-bg (${light} both)`);

        // The checkout's own problems, before the form leaves it: the order's JSON answer is a page of its own,
        // for which the browser may ask a /favicon.ico the app does not have (a 404 that lands late or not at all).
        const found = problems(record);
        check(found.length === 0, `Console errors or warnings on the checkout:\n  ${found.join('\n  ')}`);
        const [response] = await Promise.all([
          page.waitForResponse((candidate) => new URL(candidate.url()).pathname === '/order'),
          page.getByRole('button', { name: 'Place order' }).click(),
        ]);
        const order = await response.json();
        check(response.ok() && order.walletDebit === price, `The order endpoint answered ${response.status()} ${JSON.stringify(order)}; expected walletDebit ${price}`);
        console.log(`    order: ${JSON.stringify(order)}`);
      });
    });

    await step('next: order route — no plan, a plan no longer sold: JSON the checkout can show, never a 500', async () => {
      const post = async (variantId) => {
        const response = await fetch(`${base}/order`, { method: 'POST', body: new URLSearchParams({ variant_id: variantId }) });
        const text = await response.text();
        let body;
        try {
          body = JSON.parse(text);
        } catch {
          body = text.slice(0, 120);
        }
        return { status: response.status, body };
      };
      for (const id of ['', '99999999999999999999']) {
        const refused = await post(id);
        check(refused.status === 400 && typeof refused.body.error === 'string', `An order for plan "${id}" answered ${refused.status} ${JSON.stringify(refused.body)}`);
      }
      const gone = await post('987654321');
      check(
        gone.status === 409 && /no longer sold/.test(gone.body.error ?? ''),
        `An order for a plan the API does not know answered ${gone.status} ${JSON.stringify(gone.body)}; expected 409 with a sentence`,
      );
    });
  } finally {
    await server.stop();
  }
}

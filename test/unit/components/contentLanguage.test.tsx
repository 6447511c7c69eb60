import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CountryList } from '../../../src/components/CountryList/index.js';
import { PlanPicker } from '../../../src/components/PlanPicker/index.js';
import de from '../../../src/locales/de.js';
import { usdCatalogue } from '../../../src/mocks/index.js';
import { renderWithEsim } from '../../utils.js';
import { japanVariant, radioOf, serveCatalogue, serveVariantDetails, withJapanPlans } from './PlanPicker.helpers.js';

// The API writes its names and descriptions in English; a screen reader reads text in the language its element
// says, so on a German page "Japan Unlimited Business" must be marked English or it is read with a German voice.
const SPOKEN_PLAN = {
  ...japanVariant(5511),
  name: 'Japan Unlimited Business',
  description: 'Data-only eSIM for short trips',
};

async function renderPlan(setup: Parameters<typeof renderWithEsim>[1]) {
  serveCatalogue(withJapanPlans([SPOKEN_PLAN, japanVariant(5512)]));
  renderWithEsim(<PlanPicker productId={712} />, setup);
  await screen.findAllByRole('radio');
  return {
    name: screen.getByText('Japan Unlimited Business'),
    description: screen.getByText('Data-only eSIM for short trips'),
  };
}

describe('the language of the API’s text', () => {
  it('marks plan names and descriptions as English on a page in another language', async () => {
    const { name, description } = await renderPlan({ locale: 'de-DE' });
    expect(name.closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(description.closest('[lang]')).toHaveAttribute('lang', 'en');
  });

  it('leaves them to the page’s language when that is the API’s (en-GB and English API text)', async () => {
    const { name, description } = await renderPlan({ locale: 'en-GB' });
    // The nearest language is the component root's.
    expect(name.closest('[lang]')).toHaveAttribute('lang', 'en-GB');
    expect(description.closest('[lang]')).toHaveAttribute('lang', 'en-GB');
  });

  it('follows the provider’s contentLanguage for an API that writes in another language', async () => {
    const german = await renderPlan({ locale: 'en-US', contentLanguage: 'de' });
    expect(german.name.closest('[lang]')).toHaveAttribute('lang', 'de');
  });

  it('marks the English words a row adds after a region’s localised name', async () => {
    const caribbean = usdCatalogue.products.find((product) => product.country_code === 'XCB')!;
    serveCatalogue({ products: [caribbean] });
    renderWithEsim(<CountryList popular={[]} />, { locale: 'de-DE' });
    const row = await screen.findByRole('option', { name: /^Karibik Jamaica, Barbados, Bahamas & 9 more$/ });
    expect(row.closest('[lang]')).toHaveAttribute('lang', 'de-DE');
    expect(screen.getByText('Jamaica, Barbados, Bahamas & 9 more')).toHaveAttribute('lang', 'en');
  });
});

const GERMAN = { locale: 'de-DE', messages: de };
/** The language the nearest `lang` gives `element`. */
const langOf = (element: Element) => element.closest('[lang]')!.getAttribute('lang');

describe('plan details on a German page', () => {
  it('marks the API’s own labels and words English, and leaves what the locale translates to the page', async () => {
    serveCatalogue(withJapanPlans([japanVariant(5511), japanVariant(5512)]));
    serveVariantDetails((id) => ({ ...japanVariant(id), regions: ['JPN'], network_type: '5G', hotspot: true, carrier_name: 'Docomo', eu_roaming: false, speed_cap: 'unlimited_speed' }));
    const user = userEvent.setup();
    const { container } = renderWithEsim(<PlanPicker productId={712} />, GERMAN);
    await screen.findAllByRole('radio');
    await user.click(radioOf(5512));
    await waitFor(() => expect(container.querySelector('details')).toHaveAttribute('data-state', 'ready'));
    const lang = (text: string) => langOf(screen.getByText(text));
    // Labels and values of the locale's own (translated label, yes/no): the page's language.
    expect([lang('Netztyp'), lang('Hotspot-Nutzung'), lang('Ja'), lang('Nein')]).toEqual(['de-DE', 'de-DE', 'de-DE', 'de-DE']);
    // The API's words: a field's own name, a string it sends (as sent, or as words from an identifier).
    expect([lang('5G'), lang('Carrier name'), lang('Docomo'), lang('Eu roaming'), lang('Speed cap'), lang('Unlimited speed')]).toEqual(['en', 'en', 'en', 'en', 'en', 'en']);
  });
});

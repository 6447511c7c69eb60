// The token stops working: expired mid-session (401) or refused for this shop (403).
import { screen, within } from '@testing-library/react';
import { EsimPicker } from '../../../src/components/EsimPicker/index.js';
import { CountryList } from '../../../src/components/CountryList/index.js';
import { mockToken } from '../../../src/mocks/index.js';
import { apiError, chooseDestination, DETAIL, failFirst, findDestination, LIST, renderFaulty, watchRequests } from './helpers.js';

const REFUSED = 'Access to the plan catalogue was refused.';
const refusal = {
  401: () => apiError(401, 'TOKEN_EXPIRED', `Invalid token: Bearer ${mockToken}`),
  403: () => apiError(403, 'FORBIDDEN', `Token ${mockToken} may not read this catalogue`),
};

describe.each([401, 403] as const)('a %i', (status) => {
  it('mid-session: the list stays, the plans say access was refused, once, and Try again works after renewal', async () => {
    const requests = watchRequests();
    failFirst(DETAIL, refusal[status]);
    const { user } = renderFaulty(<EsimPicker />);
    await chooseDestination(user, 'japan', /^Japan/);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(REFUSED);
    // An auth error is not retried: retrying cannot help, renewing the token can.
    expect(requests.to('/api/v1/esim/products/712')).toHaveLength(1);
    // What the server echoed never reaches the page.
    expect(document.body.textContent).not.toContain(mockToken);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('radio', { name: /^5 GB · 30 days/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('on the catalogue: says access was refused, with a retry that loads the list', async () => {
    failFirst(LIST, refusal[status]);
    const { user } = renderFaulty(<CountryList />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(REFUSED);
    expect(document.body.textContent).not.toContain(mockToken);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await findDestination(user, 'japan', /Japan/)).toBeInTheDocument();
  });
});

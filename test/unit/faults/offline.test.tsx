// The traveller's connection drops (a train, a lift): an offline note instead of an endless spinner, and
// loading carries on by itself when the connection is back. A slow load says it is still working.
import { onlineManager } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { CountryList } from '../../../src/components/CountryList/index.js';
import { EsimPicker } from '../../../src/components/EsimPicker/index.js';
import { server } from '../../msw-server.js';
import { chooseDestination, findDestination, gate, LIST, renderFaulty, watchRequests } from './helpers.js';

const OFFLINE = 'You are offline. We will carry on when your connection is back.';

/** The status region (role="status") holding `text`. */
const statusWith = async (text: string | RegExp) =>
  (await screen.findAllByRole('status')).find((region) =>
    typeof text === 'string' ? region.textContent?.includes(text) : text.test(region.textContent ?? ''),
  );

afterEach(() => {
  onlineManager.setOnline(true);
  vi.useRealTimers();
});

describe('offline and back', () => {
  it('offline before the list arrives: says so politely, sends nothing, and loads by itself once back', async () => {
    const requests = watchRequests();
    onlineManager.setOnline(false);
    const { user } = renderFaulty(<CountryList />);
    expect(await screen.findByText(OFFLINE)).toBeInTheDocument();
    expect(await statusWith(OFFLINE)).toHaveTextContent(OFFLINE);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(requests.paths).toEqual([]);
    act(() => onlineManager.setOnline(true));
    expect(await findDestination(user, 'japan', /Japan/)).toBeInTheDocument();
    expect(screen.queryByText(OFFLINE)).toBeNull();
  });

  it('offline after choosing a destination: the plans say so, then arrive once back online', async () => {
    const { user } = renderFaulty(<EsimPicker />);
    await screen.findAllByRole('option');
    act(() => onlineManager.setOnline(false));
    await chooseDestination(user, 'japan', /^Japan/);
    expect(await screen.findByText(OFFLINE)).toBeInTheDocument();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByRole('radio', { name: /^5 GB · 30 days/ })).toBeInTheDocument();
    expect(screen.queryByText(OFFLINE)).toBeNull();
  });
});

it('offline before the catalogue names the destination of a country code: says so, then shows its plans once back', async () => {
  onlineManager.setOnline(false);
  renderFaulty(<EsimPicker defaultCountry="JPN" />);
  expect(await screen.findByText(OFFLINE)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  act(() => onlineManager.setOnline(true));
  expect(await screen.findByRole('radiogroup', { name: 'Data plans for Japan' })).toBeInTheDocument();
  expect(screen.queryByText(OFFLINE)).toBeNull();
});

describe('focus when the offline message goes by itself', () => {
  it('CountryList: focus on "Try again" goes to the search field once back online, not to the page', async () => {
    onlineManager.setOnline(false);
    renderFaulty(<CountryList />, { strict: true });
    await screen.findByText(OFFLINE);
    screen.getByRole('button', { name: 'Try again' }).focus();
    act(() => onlineManager.setOnline(true));
    await screen.findAllByRole('option');
    await waitFor(() => expect(screen.getByRole('combobox')).toHaveFocus());
  });

  it('PlanPicker: focus on "Try again" stays in the picker once back online, and the plans arrive', async () => {
    const { user, container } = renderFaulty(<EsimPicker />);
    await screen.findAllByRole('option');
    act(() => onlineManager.setOnline(false));
    await chooseDestination(user, 'japan', /^Japan/);
    await screen.findByText(OFFLINE);
    screen.getByRole('button', { name: 'Try again' }).focus();
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByRole('radio', { name: /^5 GB · 30 days/ })).toBeInTheDocument();
    await waitFor(() => expect(container.querySelector('.esim-PlanPicker')).toHaveFocus());
  });

  it('focus elsewhere on the page stays there when the message goes', async () => {
    onlineManager.setOnline(false);
    render(<button type="button">Pay</button>);
    renderFaulty(<CountryList />);
    await screen.findByText(OFFLINE);
    screen.getByRole('button', { name: 'Pay' }).focus();
    act(() => onlineManager.setOnline(true));
    await screen.findAllByRole('option');
    expect(screen.getByRole('button', { name: 'Pay' })).toHaveFocus();
  });
});

describe('a load that takes long', () => {
  it('says it is still working after a few seconds, and stops saying so when the list arrives', async () => {
    // The clock moves only when the test moves it (no shouldAdvanceTime): on a busy machine a slow first
    // render must not count as the "few seconds" of loading.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const answer = gate();
    server.use(
      http.get(LIST, async () => {
        await answer.opened;
        return undefined;
      }),
    );
    const { user } = renderFaulty(<CountryList />);
    // The status region speaks once things are quiet for a moment: a second is plenty, and not "a few seconds".
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(screen.getAllByText(/Loading destinations/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/Still working on it/)).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_000);
    });
    expect(screen.getAllByText(/Still working on it/).length).toBeGreaterThan(0);
    // Real time again for the rest of the flow (React Query, user-event and Testing Library all wait on timers).
    vi.useRealTimers();
    answer.open();
    expect(await findDestination(user, 'japan', /Japan/)).toBeInTheDocument();
    expect(screen.queryByText(/Still working on it/)).toBeNull();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { PlanPicker } from '../../../src/components/PlanPicker/index.js';
import { server } from '../../msw-server.js';
import { card, japanVariant, radio, radioOf, renderPlans, serveVariantDetails } from './PlanPicker.helpers.js';

const detailsOf = (id: number) => ({
  ...japanVariant(id),
  regions: ['ITA', 'FRA', 'DEU'],
  network_type: '5G',
  extended: { hotspot: true, activation_policy: 'first_connection', throttle: { after_gb: 3 } },
  note: '<img src=x onerror="alert(1)">',
});

const disclosure = () => screen.getByRole('group') as HTMLDetailsElement;

describe('PlanPicker plan details', () => {
  it('shows nothing until a plan is chosen, then fills a disclosure from GET /variants/:id', async () => {
    const asked = serveVariantDetails(detailsOf);
    const { user, container } = await renderPlans();
    expect(container.querySelector('details')).toBeNull();
    await user.click(radio('^5 GB · 30 days'));
    const details = container.querySelector('details')!;
    expect(details.querySelector('summary')).toHaveTextContent('Plan details: 5 GB · 30 days');
    await waitFor(() => expect(details).toHaveAttribute('data-state', 'ready'));
    expect(details.querySelector('.esim-PlanPicker-coverage')).toHaveTextContent('Covers 3 countries: France, Germany, and Italy');
    const facts = [...details.querySelectorAll('.esim-PlanPicker-fact')].map((fact) => fact.textContent);
    expect(facts).toEqual(['Network type: 5G', 'Hotspot: Yes', 'Activation: On first connection', 'Note: <img src=x onerror="alert(1)">']);
    // Text from the server stays text.
    expect(details.querySelector('img')).toBeNull();
    expect(asked).toEqual([5512]);
  });

  it('names countries in the provider’s language', async () => {
    serveVariantDetails(detailsOf);
    const { user, container } = await renderPlans(<PlanPicker productId={712} />, 'de-DE');
    await user.click(radioOf(5512));
    await waitFor(() => expect(container.querySelector('.esim-PlanPicker-coverage')).toHaveTextContent('Deutschland, Frankreich und Italien'));
  });

  it('costs at most one request per plan, and none for a plan already loaded on hover', async () => {
    const asked = serveVariantDetails(detailsOf);
    const { user, container } = await renderPlans();
    fireEvent.pointerEnter(card('^10 GB · 30 days'));
    await waitFor(() => expect(asked).toEqual([5513]));
    await user.click(radio('^10 GB · 30 days'));
    await waitFor(() => expect(container.querySelector('details')).toHaveAttribute('data-state', 'ready'));
    await user.click(radio('^5 GB · 30 days'));
    await waitFor(() => expect(container.querySelector('details')).toHaveAttribute('data-state', 'ready'));
    await user.click(radio('^10 GB · 30 days'));
    await user.click(radio('^10 GB · 30 days'));
    await user.click(radio('^5 GB · 30 days'));
    expect(container.querySelector('details')).toHaveAttribute('data-state', 'ready');
    expect(asked).toEqual([5513, 5512]);
  });

  it('never blocks the choice: a failing detail says so, offers a retry, and the selection still goes out', async () => {
    let fail = true;
    server.use(
      http.get('*/api/v1/esim/variants/:id', ({ params }) =>
        fail
          ? HttpResponse.json({ error: { name: 'BadRequest', code: 'VALIDATION_FAILURE', message: 'no' } }, { status: 400 })
          : HttpResponse.json(detailsOf(Number(params.id))),
      ),
    );
    const onChange = vi.fn();
    const { user } = await renderPlans(<PlanPicker productId={712} onChange={onChange} />);
    await user.click(radio('^5 GB · 30 days'));
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ orderAmount: 14.9 }));
    const details = disclosure();
    await waitFor(() => expect(details).toHaveAttribute('data-state', 'error'));
    expect(details).toHaveTextContent('Plan details are not available right now.');
    fail = false;
    await user.click(within(details).getByRole('button', { name: 'Try again', hidden: true }));
    expect(details.querySelector('summary')).toHaveFocus();
    await waitFor(() => expect(details).toHaveAttribute('data-state', 'ready'));
    expect(details).toHaveTextContent('Covers 3 countries');
  });

  it('says loading and failure in one live region that stays, so the failure is heard where the loading was', async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.get('*/api/v1/esim/variants/:id', async () => {
        await answered;
        return HttpResponse.json({ error: { name: 'BadRequest', code: 'VALIDATION_FAILURE', message: 'no' } }, { status: 400 });
      }),
    );
    const { user } = await renderPlans(<PlanPicker productId={712} />);
    await user.click(radio('^5 GB · 30 days'));
    const details = disclosure();
    const region = (await within(details).findByText('Loading plan details…')).closest('[role="status"]');
    expect(region).not.toBeNull();
    answer();
    await waitFor(() => expect(details).toHaveAttribute('data-state', 'error'));
    // Screen readers speak a region's changes, not a region inserted with its words: the same one must hold them.
    expect(region!.isConnected).toBe(true);
    expect(region).toHaveTextContent('Plan details are not available right now.');
  });
});


// The picker as a partner's checkout wires it: what each callback tells the host, and when.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { EsimPicker } from '../../../src/components/EsimPicker/index.js';
import type { PlanSelection } from '../../../src/components/PlanPicker/index.js';
import { renderWithEsim } from '../../utils.js';

async function chooseDestination(user: ReturnType<typeof userEvent.setup>, query: string, name: RegExp) {
  await user.type(await screen.findByRole('combobox', { name: 'Search destinations' }), query);
  await user.click(await screen.findByRole('option', { name }));
}

describe('EsimPicker and its host', () => {
  it('keeps a preselected plan when the traveller picks its destination from the list, and reports it once loaded', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    renderWithEsim(<StrictMode><EsimPicker defaultValue={5513} onChange={onChange} /></StrictMode>);
    await chooseDestination(user, 'japan', /^Japan/);
    expect(await screen.findByRole('radio', { name: /^10 GB · 30 days/ })).toBeChecked();
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({ variant: { id: 5513 }, orderAmount: 22.5 });
  });

  it('keeps a controlled plan when the traveller picks its destination from the list', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    function Host() {
      const [value, setValue] = useState<number | null>(5513);
      const change = (selection: PlanSelection | null) => {
        onChange(selection);
        setValue(selection && selection.variant.id);
      };
      return <EsimPicker value={value} onChange={change} />;
    }
    renderWithEsim(<Host />);
    await chooseDestination(user, 'japan', /^Japan/);
    expect(await screen.findByRole('radio', { name: /^10 GB · 30 days/ })).toBeChecked();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('tells the host the destination before the step that shows its plans', async () => {
    const calls: string[] = [];
    const user = userEvent.setup();
    renderWithEsim(
      <StrictMode>
        <EsimPicker onDestinationChange={(product) => calls.push(`destination ${product?.country_code}`)} onStepChange={(step) => calls.push(`step ${step}`)} />
      </StrictMode>,
    );
    await chooseDestination(user, 'japan', /^Japan/);
    await waitFor(() => expect(calls).toEqual(['destination JPN', 'step plans']));
  });
});

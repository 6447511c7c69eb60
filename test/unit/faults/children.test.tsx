// EsimPicker is one component to the host: an error in the list or the plans inside it reaches the
// onError the host gave EsimPicker, not only the provider's.
import { screen, within } from '@testing-library/react';
import { EsimPicker } from '../../../src/components/EsimPicker/index.js';
import { renderFaulty } from './helpers.js';

const failing = vi.hoisted(() => ({ plans: false }));

vi.mock('../../../src/components/PlanPicker/parts.js', async (importOriginal) => {
  const parts = await importOriginal<typeof import('../../../src/components/PlanPicker/parts.js')>();
  return {
    ...parts,
    PlanPickerSort: (props: Parameters<typeof parts.PlanPickerSort>[0]) => {
      if (failing.plans) throw new Error('plan card failed');
      return parts.PlanPickerSort(props);
    },
  };
});

it('an error inside EsimPicker’s plans reaches EsimPicker’s onError and the provider’s, and the destination step stays usable', async () => {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  failing.plans = true;
  const onError = vi.fn();
  const providerOnError = vi.fn();
  renderFaulty(<EsimPicker defaultCountry="JPN" onError={onError} />, { onError: providerOnError });
  const alert = await screen.findByRole('alert');
  expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'plan card failed' }));
  expect(providerOnError).toHaveBeenCalledWith(expect.objectContaining({ message: 'plan card failed' }), { component: 'PlanPicker' });
  // The plans' own boundary caught it: the way back to the destinations is still there.
  expect(screen.getByRole('button', { name: 'Change destination' })).toBeInTheDocument();
  failing.plans = false;
  within(alert).getByRole('button', { name: 'Try again' }).click();
  expect(await screen.findAllByRole('radio')).not.toHaveLength(0);
  quiet.mockRestore();
});

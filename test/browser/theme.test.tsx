import { screen, waitFor } from '@testing-library/react';
import { cdp, userEvent } from 'vitest/browser';
import { EsimPicker } from '../../src/components/EsimPicker/index.js';
import { PlanPicker } from '../../src/components/PlanPicker/index.js';
import { renderWithEsim } from '../utils.js';
import '../../src/styles.css';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

/** The focus ring of the keyboard-focused plan card (the tab stop: the chosen plan, else the first), once its transition has run. */
async function ringOfFocusedPlan() {
  const radios = (await screen.findAllByRole('radio')) as HTMLInputElement[];
  const radio = radios.find((candidate) => candidate.checked) ?? radios[0]!;
  await userEvent.tab();
  await userEvent.tab();
  expect(radio).toHaveFocus();
  const card = radio.closest('label')!;
  await waitFor(() => expect(getComputedStyle(card).boxShadow).toMatch(/ 4px$/));
  return getComputedStyle(card).boxShadow;
}

describe('theme tokens set on a wrapper, as the README says', () => {
  it('--esim-color-focus and --esim-color-bg on an ancestor colour the focus ring', async () => {
    renderWithEsim(
      <div style={{ '--esim-color-focus': 'rgb(200, 0, 100)', '--esim-color-bg': 'rgb(250, 240, 230)' } as React.CSSProperties}>
        <PlanPicker productId={712} />
      </div>,
    );
    const ring = await ringOfFocusedPlan();
    expect(ring).toContain('rgb(200, 0, 100)');
    expect(ring).toContain('rgb(250, 240, 230)');
  });

  it('one brand colour: --esim-color-accent alone colours the focus ring and the chosen plan’s tint', async () => {
    renderWithEsim(
      <div style={{ '--esim-color-accent': '#6b2a8c' } as React.CSSProperties}>
        <PlanPicker productId={712} defaultValue={5512} />
      </div>,
    );
    const ring = await ringOfFocusedPlan();
    expect(ring).toContain('rgb(107, 42, 140)');
    // The accent faded into the background, as the browser mixes it; the default blue tint is gone.
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.background = 'color-mix(in srgb, #6b2a8c 12%, #ffffff)';
    const chosen = screen.getAllByRole('radio').find((radio) => (radio as HTMLInputElement).checked)!.closest('label')!;
    expect(getComputedStyle(chosen).backgroundColor).toBe(getComputedStyle(probe).backgroundColor);
    probe.remove();
  });

  it('a tint of one’s own (--esim-color-accent-soft) still wins over the derived one', async () => {
    renderWithEsim(
      <div style={{ '--esim-color-accent': '#6b2a8c', '--esim-color-accent-soft': 'rgb(244, 236, 248)' } as React.CSSProperties}>
        <PlanPicker productId={712} defaultValue={5512} />
      </div>,
    );
    await screen.findAllByRole('radio');
    const chosen = screen.getAllByRole('radio').find((radio) => (radio as HTMLInputElement).checked)!.closest('label')!;
    expect(getComputedStyle(chosen).backgroundColor).toBe('rgb(244, 236, 248)');
  });

  it('the dark preset draws its focus ring in its own colours', async () => {
    renderWithEsim(
      <div data-esim-theme="dark">
        <PlanPicker productId={712} />
      </div>,
    );
    const ring = await ringOfFocusedPlan();
    // #8ab4f8 around, with a gap of the dark background #14161a.
    expect(ring).toContain('rgb(138, 180, 248)');
    expect(ring).toContain('rgb(20, 22, 26)');
  });

  it('the dark preset pads its own background by --esim-space set nearer the component, and --esim-root-padding wins', async () => {
    renderWithEsim(
      <div data-esim-theme="dark">
        <div style={{ '--esim-space': '20px' } as React.CSSProperties}>
          <PlanPicker productId={712} />
        </div>
        <div style={{ '--esim-root-padding': '3px' } as React.CSSProperties}>
          <PlanPicker productId={712} />
        </div>
      </div>,
    );
    await waitFor(() => expect(document.querySelectorAll('.esim-PlanPicker')).toHaveLength(2));
    const [spaced, padded] = [...document.querySelectorAll<HTMLElement>('.esim-PlanPicker')];
    expect(getComputedStyle(spaced!).paddingTop).toBe('20px');
    expect(getComputedStyle(padded!).paddingTop).toBe('3px');
  });
});

describe('the auto preset in a dark colour scheme, in Chromium', () => {
  it('asks for dark native controls too (radios, the select, scrollbars), as the dark preset does', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    try {
      renderWithEsim(
        <div data-esim-theme="auto">
          <PlanPicker productId={712} />
        </div>,
      );
      const radio = (await screen.findAllByRole('radio'))[0]!;
      expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
      // The dark background is there; without color-scheme the radios stay white discs on it.
      expect(getComputedStyle(document.querySelector('.esim-PlanPicker')!).backgroundColor).toBe('rgb(20, 22, 26)');
      expect(getComputedStyle(radio).colorScheme).toBe('dark');
      expect(getComputedStyle(screen.getByRole('combobox', { name: 'Sort by' })).colorScheme).toBe('dark');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});

describe("under a host reset in a layer before the library's, where README's Tailwind order puts preflight", () => {
  it("keeps the step heading bold when the reset makes headings inherit their weight (Tailwind's preflight)", async () => {
    const reset = document.createElement('style');
    reset.textContent = '@layer base { h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; } }';
    document.head.prepend(reset); // declared before the stylesheet's layer: base, then esim-picker
    try {
      renderWithEsim(<EsimPicker />);
      const heading = await screen.findByRole('heading', { name: 'Choose your destination' });
      expect(getComputedStyle(heading).fontWeight).toBe('700');
    } finally {
      reset.remove();
    }
  });
});

'use client';

import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { countryName } from '../../geo/index.js';
import { useProduct } from '../../query/hooks.js';
import { useEsimContext } from '../../query/provider.js';
import { dataFlag } from '../shared/classNames.js';
import { useControllableState } from '../shared/useControllableState.js';
import { planOptions, sortPlans, type PlanOption, type PlanSelection, type PlanSort } from './options.js';

export type PlanPickerStatus = 'loading' | 'error' | 'empty' | 'ready';

export interface UsePlanPickerOptions {
  /** The destination (product) whose plans to show. */
  productId: number;
  /** Selected variant id (controlled); `null` for none. */
  value?: number | null | undefined;
  /** Variant id selected at first (uncontrolled). @default null */
  defaultValue?: number | null | undefined;
  /** Called when the selected plan changes; `null` when the chosen plan is no longer sold after a refetch. */
  onChange?: ((selection: PlanSelection | null) => void) | undefined;
  /** Called on every pick, a re-pick of the selected plan included. */
  onSelect?: ((selection: PlanSelection) => void) | undefined;
  /** Makes every plan and the sort read-only, e.g. while the checkout submits. @default false */
  disabled?: boolean | undefined;
  /** Form field name: a plain `<form>` posts the chosen variant id under it. @default a generated name */
  name?: string | undefined;
  /** The form cannot be submitted without a plan. @default false */
  required?: boolean | undefined;
  /** Order of the plans (controlled). */
  sort?: PlanSort | undefined;
  /** Order at first (uncontrolled). @default 'price' */
  defaultSort?: PlanSort | undefined;
  onSortChange?: ((sort: PlanSort) => void) | undefined;
}

/** A plan with its state in the picker, handed to render functions. */
export interface PlanOptionState extends PlanOption {
  selected: boolean;
  disabled: boolean;
}

/** After this long without plans the first look at a destination is hydrating on the server: say so. */
const HYDRATION_HINT_MS = 1000;

/**
 * Everything PlanPicker does, without markup: the product's plans, formatted and sorted, loading and
 * hydration states, selection and its payload, as state plus prop getters for native radios.
 */
export function usePlanPicker(options: UsePlanPickerOptions) {
  const { productId, onChange, onSelect, disabled = false, required } = options;
  const { locale, dir, messages } = useEsimContext();
  const query = useProduct(productId);
  const baseId = useId();
  const detail = query.data;
  const pending = query.isPending;
  const [selectedId, setSelectedId] = useControllableState<number | null>(options.value, options.defaultValue ?? null);
  const [sort, setSort] = useControllableState<PlanSort>(options.sort, options.defaultSort ?? 'price', options.onSortChange);
  const [notice, setNotice] = useState('');
  const [slowFor, setSlowFor] = useState<number>();

  const plans = useMemo(() => (detail ? planOptions(detail.variants, locale, messages.unlimited) : []), [detail, locale, messages.unlimited]);
  const sorted = useMemo(() => sortPlans(plans, sort), [plans, sort]);
  const selectionOf = (variantId: number | null): PlanSelection | null => {
    const plan = plans.find((option) => option.variant.id === variantId);
    if (!plan) return null;
    // The product without `variants`/`invalidVariants`, so the selection posts small.
    const { variants: _variants, invalidVariants: _invalid, ...product } = detail!;
    return { product, variant: plan.variant, orderAmount: plan.variant.amount, price: plan.price };
  };
  const selection = selectionOf(selectedId);
  // What the host last heard from here about this destination.
  const sent = useRef<PlanSelection | null>(null);
  const notify = (next: PlanSelection | null) => onChange?.((sent.current = next));

  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(setSlowFor, HYDRATION_HINT_MS, productId);
    return () => clearTimeout(timer);
  }, [pending, productId]);

  useEffect(() => {
    setNotice('');
    sent.current = null;
  }, [productId]);

  // Background refetches keep the chosen plan (same variant id). If it is no longer sold, the selection
  // clears and the host hears `null`, so a checkout never posts a plan that cannot be ordered; if the
  // plan changed (query data keeps the objects of unchanged plans), the host hears the new selection,
  // so the order summary never shows a stale price. Said aloud only when the plan was picked here: a
  // plan of another destination clears silently.
  useEffect(() => {
    const last = sent.current;
    if (!detail || selectedId === null) return;
    if (!selection) {
      setSelectedId(null);
      if (last) setNotice(messages.planUnavailable);
      notify(null);
    } else if (last && last.variant !== selection.variant) notify(selection);
  }, [detail]); // eslint-disable-line react-hooks/exhaustive-deps

  const select = (variantId: number) => {
    const next = selectionOf(variantId);
    if (!next || disabled) return;
    if (variantId !== selectedId) {
      setSelectedId(variantId);
      setNotice('');
      notify(next);
    }
    onSelect?.(next);
  };

  const status: PlanPickerStatus = detail ? (plans.length ? 'ready' : 'empty') : query.isError ? 'error' : 'loading';
  const name = options.name ?? `esim-plan-${baseId}`;
  const destination = detail ? countryName(detail.country_code, locale, detail.name) : '';

  return {
    status,
    /** Loading has taken over a second: the server is hydrating this destination's plans. */
    slow: pending && slowFor === productId,
    error: query.error,
    retry: () => void query.refetch(),
    product: detail,
    destination,
    messages,
    disabled,
    plans: sorted.map((plan): PlanOptionState => ({ ...plan, selected: plan.variant === selection?.variant, disabled })),
    selectedId: selection && selectedId,
    selection,
    select,
    sort,
    setSort,
    /** A message for screen readers and the eye, e.g. that the chosen plan is no longer sold. */
    notice,
    getRootProps: () => ({
      dir,
      // No aria-busy here: screen readers may hold back live regions inside a busy subtree, and the
      // hydration notice must be heard. The skeleton rows carry it instead.
      'data-state': status,
      'data-disabled': dataFlag(disabled),
      // Plans the API sent malformed are left out; the count helps partners notice.
      'data-invalid': detail?.invalidVariants.length || undefined,
    }),
    getGroupProps: () => ({ role: 'radiogroup', 'aria-labelledby': baseId, 'aria-required': required || undefined } as const),
    getLegendProps: () => ({ id: baseId, children: messages.plansLabel(destination) }),
    getRadioProps: ({ variant, selected }: PlanOptionState) => {
      const pick = () => select(variant.id);
      return {
        type: 'radio',
        name,
        value: String(variant.id),
        checked: selected,
        disabled,
        required,
        onChange: pick,
        // A click on the checked radio fires no change event; onSelect still hears the re-pick.
        onClick: selected ? pick : undefined,
      } as const;
    },
    getSortProps: () => ({
      value: sort,
      disabled,
      onChange: (event: ChangeEvent<HTMLSelectElement>) => setSort(event.target.value as PlanSort),
    }),
  };
}

export type PlanPickerState = ReturnType<typeof usePlanPicker>;

'use client';

import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { countryName, withoutDirectionControls } from '../../geo/index.js';
import { useProduct } from '../../query/hooks.js';
import { useEsimContext } from '../../query/provider.js';
import { dataFlag } from '../shared/classNames.js';
import { reportError } from '../shared/ErrorBoundary.js';
import { useControllableState } from '../shared/useControllableState.js';
import { useStillWorking } from '../shared/useStillWorking.js';
import { planOptions, planSelection, sameSelection, sortPlans, type PlanOption, type PlanSelection, type PlanSort } from './options.js';
import { usePlanDetails } from './usePlanDetails.js';

export type PlanPickerStatus = 'loading' | 'error' | 'empty' | 'ready';

export interface UsePlanPickerOptions {
  /** The destination (product) whose plans to show. */
  productId: number;
  /** Selected variant id (controlled); `null` for none. */
  value?: number | null | undefined;
  /** Variant id selected at first (uncontrolled); `onChange` reports it once its plan has loaded. @default null */
  defaultValue?: number | null | undefined;
  /** Called when the selected plan changes; `null` when the chosen plan is no longer sold after a refetch. */
  onChange?: ((selection: PlanSelection | null) => void) | undefined;
  /** Called on every pick, a re-pick of the selected plan included. */
  onSelect?: ((selection: PlanSelection) => void) | undefined;
  /** Called with a render error the picker caught (it then shows its error state) and with each plan it left out because it cannot be priced. */
  onError?: ((error: unknown) => void) | undefined;
  /** Makes every plan and the sort read-only, e.g. while the checkout submits. @default false */
  disabled?: boolean | undefined;
  /** Form field name: a plain `<form>` posts the chosen variant id under it. @default a generated name */
  name?: string | undefined;
  /** The form cannot be submitted without a plan. @default false */
  required?: boolean | undefined;
  /**
   * Enter on a plan radio inside a `<form>` submits it, as every browser does for native radios (implicit
   * submission), so a keyboard user can pick and go on; `false` keeps Enter from submitting. @default true
   */
  submitOnEnter?: boolean | undefined;
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
 * Everything PlanPicker does, without markup: the product's plans, formatted and sorted, loading, offline
 * and hydration states, selection and its payload, the chosen plan's details, as state plus prop getters
 * for native radios.
 */
export function usePlanPicker(options: UsePlanPickerOptions) {
  const { productId, onChange, onSelect, onError, disabled = false, required, submitOnEnter = true } = options;
  const context = useEsimContext();
  const { locale, dir, messages } = context;
  const query = useProduct(productId);
  const baseId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const detail = query.data;
  const pending = query.isPending;
  // TanStack Query pauses requests while the browser is offline and resumes them when it is back.
  const offline = pending && query.fetchStatus === 'paused';
  const [selectedId, setSelectedId] = useControllableState<number | null>(options.value, options.defaultValue ?? null);
  // The row the traveller chose: with two plans of one id, the id alone would check the wrong card.
  const [chosenRow, setChosenRow] = useState<number>();
  const [sort, setSort] = useControllableState<PlanSort>(options.sort, options.defaultSort ?? 'price', options.onSortChange);
  const [notice, setNotice] = useState('');
  const slow = useStillWorking(pending && !offline, HYDRATION_HINT_MS);
  const stillWorking = useStillWorking(pending && !offline);

  const destination = detail ? countryName(detail.country_code, locale, detail.name) : '';
  const { options: plans, unpriced } = useMemo(
    () => (detail ? planOptions(detail.variants, locale, messages, [detail.name, destination]) : { options: [], unpriced: [] }),
    [detail, destination, locale, messages],
  );
  const sorted = useMemo(() => sortPlans(plans, sort), [plans, sort]);
  const chosen =
    selectedId === null
      ? undefined
      : plans.find((plan) => plan.row === chosenRow && plan.variant.id === selectedId) ??
        plans.find((plan) => plan.variant.id === selectedId);
  const selectionOf = (plan: PlanOption | undefined) => (plan && detail ? planSelection(detail, plan.variant, locale, plan.price) : null);
  const selection = selectionOf(chosen);
  const details = usePlanDetails(chosen?.variant.id);
  // What the host last heard from here about this destination.
  const sent = useRef<PlanSelection | null>(null);
  // A `defaultValue` the host has not heard about yet: reported once, when its plan has loaded.
  const preselected = useRef(options.value === undefined && options.defaultValue != null);
  const notify = (next: PlanSelection | null) => onChange?.((sent.current = next));

  useEffect(() => setNotice(''), [productId]);

  // Plans that cannot be priced are left out of the cards; the host hears about each one, once per load
  // (StrictMode's second effect run included).
  const reported = useRef<unknown>(null);
  useEffect(() => {
    if (reported.current === unpriced) return;
    reported.current = unpriced;
    for (const { variant, error } of unpriced) {
      const reason = error instanceof Error ? error.message : String(error);
      const report = new Error(`esim-picker: PlanPicker left out plan ${variant.id}, which cannot be priced (${reason})`, { cause: error });
      reportError(report, 'PlanPicker', onError, context);
    }
  }, [unpriced]); // eslint-disable-line react-hooks/exhaustive-deps

  // Background refetches keep the chosen plan (same row and id, else same id). If it is no longer sold, the
  // selection clears and the host hears `null`, so a checkout never posts a plan that cannot be ordered; if
  // the plan changed (query data keeps the objects of unchanged plans) or the locale re-formats its price,
  // the host hears the new selection, so the order summary never shows a stale price. A new price is said
  // aloud as well: the card changes under the traveller's eyes. Both only when the plan was picked here: a
  // plan of another destination clears silently. A preselected plan is reported once, on first load.
  useEffect(() => {
    let last = sent.current;
    if (selectedId === null) return;
    if (last && last.product.id !== productId) {
      // The host holds a plan of the destination left behind: it hears null now, not once (or if ever) the new
      // destination's plans load; unless it moved its `value` to another plan along with the destination.
      if (last.variant.id === selectedId) {
        setSelectedId(null);
        notify(null);
        return;
      }
      sent.current = last = null;
    }
    if (!detail) return;
    if (!selection) {
      setSelectedId(null);
      if (last) setNotice(messages.planUnavailable);
      preselected.current = false;
      notify(null);
    } else if (last ? !sameSelection(last, selection) : preselected.current) {
      preselected.current = false;
      const { price } = selection;
      // The same plan at another price; not a plan the host switched to with its own `value`.
      if (last?.variant.id === selection.variant.id && (last.price.discountedMinor !== price.discountedMinor || last.price.currency !== price.currency)) {
        setNotice(messages.planRepriced(price.discounted));
      }
      notify(selection);
    }
  }, [detail, locale, productId]); // eslint-disable-line react-hooks/exhaustive-deps

  const select = (plan: PlanOption) => {
    const next = selectionOf(plan);
    if (!next || disabled) return;
    preselected.current = false;
    if (plan.row !== chosen?.row) {
      setSelectedId(plan.variant.id);
      setChosenRow(plan.row);
      setNotice('');
      notify(next);
    }
    onSelect?.(next);
  };

  const refocus = () => rootRef.current?.focus();
  const status: PlanPickerStatus = detail ? (plans.length ? 'ready' : 'empty') : query.isError ? 'error' : 'loading';
  const name = options.name ?? `esim-plan-${baseId}`;

  return {
    status,
    /** The browser is offline, so the plans wait; loading resumes by itself when it is back. */
    offline,
    /** Loading has taken over a second: the server is hydrating this destination's plans. */
    slow,
    /** Loading has taken a few seconds: say that it is still working. */
    stillWorking,
    error: query.error,
    /**
     * Loads again. Focus stays on the button while it stays (offline, nothing changes); the error and offline
     * states move it to the picker's root when they go with focus inside.
     */
    retry: () => void query.refetch(),
    /** Focus to the picker's root: where it goes when an error or offline message leaves with focus in it. */
    refocus,
    product: detail,
    destination,
    messages,
    disabled,
    plans: sorted.map((plan): PlanOptionState => ({ ...plan, selected: plan.row === chosen?.row, disabled })),
    selectedId: selection && selectedId,
    selection,
    select,
    /** The chosen plan's details from `GET /variants/:id`: coverage and extra facts. */
    details,
    sort,
    setSort,
    /** A message for screen readers and the eye, e.g. that the chosen plan is no longer sold. */
    notice,
    getRootProps: () => ({
      ref: rootRef,
      // Focus target for "Try again" (by script only: not a Tab stop).
      tabIndex: -1,
      dir,
      lang: locale,
      // No aria-busy here: screen readers may hold back live regions inside a busy subtree, and the
      // hydration notice must be heard. The skeleton rows carry it instead.
      'data-state': status,
      'data-offline': dataFlag(offline),
      'data-disabled': dataFlag(disabled),
      // Plans the API sent malformed, or that cannot be priced, are left out; the count helps partners notice.
      'data-invalid': (detail?.invalidVariants.length ?? 0) + unpriced.length || undefined,
    }),
    getGroupProps: () => ({ role: 'radiogroup', 'aria-labelledby': baseId, 'aria-required': required || undefined } as const),
    // An override in a product's name (the destination when its code is no country) would reverse the words
    // after it ("{destination}のデータプラン").
    getLegendProps: () => ({ id: baseId, children: messages.plansLabel(withoutDirectionControls(destination)) }),
    getRadioProps: (plan: PlanOptionState) => {
      const pick = () => select(plan);
      return {
        type: 'radio',
        name,
        value: String(plan.variant.id),
        checked: plan.selected,
        disabled,
        required,
        onChange: pick,
        // A click on the checked radio fires no change event; onSelect still hears the re-pick.
        onClick: plan.selected ? pick : undefined,
        onFocus: () => details.prefetch(plan.variant.id),
        // Browsers submit the enclosing form on the keypress that follows an unprevented Enter keydown.
        onKeyDown: submitOnEnter
          ? undefined
          : (event: KeyboardEvent) => {
              if (event.key === 'Enter') event.preventDefault();
            },
      } as const;
    },
    /** Disabled radios are left out of a form's data, so while disabled the chosen plan posts from a hidden field. */
    getHiddenInputProps: () => (disabled && selection ? ({ type: 'hidden', name, value: String(selectedId) } as const) : undefined),
    getSortProps: () => ({
      value: sort,
      disabled,
      onChange: (event: ChangeEvent<HTMLSelectElement>) => setSort(event.target.value as PlanSort),
    }),
  };
}

export type PlanPickerState = ReturnType<typeof usePlanPicker>;

'use client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Product } from '../../api/schemas.js';
import { countryName, destinationMark, normalCountryCode } from '../../geo/index.js';
import { useProduct } from '../../query/hooks.js';
import { catalogueOptions } from '../../query/options.js';
import { useEsimContext } from '../../query/provider.js';
import { CountryList } from '../CountryList/index.js';
import { PlanPicker, type PlanSelection } from '../PlanPicker/index.js';
import { planSelection, sameSelection } from '../PlanPicker/options.js';
import { partClassName, type ClassNameProp } from '../shared/classNames.js';
import { ComponentErrorBoundary } from '../shared/ErrorBoundary.js';
import { ErrorState, OfflineState } from '../shared/ErrorState.js';
import { useControllableState } from '../shared/useControllableState.js';

export type EsimPickerStep = 'destination' | 'plans';

export interface EsimPickerProps {
  /** Selected variant id (controlled); `null` for none. Pass `initialProductId` or `country` with it to open on its plans. */
  value?: number | null | undefined;
  /** Variant id selected at first (uncontrolled). @default null */
  defaultValue?: number | null | undefined;
  /** Called when the chosen plan changes; `null` when it is cleared (another destination, or no longer sold). */
  onChange?: ((selection: PlanSelection | null) => void) | undefined;
  /** Called on every pick of a plan. */
  onSelect?: ((selection: PlanSelection) => void) | undefined;
  /** Destination as an ISO 3166-1 alpha-3 code (`"JPN"`, `GLO` for global), controlled; `null` shows the list (and clears a plan of the destination dropped). */
  country?: string | null | undefined;
  /** Destination at first (uncontrolled), alpha-3 as the API speaks: opens on its plans once the catalogue has it. */
  defaultCountry?: string | undefined;
  /** Called with the destination's alpha-3 code when the traveller chooses one. */
  onCountryChange?: ((country: string | null) => void) | undefined;
  /** Called when the destination whose plans are shown changes (chosen, preselected and loaded, or cleared). */
  onDestinationChange?: ((product: Product | null) => void) | undefined;
  /** Called when the step changes after mount, for analytics or the host's own step UI. */
  onStepChange?: ((step: EsimPickerStep) => void) | undefined;
  /** Called with an error that broke rendering; the picker shows its error state instead of unmounting the page. */
  onError?: ((error: unknown) => void) | undefined;
  /** Form field name: a plain `<form>` posts the chosen variant id under it. */
  name?: string | undefined;
  /** Opens on this destination's plans instead of the destination list. */
  initialProductId?: number | undefined;
  /** Level of the step headings, to fit the host page's outline. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /** @selector .esim-EsimPicker */
  className?: ClassNameProp<{ step: EsimPickerStep }>;
}

/**
 * Destination, then plan: a CountryList, and once a destination is chosen its PlanPicker with a way
 * back. One `onSelect`/`onChange` for the plan; the plans are keyed on the destination so a late
 * response for a destination left behind can never show. A render error stays inside the picker.
 */
export function EsimPicker(props: EsimPickerProps) {
  const { locale, dir } = useEsimContext();
  // What the host has been told, kept outside the boundary: "Try again" starts the steps afresh, and the
  // host hears what that undid.
  const told = useRef<Told>(undefined);
  return (
    <ComponentErrorBoundary
      component="EsimPicker"
      onError={props.onError}
      fallback={(retry, _error, focusRetry) => (
        <div dir={dir} lang={locale} className="esim-root esim-EsimPicker" data-step="error">
          <ErrorState error={undefined} focusRetry={focusRetry} onRetry={retry} />
        </div>
      )}
    >
      {(retried, root) => <Steps {...props} told={told} refocus={retried} rootRef={root} />}
    </ComponentErrorBoundary>
  );
}

interface Told {
  plan: PlanSelection | null;
  step: EsimPickerStep;
  productId: number | null;
  country: string | null;
}

function Steps({
  value,
  defaultValue,
  onChange,
  onSelect,
  country,
  defaultCountry,
  onCountryChange,
  onDestinationChange,
  onStepChange,
  name,
  initialProductId,
  headingLevel = 2,
  className,
  onError,
  told,
  refocus,
  rootRef,
}: EsimPickerProps & { told: { current?: Told | undefined }; refocus: { current: boolean }; rootRef: RefObject<HTMLDivElement | null> }) {
  const { client, locale, dir, messages, catalogueLimits } = useEsimContext();
  const [countryCode, setCountryCode] = useControllableState<string | null>(
    country === undefined ? undefined : normalCountryCode(country),
    normalCountryCode(defaultCountry),
    (code) => {
      told.current!.country = code;
      onCountryChange?.(code);
    },
  );
  // The product CountryList handed over names the heading at once; a start on initialProductId waits
  // for the detail, which the PlanPicker loads anyway (same query, one request).
  const [latestPick, setPicked] = useState<Product>();
  // A pick counts once the country is its own: a controlled host may refuse it (keep its country) or follow late.
  const picked = latestPick?.country_code === countryCode ? latestPick : undefined;
  // A country code from the host is looked up in the catalogue (the list needs it anyway: one request).
  const needsLookup = countryCode !== null && !picked;
  // initialProductId names where the picker opens: once the country changed, null is no destination, not that one.
  const [countryChanged, setCountryChanged] = useState(false);
  const catalogue = useQuery({ ...catalogueOptions(client, {}, catalogueLimits), enabled: needsLookup });
  const fromCountry = needsLookup ? catalogue.data?.products.find((item) => item.country_code === countryCode) : undefined;
  const productId = picked ? picked.id : needsLookup ? fromCountry?.id : countryChanged ? undefined : initialProductId;
  // An unknown code, once the catalogue has loaded, falls back to the list rather than an empty step.
  const unknownCountry = needsLookup && catalogue.isSuccess && !fromCountry;
  const [browsing, setBrowsing] = useState(initialProductId === undefined && countryCode === null);
  const plans = !browsing && !unknownCountry && (productId !== undefined || needsLookup);
  // Focus moves and the step is announced only after the traveller changes step, never on mount: a
  // checkout page keeps its own focus.
  const [moved, setMoved] = useState(false);
  const [variantId, setVariantId] = useControllableState<number | null>(value, defaultValue ?? null);
  // An uncontrolled preselection goes to the first PlanPicker as its own `defaultValue`, which reports it
  // through onChange once its plan has loaded; after that the plans are controlled from here, so coming
  // back to the destination later does not report it again.
  const preselection = useRef(value === undefined ? (defaultValue ?? null) : null);
  const detail = useProduct(productId).data;
  const product = picked ?? fromCountry ?? detail;
  const destination = product && countryName(product.country_code, locale, product.name);
  const step: EsimPickerStep = plans ? 'plans' : 'destination';
  const Heading = `h${headingLevel}` as 'h2';

  // A change of country shows that destination's plans, or the list for null: the host's own, the traveller's
  // pick once the host follows it (at once, or a render late through a router or a store), the uncontrolled one.
  // State, not a ref written during render: StrictMode renders twice, and on React 18 the ref the first pass
  // wrote hid the change from the pass that counted (a host keeping null saw the plans open).
  const [hostCountry, setHostCountry] = useState(countryCode);
  if (hostCountry !== countryCode) {
    setHostCountry(countryCode);
    setBrowsing(countryCode === null);
    setCountryChanged(true);
  }

  const now = told.current ??= { plan: null, step, productId: product?.id ?? null, country: countryCode };
  useEffect(() => {
    const { step: lastStep, productId: lastProductId } = now;
    now.step = step;
    now.productId = product?.id ?? null;
    // The destination first: a host's step UI names the destination it shows.
    if (lastProductId !== now.productId) onDestinationChange?.(product ?? null);
    if (lastStep !== step) onStepChange?.(step);
  }, [step, product?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  // Mounted again by "Try again": what the traveller had chosen is gone unless the host holds it.
  useEffect(() => {
    if (country === undefined && now.country !== countryCode) {
      now.country = countryCode;
      onCountryChange?.(countryCode);
    }
    if (value === undefined && now.plan && now.plan.variant.id !== variantId) change(null);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Plans: their heading, or the way back while the destination has yet to load. Back on the list: the search
    // field, whose active option is the destination chosen before. Back from "Try again" after a render error:
    // the same, as the pressed button is gone.
    if (moved || refocus.current) (rootRef.current?.querySelector<HTMLElement>(plans ? Heading : '[role=combobox]') ?? backRef.current)?.focus();
    refocus.current = false;
  }, [plans]); // eslint-disable-line react-hooks/exhaustive-deps

  // The host is told of a plan only when it differs from what it last heard, or when the host has since moved
  // its own `value` away from it (a cart cleared, then the same plan picked again).
  const change = (selection: PlanSelection | null) => {
    preselection.current = null;
    setVariantId(selection && selection.variant.id);
    if (sameSelection(now.plan, selection) && variantId === (selection && selection.variant.id)) return;
    now.plan = selection;
    onChange?.(selection);
  };

  // The PlanPicker keeps the host's selection current while it is shown; this covers the rest: a refetch or a
  // locale change while the traveller looks at other destinations, or one that lands as the plans remount.
  // It runs after the PlanPicker's own effect, so a change it reported is already heard here.
  useEffect(() => {
    const last = now.plan;
    if (!detail || !last || detail.id !== last.product.id || last.variant.id !== variantId) return;
    const variant = detail.variants.includes(last.variant) ? last.variant : detail.variants.find(({ id }) => id === variantId);
    let next: PlanSelection | null = null;
    try {
      next = variant ? planSelection(detail, variant, locale) : null;
    } catch {
      // A plan that can no longer be priced cannot be ordered either.
    }
    change(next);
  }, [detail, locale]); // eslint-disable-line react-hooks/exhaustive-deps

  // Another destination from the host (controlled `country`) clears the plan at once, as the traveller's own
  // choice does, not only when (or if ever) its plans load; unless the host moved `value` along with it. So
  // does a country the catalogue does not list (any more), and a host's null (no destination): the list the
  // traveller sees posts no plan.
  useEffect(() => {
    const last = now.plan;
    if ((productId || unknownCountry || countryCode === null) && last && last.product.id !== productId && last.variant.id === variantId) change(null);
  }, [productId]); // eslint-disable-line react-hooks/exhaustive-deps

  const focusBack = () => backRef.current?.focus();
  const retryCatalogue = () => {
    focusBack();
    void catalogue.refetch();
  };
  const go = (showPlans: boolean) => {
    setMoved(true);
    setBrowsing(!showPlans);
  };

  return (
    <div
      ref={rootRef}
      dir={dir}
      lang={locale}
      className={`esim-root ${partClassName('esim-EsimPicker', className, { step })}`}
      data-step={step}
    >
      {/* Polite: the step change is announced after whatever the focus move reads. */}
      <div role="status" className="esim-visually-hidden">
        {moved && (plans ? destination && messages.plansLabel(destination) : messages.chooseDestination)}
      </div>
      {plans ? (
        <>
          <div className="esim-EsimPicker-header">
            <button ref={backRef} type="button" className="esim-EsimPicker-back" onClick={() => go(false)}>
              <span aria-hidden="true">←</span> {messages.changeDestination}
            </button>
            {product && (
              <Heading tabIndex={-1} className="esim-EsimPicker-heading">
                <span className="esim-EsimPicker-flag" aria-hidden="true">
                  {destinationMark(product.country_code, product.name)}
                </span>{' '}
                <bdi>{destination}</bdi>
              </Heading>
            )}
          </div>
          {productId === undefined ? (
            catalogue.isError ? (
              // Focus stays in the picker, on the way back, when the message goes (a retry, a refetch that worked).
              <ErrorState error={catalogue.error} onRetry={retryCatalogue} refocus={focusBack} />
            ) : catalogue.fetchStatus === 'paused' ? (
              // Offline: loading resumes by itself when the connection is back.
              <OfflineState onRetry={retryCatalogue} refocus={focusBack} />
            ) : (
              <div role="status" className="esim-EsimPicker-loading">{messages.loadingPlans}</div>
            )
          ) : (
            <PlanPicker
              key={productId}
              productId={productId}
              {...(preselection.current !== null && preselection.current === variantId
                ? { defaultValue: variantId }
                : { value: variantId })}
              onChange={change}
              onSelect={onSelect}
              onError={onError}
              name={name}
            />
          )}
        </>
      ) : (
        <>
          <Heading className="esim-EsimPicker-heading">{messages.chooseDestination}</Heading>
          <CountryList
            defaultValue={productId ?? null}
            onError={onError}
            onSelect={(next) => {
              // A plan belongs to one destination: choosing another clears it, and the host hears so. The first
              // choice keeps a preselected plan: its PlanPicker reports it, or null if it is not among its plans.
              if (productId && next.id !== productId && variantId !== null) change(null);
              setPicked(next);
              setCountryCode(next.country_code);
              // Another country opens its plans when the country changes (above): until a controlled host
              // follows, the list stays, rather than the plans of the country it still holds.
              if (next.country_code === countryCode) go(true);
              else setMoved(true);
            }}
          />
          {/* The plan stays chosen while the traveller only looks at other destinations: keep posting it. */}
          {name && variantId !== null && <input type="hidden" name={name} value={variantId} />}
        </>
      )}
    </div>
  );
}

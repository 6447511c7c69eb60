'use client';

import { useEffect, useRef, useState } from 'react';
import type { Product } from '../../api/schemas.js';
import { countryFlag, countryName } from '../../geo/index.js';
import { useProduct } from '../../query/hooks.js';
import { useEsimContext } from '../../query/provider.js';
import { CountryList } from '../CountryList/index.js';
import { PlanPicker, type PlanSelection } from '../PlanPicker/index.js';
import { partClassName, type ClassNameProp } from '../shared/classNames.js';
import { useControllableState } from '../shared/useControllableState.js';

export type EsimPickerStep = 'destination' | 'plans';

export interface EsimPickerProps {
  /** Selected variant id (controlled); `null` for none. Pass `initialProductId` with it to open on its plans. */
  value?: number | null | undefined;
  /** Variant id selected at first (uncontrolled). @default null */
  defaultValue?: number | null | undefined;
  /** Called when the chosen plan changes; `null` when it is cleared (another destination, or no longer sold). */
  onChange?: ((selection: PlanSelection | null) => void) | undefined;
  /** Called on every pick of a plan. */
  onSelect?: ((selection: PlanSelection) => void) | undefined;
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
 * response for a destination left behind can never show.
 */
export function EsimPicker({
  value,
  defaultValue,
  onChange,
  onSelect,
  name,
  initialProductId,
  headingLevel = 2,
  className,
}: EsimPickerProps) {
  const { locale, dir, messages } = useEsimContext();
  // The product CountryList handed over names the heading at once; a start on initialProductId waits
  // for the detail, which the PlanPicker loads anyway (same query, one request).
  const [picked, setPicked] = useState<Product>();
  const productId = picked ? picked.id : initialProductId;
  const [plans, setPlans] = useState(initialProductId !== undefined);
  // Focus moves and the step is announced only after the traveller changes step, never on mount: a
  // checkout page keeps its own focus.
  const [moved, setMoved] = useState(false);
  const [variantId, setVariantId] = useControllableState<number | null>(value, defaultValue ?? null);
  const detail = useProduct(productId).data;
  const product = picked ?? detail;
  const destination = product && countryName(product.country_code, locale, product.name);
  const step: EsimPickerStep = plans ? 'plans' : 'destination';
  const rootRef = useRef<HTMLDivElement>(null);
  const Heading = `h${headingLevel}` as 'h2';

  useEffect(() => {
    // Plans: their heading. Back on the list: the search field, whose active option is the destination chosen before.
    if (moved) rootRef.current?.querySelector<HTMLElement>(plans ? Heading : '[role=combobox]')?.focus();
  }, [plans]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (selection: PlanSelection | null) => {
    setVariantId(selection && selection.variant.id);
    onChange?.(selection);
  };

  const go = (next: boolean) => {
    setMoved(true);
    setPlans(next);
  };

  return (
    <div ref={rootRef} dir={dir} className={`esim-root ${partClassName('esim-EsimPicker', className, { step })}`} data-step={step}>
      {/* Polite: the step change is announced after whatever the focus move reads. */}
      <div role="status" className="esim-visually-hidden">
        {moved && (plans ? destination && messages.plansLabel(destination) : messages.chooseDestination)}
      </div>
      {plans ? (
        <>
          <div className="esim-EsimPicker-header">
            <button type="button" className="esim-EsimPicker-back" onClick={() => go(false)}>
              <span aria-hidden="true">←</span> {messages.changeDestination}
            </button>
            {product && (
              <Heading tabIndex={-1} className="esim-EsimPicker-heading">
                <span className="esim-EsimPicker-flag" aria-hidden="true">
                  {countryFlag(product.country_code)}
                </span>{' '}
                {destination}
              </Heading>
            )}
          </div>
          <PlanPicker key={productId} productId={productId!} value={variantId} onChange={change} onSelect={onSelect} name={name} />
        </>
      ) : (
        <>
          <Heading className="esim-EsimPicker-heading">{messages.chooseDestination}</Heading>
          <CountryList
            defaultValue={productId ?? null}
            onSelect={(next) => {
              // A plan belongs to one destination: choosing another clears it, and the host hears so.
              if (next.id !== productId && variantId !== null) change(null);
              setPicked(next);
              go(true);
            }}
          />
          {/* The plan stays chosen while the traveller only looks at other destinations: keep posting it. */}
          {name && variantId !== null && <input type="hidden" name={name} value={variantId} />}
        </>
      )}
    </div>
  );
}

'use client';

import { createContext, createElement, Fragment, useContext, type ReactNode } from 'react';
import type { PlanSort } from './options.js';
import { ErrorState } from '../shared/ErrorState.js';
import { partClassName, partProps, type ClassNameProp } from '../shared/classNames.js';
import { usePlanPicker, type PlanOptionState, type PlanPickerState, type PlanPickerStatus, type UsePlanPickerOptions } from './usePlanPicker.js';

const PlanPickerContext = createContext<PlanPickerState | null>(null);

/**
 * The root's state for a part, or `null` when `status` is given and the picker is in another state.
 * Throws, saying how to fix it, when the part is used outside the root.
 */
function usePart(part: string, status?: PlanPickerStatus): PlanPickerState | null {
  const state = useContext(PlanPickerContext);
  if (!state) {
    throw new Error(`\`PlanPicker.${part}\` must be used within \`PlanPicker\``);
  }
  return !status || state.status === status ? state : null;
}

/** The stable class of a part, `esim-PlanPicker-<part>`, that the stylesheet and partners' CSS target. */
const cls = (part: string) => `esim-PlanPicker-${part}`;
/** `<span class="esim-PlanPicker-<part>">…children</span>`: the default card's pieces. */
const span = (part: string, ...children: ReactNode[]) => createElement('span', { className: cls(part) }, ...children);

export interface PlanPickerSortProps {
  /** @selector .esim-PlanPicker-sort */
  className?: ClassNameProp<{ sort: PlanSort; disabled: boolean }>;
}

/**
 * A native select: compact at 320 px, one tab stop, and no second radio group beside the plans.
 * Rendered only when there are plans to order.
 */
export function PlanPickerSort({ className }: PlanPickerSortProps) {
  const state = usePart('Sort', 'ready');
  if (!state || state.plans.length < 2) return null;
  const { sort, disabled, messages } = state;
  return (
    <label {...partProps(cls('sort'), className, { sort, disabled })}>
      {span('sort-label', messages.sortLabel)}{' '}
      <select {...state.getSortProps()} className={cls('select')}>
        {[['price', messages.sortPrice], ['data', messages.sortData], ['validity', messages.sortValidity]].map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface PlanPickerOptionsProps {
  /** @selector .esim-PlanPicker-options */
  className?: ClassNameProp<{ disabled: boolean }>;
  /** Renders one plan. @default (plan) => <PlanPicker.Option plan={plan} /> */
  children?: (plan: PlanOptionState) => ReactNode;
}

/** The radio group: a fieldset named by its legend ("Data plans for Japan"), one native radio per plan. */
export function PlanPickerOptions({ className, children = (plan) => <PlanPickerOption plan={plan} /> }: PlanPickerOptionsProps) {
  const state = usePart('Options', 'ready');
  return (
    state && (
      <>
        {/* Always in the DOM while plans show, so that a notice added later is announced. */}
        <p role="status" className={cls('notice')}>
          {state.notice}
        </p>
        <fieldset {...state.getGroupProps()} {...partProps(cls('options'), className, { disabled: state.disabled })}>
          <legend {...state.getLegendProps()} className={cls('legend')} />
          {state.plans.map((plan) => (
            <Fragment key={plan.variant.id}>{children(plan)}</Fragment>
          ))}
        </fieldset>
      </>
    )
  );
}

export interface PlanPickerOptionProps {
  /** The plan handed to `PlanPicker.Options`' render function. */
  plan: PlanOptionState;
  /** @selector .esim-PlanPicker-option */
  className?: ClassNameProp<PlanOptionState>;
  /** What the card shows beside its radio. @default name, data, validity, price, struck original, badge, price per GB */
  children?: ReactNode | ((plan: PlanOptionState) => ReactNode);
}

/**
 * One plan: a card that is the radio's label, so the whole card is the hit target and all its text
 * names the radio. `data-selected`, `data-disabled`, `data-discounted`, `data-unlimited`.
 */
export function PlanPickerOption({ plan, className, children }: PlanPickerOptionProps) {
  const { messages, getRadioProps } = usePart('Option')!;
  const { variant, price, discount, perGb } = plan;
  return (
    <label {...partProps(cls('option'), className, plan)}>
      <input {...getRadioProps(plan)} className={cls('radio')} />
      {typeof children === 'function'
        ? children(plan)
        : children ?? (
            // Spaces between the spans keep the radio's accessible name readable ("… 7 days $4.28 Was $4.50").
            <>
              {span(
                'info',
                span('name', variant.name),
                ' ',
                span('data', plan.data),
                ' ',
                span('validity', plan.validity),
                variant.description && ' ',
                variant.description && span('description', variant.description),
              )}{' '}
              {span(
                'pricing',
                span('price', price.discounted),
                discount && (
                  <>
                    {' '}
                    {/* Strikethrough is not announced, so the struck price is read as "Was $4.50" instead. */}
                    <span className="esim-visually-hidden">{messages.originalPrice(price.original)}</span>
                    <s className={cls('original')} aria-hidden="true">
                      {price.original}
                    </s>{' '}
                    {span('badge', messages.discountBadge(discount))}
                  </>
                ),
                perGb && ' ',
                perGb && span('per-gb', messages.pricePerGb(perGb)),
              )}
            </>
          )}
    </label>
  );
}

export interface PlanPickerMessageProps {
  className?: ClassNameProp<{ status: PlanPickerStatus }>;
  /** Replaces the default text. */
  children?: ReactNode;
}

/** Shown when the destination has no plans (the API may also have dropped malformed ones). */
export function PlanPickerEmpty({ className, children }: PlanPickerMessageProps) {
  const state = usePart('Empty', 'empty');
  return state && <p {...partProps(cls('empty'), className, { status: state.status })}>{children ?? state.messages.noPlans}</p>;
}

export interface PlanPickerLoadingProps {
  className?: ClassNameProp<{ slow: boolean }>;
  /** Placeholder rows. @default 3 */
  rows?: number;
}

/**
 * Skeleton rows while the plans load. After a second the server is hydrating the destination's plans
 * on demand: a visible message with an indeterminate progress bar replaces the blank wait, announced politely.
 */
export function PlanPickerLoading({ className, rows = 3 }: PlanPickerLoadingProps) {
  const state = usePart('Loading', 'loading');
  if (!state) return null;
  const { slow, messages } = state;
  return (
    <div {...partProps(cls('loading'), className, { slow })}>
      <div role="status" className={cls('progress')}>
        <span className={slow ? undefined : 'esim-visually-hidden'}>{slow ? messages.hydratingPlans : messages.loadingPlans}</span>
        {slow && <progress aria-label={messages.loadingPlans} />}
      </div>
      <div aria-busy="true">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className={cls('skeleton')} aria-hidden="true" />
        ))}
      </div>
    </div>
  );
}

export interface PlanPickerErrorProps {
  className?: ClassNameProp<{ auth: boolean }>;
}

/** The plans failed to load: the reason (a 401 reads as an access problem) and a retry button. */
export function PlanPickerError({ className }: PlanPickerErrorProps) {
  const state = usePart('Error', 'error');
  return state && <ErrorState error={state.error} onRetry={state.retry} className={className} />;
}

export interface PlanPickerProps extends UsePlanPickerOptions {
  /** @selector .esim-PlanPicker */
  className?: ClassNameProp<{ status: PlanPickerStatus; disabled: boolean }>;
  /** Parts to arrange yourself. @default Sort, Loading, Error, Empty, Options */
  children?: ReactNode | ((state: PlanPickerState) => ReactNode);
}

function PlanPickerRoot({ className, children, ...options }: PlanPickerProps) {
  const state = usePlanPicker(options);
  const { status, disabled } = state;
  return (
    <PlanPickerContext.Provider value={state}>
      <div {...state.getRootProps()} className={`esim-root ${partClassName('esim-PlanPicker', className, { status, disabled })}`}>
        {typeof children === 'function'
          ? children(state)
          : children ?? (
              <>
                <PlanPickerSort />
                <PlanPickerLoading />
                <PlanPickerError />
                <PlanPickerEmpty />
                <PlanPickerOptions />
              </>
            )}
      </div>
    </PlanPickerContext.Provider>
  );
}

/**
 * A destination's data plans as a radio group of native radios. Use it as is, or arrange its parts:
 * `<PlanPicker productId={712}><PlanPicker.Sort /><PlanPicker.Options /></PlanPicker>`.
 */
export const PlanPicker = /* @__PURE__ */ Object.assign(PlanPickerRoot, {
  Sort: PlanPickerSort,
  Options: PlanPickerOptions,
  Option: PlanPickerOption,
  Empty: PlanPickerEmpty,
  Loading: PlanPickerLoading,
  Error: PlanPickerError,
});

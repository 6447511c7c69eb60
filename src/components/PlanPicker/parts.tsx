import { Fragment, type ReactNode } from 'react';
import { ErrorState } from '../shared/ErrorState.js';
import { dataFlag, partClassName, type ClassNameProp } from '../shared/classNames.js';
import { usePlanPickerContext } from './context.js';
import type { PlanSort } from './options.js';
import type { PlanOptionState, PlanPickerStatus } from './usePlanPicker.js';

type StatusState = { status: PlanPickerStatus };

export interface PlanPickerSortProps {
  /** @selector .esim-PlanPicker-sort */
  className?: ClassNameProp<{ sort: PlanSort; disabled: boolean }>;
}

/**
 * A native select: compact at 320 px, one tab stop, and no second radio group beside the plans.
 * Rendered only when there are plans to order.
 */
export function PlanPickerSort({ className }: PlanPickerSortProps) {
  const { status, plans, sort, disabled, messages, getSortProps } = usePlanPickerContext('Sort');
  if (status !== 'ready' || plans.length < 2) return null;
  return (
    <label className={partClassName('esim-PlanPicker-sort', className, { sort, disabled })} data-disabled={dataFlag(disabled)}>
      <span className="esim-PlanPicker-sort-label">{messages.sortLabel}</span>{' '}
      <select {...getSortProps()} className="esim-PlanPicker-select">
        <option value="price">{messages.sortPrice}</option>
        <option value="data">{messages.sortData}</option>
        <option value="validity">{messages.sortValidity}</option>
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

const defaultPlan = (plan: PlanOptionState) => <PlanPickerOption plan={plan} />;

/** The radio group: a fieldset named by its legend ("Data plans for Japan"), one native radio per plan. */
export function PlanPickerOptions({ className, children = defaultPlan }: PlanPickerOptionsProps) {
  const { status, plans, disabled, notice, getGroupProps, getLegendProps } = usePlanPickerContext('Options');
  if (status !== 'ready') return null;
  return (
    <>
      {/* Always in the DOM while plans show, so that a notice added later is announced. */}
      <p role="status" className="esim-PlanPicker-notice">
        {notice}
      </p>
      <fieldset
        {...getGroupProps()}
        className={partClassName('esim-PlanPicker-options', className, { disabled })}
        data-disabled={dataFlag(disabled)}
      >
        <legend {...getLegendProps()} className="esim-PlanPicker-legend" />
        {plans.map((plan) => (
          <Fragment key={plan.variant.id}>{children(plan)}</Fragment>
        ))}
      </fieldset>
    </>
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
  const { messages, getRadioProps } = usePlanPickerContext('Option');
  const { variant, price } = plan;
  return (
    <label
      className={partClassName('esim-PlanPicker-option', className, plan)}
      data-selected={dataFlag(plan.selected)}
      data-disabled={dataFlag(plan.disabled)}
      data-discounted={dataFlag(plan.discounted)}
      data-unlimited={dataFlag(plan.unlimited)}
    >
      <input {...getRadioProps(plan)} className="esim-PlanPicker-radio" />
      {typeof children === 'function'
        ? children(plan)
        : children ?? (
            // Spaces between the spans keep the radio's accessible name readable ("… 7 days $4.28 Was $4.50").
            <>
              <span className="esim-PlanPicker-info">
                <span className="esim-PlanPicker-name">{variant.name}</span>{' '}
                <span className="esim-PlanPicker-data">{plan.data}</span>{' '}
                <span className="esim-PlanPicker-validity">{plan.validity}</span>
                {variant.description && <> <span className="esim-PlanPicker-description">{variant.description}</span></>}
              </span>{' '}
              <span className="esim-PlanPicker-pricing">
                <span className="esim-PlanPicker-price">{price.discounted}</span>
                {plan.discount && (
                  <>
                    {' '}
                    {/* Strikethrough is not announced, so the struck price is read as "Was $4.50" instead. */}
                    <span className="esim-visually-hidden">{messages.originalPrice(price.original)}</span>
                    <s className="esim-PlanPicker-original" aria-hidden="true">
                      {price.original}
                    </s>{' '}
                    <span className="esim-PlanPicker-badge">{messages.discountBadge(plan.discount)}</span>
                  </>
                )}
                {plan.perGb && <> <span className="esim-PlanPicker-per-gb">{messages.pricePerGb(plan.perGb)}</span></>}
              </span>
            </>
          )}
    </label>
  );
}

export interface PlanPickerMessageProps {
  className?: ClassNameProp<StatusState>;
  /** Replaces the default text. */
  children?: ReactNode;
}

/** Shown when the destination has no plans (the API may also have dropped malformed ones). */
export function PlanPickerEmpty({ className, children }: PlanPickerMessageProps) {
  const { status, messages } = usePlanPickerContext('Empty');
  if (status !== 'empty') return null;
  return <p className={partClassName('esim-PlanPicker-empty', className, { status })}>{children ?? messages.noPlans}</p>;
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
  const { status, slow, messages } = usePlanPickerContext('Loading');
  if (status !== 'loading') return null;
  return (
    <div className={partClassName('esim-PlanPicker-loading', className, { slow })} data-slow={dataFlag(slow)}>
      <div role="status" className="esim-PlanPicker-progress">
        {slow ? (
          <>
            <span>{messages.hydratingPlans}</span>
            <progress aria-label={messages.loadingPlans} />
          </>
        ) : (
          <span className="esim-visually-hidden">{messages.loadingPlans}</span>
        )}
      </div>
      <div aria-busy="true">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="esim-PlanPicker-skeleton" aria-hidden="true" />
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
  const { status, error, retry } = usePlanPickerContext('Error');
  return status === 'error' ? <ErrorState error={error} onRetry={retry} className={className} /> : null;
}

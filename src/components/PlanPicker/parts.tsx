'use client';

import { useRef, type ReactNode } from 'react';
import { dataFlag, partClassName, partProps, type ClassNameProp } from '../shared/classNames.js';
import { useEsimContext } from '../../query/provider.js';
import { useRefocusOnLeave } from '../shared/useRefocusOnLeave.js';
import { cls, usePart } from './context.js';
import type { PlanSort } from './options.js';
import type { PlanOptionState } from './usePlanPicker.js';

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
      <span className={cls('sort-label')}>{messages.sortLabel}</span>{' '}
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

/**
 * The radio group: a fieldset named by its legend ("Data plans for Japan"), one native radio per plan.
 * Each plan sits in a block of its own, so without the stylesheet the plans still read as a list.
 */
export function PlanPickerOptions({ className, children = (plan) => <PlanPickerOption plan={plan} /> }: PlanPickerOptionsProps) {
  const state = usePart('Options', 'ready');
  const group = useRef<HTMLFieldSetElement>(null);
  // A focused plan a refetch took away hands focus to the first plan left (or the picker), not to the page.
  const focusFirstPlan = () => {
    const first = group.current?.querySelector<HTMLElement>('input:not(:disabled)');
    if (first) first.focus();
    else state?.refocus();
  };
  return (
    state && (
      <>
        {/* Always in the DOM while plans show, so that a notice added later is announced. */}
        <p role="status" className={cls('notice')}>
          {state.notice}
        </p>
        <fieldset ref={group} {...state.getGroupProps()} {...partProps(cls('options'), className, { disabled: state.disabled })}>
          <legend {...state.getLegendProps()} className={cls('legend')} />
          {state.plans.map((plan) => (
            // Keyed by id and not by position, so a refetch that drops another plan leaves focus on the same
            // plan; the key tells apart two plans that share an id.
            <PlanItem key={plan.key} refocus={focusFirstPlan}>
              {children(plan)}
            </PlanItem>
          ))}
        </fieldset>
      </>
    )
  );
}

function PlanItem({ refocus, children }: { refocus: () => void; children: ReactNode }) {
  const root = useRefocusOnLeave<HTMLDivElement>(refocus);
  return (
    <div ref={root} className={cls('item')}>
      {children}
    </div>
  );
}

export interface PlanPickerOptionProps {
  /** The plan handed to `PlanPicker.Options`' render function. */
  plan: PlanOptionState;
  /** @selector .esim-PlanPicker-option */
  className?: ClassNameProp<PlanOptionState>;
  /** What the card shows beside its radio. @default data · validity, best value, name when it adds something, description, price per GB or day, price, struck original, discount, saving */
  children?: ReactNode | ((plan: PlanOptionState) => ReactNode);
}

/** A piece of the default card: `<span class="esim-PlanPicker-<part>">`. */
const Piece = ({ part, children }: { part: string; children: ReactNode }) => <span className={cls(part)}>{children}</span>;

// Stands for the price inside the message, to find where the message puts it.
const PRICE_SLOT = '\ue000';

/**
 * The original price, struck, inside the locale's words for it ("Was $4.50", "statt 4,50 $"): strikethrough is
 * not announced, so the words are there for screen readers, visually hidden by the stylesheet. Without the
 * stylesheet the line reads "Was $4.50" once, not "Was $4.50 $4.50".
 */
function OriginalPrice({ text, price }: { text: (price: string) => string; price: string }) {
  // The message's isolates around the price go: the price sits in <bdi>, and an isolate left open in one
  // piece would take the rest of the line with it.
  const [before, after = ''] = text(PRICE_SLOT).replace(/[\u2066-\u2069]/g, '').split(PRICE_SLOT) as [string, string?];
  // The spaces outside the hidden words keep them apart from the price in the radio's name ("Was $4.50").
  const words = (part: string) => part.trim() && <span className="esim-visually-hidden">{part.trim()}</span>;
  return (
    <>
      {words(before)}{' '}
      <s className={cls('original')}>
        <bdi>{price}</bdi>
      </s>{' '}
      {words(after)}
    </>
  );
}

/** The default card. Values sit in `<bdi>` so prices and Latin names keep their order in Arabic or Hebrew. */
function PlanCard({ plan }: { plan: PlanOptionState }) {
  const { messages } = usePart('Option')!;
  const { contentLang } = useEsimContext();
  const { variant, price, discount, saving, perGb, perDay, nameInformative, bestValue } = plan;
  // Spaces between the pieces keep the radio's accessible name readable ("… $4.28 Was $4.50 5% off Save $0.22").
  return (
    <>
      <span className={cls('info')}>
        {/* The radio is named by what the card shows, in the page's language (WCAG 2.5.3); the API's name
            follows only when it says more than the headline, so nothing is read twice. */}
        <Piece part="headline">{messages.planHeadline({ data: plan.data, validity: plan.validity })}</Piece>
        {nameInformative && (
          <>
            {' '}
            <span className={cls('name')}>
              <bdi lang={contentLang}>{variant.name}</bdi>
            </span>
          </>
        )}
        {/* After the name for the ear ("Japan 20 GB / 30 days Best value"); beside the headline for the eye. */}
        {bestValue && (
          <>
            {' '}
            <Piece part="best-value">{messages.bestValue}</Piece>
          </>
        )}
        {variant.description && (
          <>
            {' '}
            <Piece part="description">
              <bdi lang={contentLang}>{variant.description}</bdi>
            </Piece>
          </>
        )}
        {(perGb || perDay) && (
          <>
            {' '}
            <Piece part={perGb ? 'per-gb' : 'per-day'}>{perGb ? messages.pricePerGb(perGb) : messages.pricePerDay(perDay!)}</Piece>
          </>
        )}
      </span>{' '}
      <span className={cls('pricing')}>
        <Piece part="price">
          <bdi>{price.discounted}</bdi>
        </Piece>
        {discount && (
          <>
            {' '}
            <span className={cls('was')}>
              <OriginalPrice text={messages.originalPrice} price={price.original} />{' '}
              <Piece part="badge">{messages.discountBadge(discount)}</Piece>
            </span>{' '}
            <Piece part="saving">{messages.saving(saving!)}</Piece>
          </>
        )}
      </span>
    </>
  );
}

/**
 * One plan: a card that is the radio's label, so the whole card is the hit target and all its text
 * names the radio. Hovering it loads the plan's details ahead of the choice. `data-selected`,
 * `data-disabled`, `data-discounted`, `data-unlimited`, `data-best-value`.
 */
export function PlanPickerOption({ plan, className, children }: PlanPickerOptionProps) {
  const { getRadioProps, details } = usePart('Option')!;
  return (
    <label
      className={partClassName(cls('option'), className, plan)}
      data-selected={dataFlag(plan.selected)}
      data-disabled={dataFlag(plan.disabled)}
      data-discounted={dataFlag(plan.discounted)}
      data-unlimited={dataFlag(plan.unlimited)}
      data-best-value={dataFlag(plan.bestValue)}
      onPointerEnter={() => details.prefetch(plan.variant.id)}
    >
      <input {...getRadioProps(plan)} className={cls('radio')} />
      {typeof children === 'function' ? children(plan) : children ?? <PlanCard plan={plan} />}
    </label>
  );
}

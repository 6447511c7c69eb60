'use client';

import { useRef, type ReactNode } from 'react';
import type { EsimMessages } from '../../i18n/messages.js';
import { ErrorState, OfflineState } from '../shared/ErrorState.js';
import { partProps, type ClassNameProp } from '../shared/classNames.js';
import { useLiveText } from '../shared/useLiveText.js';
import { useRefocusOnLeave } from '../shared/useRefocusOnLeave.js';
import { cls, usePart } from './context.js';
import type { PlanDetailsStatus } from './usePlanDetails.js';
import type { PlanOptionState, PlanPickerState, PlanPickerStatus } from './usePlanPicker.js';

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
  className?: ClassNameProp<{ slow: boolean; offline: boolean }>;
  /** Placeholder cards. @default 3 */
  rows?: number;
}

/** A placeholder with the real card's parts and type sizes, so it is as tall as a card: no jump when plans arrive. */
const Bone = ({ part }: { part: string }) => <span className={`${cls(part)} ${cls('bone')}`}>{'\u00a0'}</span>;

function SkeletonCard() {
  return (
    <div className={cls('skeleton')}>
      <span className={`${cls('radio')} ${cls('bone')}`} />
      <span className={cls('info')}>
        <Bone part="headline" />
        <Bone part="description" />
        <Bone part="per-gb" />
      </span>
      <span className={cls('pricing')}>
        <Bone part="price" />
        <Bone part="was" />
        <Bone part="saving" />
      </span>
    </div>
  );
}

/** The loading message in its own live region, which starts empty each time it appears (back online too). */
function LoadingProgress({ slow, text }: { slow: boolean; text: string }) {
  const { messages } = usePart('Loading')!;
  const [spoken] = useLiveText(text);
  return (
    <div role="status" className={cls('progress')}>
      {/* Visible once the wait is long: shown at once, while the region's words follow a commit later. */}
      <span className={slow ? undefined : 'esim-visually-hidden'}>{slow ? text : spoken}</span>
      {slow && <progress aria-label={messages.loadingPlans} />}
    </div>
  );
}

/**
 * Placeholder cards while the plans load. After a second the server is hydrating the destination's plans
 * on demand: a visible message with an indeterminate progress bar replaces the blank wait, announced
 * politely, and after a few seconds it says it is still working. Offline, no placeholders pulse: the
 * offline message says why nothing comes, with a retry, and loading resumes by itself when the
 * connection is back.
 */
export function PlanPickerLoading({ className, rows = 3 }: PlanPickerLoadingProps) {
  const state = usePart('Loading', 'loading');
  if (!state) return null;
  const { slow, offline, stillWorking, messages } = state;
  return (
    <div {...partProps(cls('loading'), className, { slow, offline })}>
      {offline ? (
        <OfflineState onRetry={state.retry} refocus={state.refocus} />
      ) : (
        <>
          <LoadingProgress slow={slow} text={(slow ? messages.hydratingPlans : messages.loadingPlans) + (stillWorking ? ` ${messages.stillWorking}` : '')} />
          <div aria-busy="true" aria-hidden="true" className={cls('skeletons')}>
            {Array.from({ length: rows }, (_, i) => (
              <SkeletonCard key={i} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}

export interface PlanPickerErrorProps {
  className?: ClassNameProp<{ auth: boolean }>;
}

/** The plans failed to load: the reason (a 401 reads as an access problem) and a retry that keeps focus in the picker. */
export function PlanPickerError({ className }: PlanPickerErrorProps) {
  const state = usePart('Error', 'error');
  return state && <ErrorState error={state.error} onRetry={state.retry} refocus={state.refocus} className={className} />;
}

// Stand-ins for the label and the value while `messages.labelled` places them.
const LABEL = '\u0001';
const VALUE = '\u0002';

/**
 * `messages.labelled` around nodes, cut where the value starts: the label with the language's punctuation
 * ("Couvre 3 pays\u00a0: ", "プランの詳細：") and the value, so each can be an element of its own. Every locale
 * puts the label first. The isolation marks compile puts around values in right-to-left pages are dropped:
 * the parts are elements of their own, and a headline isolated whole would lose the order of its data and validity.
 */
function labelled(messages: EsimMessages, label: ReactNode, value: ReactNode): [ReactNode, ReactNode] {
  const [before = '', after] = messages.labelled({ label: LABEL, value: VALUE }).replace(/[\u2066-\u2069]/g, '').split(VALUE);
  const [start, end] = before.split(LABEL);
  return [<>{start}{label}{end}</>, <>{value}{after}</>];
}

export interface PlanPickerDetailsProps {
  /** @selector .esim-PlanPicker-details */
  className?: ClassNameProp<{ status: PlanDetailsStatus }>;
}

/**
 * The chosen plan's details on demand, in a native disclosure: the countries it covers (localised, with a
 * count) and whatever extra facts `GET /variants/:id` sends (network, hotspot, activation…), as text.
 * Loading or failing here never blocks the choice or the payment. Nothing renders until a plan is chosen.
 */
export function PlanPickerDetails({ className }: PlanPickerDetailsProps) {
  const state = usePart('Details', 'ready');
  const plan = state?.plans.find((option) => option.selected);
  return state && plan ? <Disclosure state={state} plan={plan} className={className} /> : null;
}

function Disclosure({ state, plan, className }: PlanPickerDetailsProps & { state: PlanPickerState; plan: PlanOptionState }) {
  const summary = useRef<HTMLElement>(null);
  // The chosen plan can go while focus is in here (a refetch found it no longer sold): focus stays in the picker.
  const root = useRefocusOnLeave<HTMLDetailsElement>(state.refocus);
  const { messages } = state;
  const { status, details, retry } = state.details;
  const count = details?.coverage.length ?? 0;
  const [title, headline] = labelled(messages, messages.planDetails, messages.planHeadline({ data: plan.data, validity: plan.validity }));
  const [covers, countries] = labelled(messages, <strong>{messages.coverage(count)}</strong>, details?.coverageList);
  return (
    <details ref={root} {...partProps(cls('details'), className, { status })} data-state={status}>
      <summary ref={summary} className={cls('summary')}>
        {title}
        {headline}
      </summary>
      <div className={cls('details-body')}>
        {/* One region for loading and failure, there from the start: a region inserted with its words may go unsaid. */}
        <p role="status" className={status === 'error' ? cls('details-error') : undefined}>
          {status === 'loading' && messages.loadingDetails}
          {status === 'error' && (
            <>
              {messages.detailsUnavailable}{' '}
              {/* The button goes while retrying: focus moves to the summary, not to <body>. */}
              <button
                type="button"
                className={cls('details-retry')}
                onClick={() => {
                  summary.current?.focus();
                  retry();
                }}
              >
                {messages.retry}
              </button>
            </>
          )}
        </p>
        {details && count > 0 && (
          <p className={cls('coverage')}>
            {covers}
            {countries}
          </p>
        )}
        {details && details.facts.length > 0 && (
          <dl className={cls('facts')}>
            {details.facts.map((fact, i) => {
              // Isolated: a field name or value from the API that opens a right-to-left override (U+202E) would
              // otherwise reverse the locale's colon beside it, or in browsers that do not isolate <dt>, the value.
              const [label, value] = labelled(messages, <bdi lang={fact.labelLang}>{fact.label}</bdi>, <bdi lang={fact.valueLang}>{fact.value}</bdi>);
              return (
                <div key={i} className={cls('fact')}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              );
            })}
          </dl>
        )}
      </div>
    </details>
  );
}

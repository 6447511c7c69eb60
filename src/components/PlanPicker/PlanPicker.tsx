'use client';

import { useCallback, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useEsimContext } from '../../query/provider.js';
import { ComponentErrorBoundary } from '../shared/ErrorBoundary.js';
import { ErrorState } from '../shared/ErrorState.js';
import { partClassName, type ClassNameProp } from '../shared/classNames.js';
import { useLiveText } from '../shared/useLiveText.js';
import { PlanPickerContext } from './context.js';
import { PlanPickerOption, PlanPickerOptions, PlanPickerSort } from './parts.js';
import { PlanPickerDetails, PlanPickerEmpty, PlanPickerError, PlanPickerLoading } from './states.js';
import { usePlanPicker, type PlanPickerState, type PlanPickerStatus, type UsePlanPickerOptions } from './usePlanPicker.js';

export type { PlanPickerOptionProps, PlanPickerOptionsProps, PlanPickerSortProps } from './parts.js';
export type { PlanPickerDetailsProps, PlanPickerErrorProps, PlanPickerLoadingProps, PlanPickerMessageProps } from './states.js';
export { PlanPickerDetails, PlanPickerEmpty, PlanPickerError, PlanPickerLoading, PlanPickerOption, PlanPickerOptions, PlanPickerSort };

export interface PlanPickerProps extends UsePlanPickerOptions {
  /** @selector .esim-PlanPicker */
  className?: ClassNameProp<{ status: PlanPickerStatus; disabled: boolean }>;
  /** Parts to arrange yourself. @default Sort, Loading, Error, Empty, Options, Details */
  children?: ReactNode | ((state: PlanPickerState) => ReactNode);
}

const rootClass = (className: PlanPickerProps['className'], status: PlanPickerStatus, disabled: boolean) =>
  `esim-root ${partClassName('esim-PlanPicker', className, { status, disabled })}`;

type RootProps = PlanPickerProps & { refocus: { current: boolean }; root: RefObject<HTMLDivElement | null> };

function PlanPickerRoot({ className, children, refocus, root, ...options }: RootProps) {
  const state = usePlanPicker(options);
  const { status, disabled, messages } = state;
  const rootProps = state.getRootProps();
  const hiddenInput = state.getHiddenInputProps();
  // The picker's own ref (focus after a retry) and the boundary's (was focus inside when it broke?).
  const rootRef = useCallback((node: HTMLDivElement | null) => void (rootProps.ref.current = root.current = node), [rootProps.ref, root]);
  // What arrives after a wait the traveller saw is said (and said again if a refetch changes it): focus stays
  // where it was, so nothing else would tell. Plans already there at mount (cached, prefetched, server-rendered)
  // are not: a checkout page does not talk unprompted as it loads.
  const waited = useRef(false);
  waited.current ||= status === 'loading';
  const [arrived] = useLiveText(
    !waited.current ? '' : status === 'ready' ? messages.planCount(state.plans.length) : status === 'empty' ? messages.noPlans : '',
  );
  // Back from the error boundary's retry: focus stays in the picker, not on <body>.
  useEffect(() => {
    if (refocus.current) rootProps.ref.current?.focus();
    refocus.current = false;
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <PlanPickerContext.Provider value={state}>
      <div {...rootProps} ref={rootRef} className={rootClass(className, status, disabled)}>
        {/* In the page from the start, so screen readers hear its words as a change, not as a new region. */}
        <p role="status" className="esim-visually-hidden">
          {arrived}
        </p>
        {hiddenInput && <input {...hiddenInput} />}
        {typeof children === 'function'
          ? children(state)
          : children ?? (
              <>
                <PlanPickerSort />
                <PlanPickerLoading />
                <PlanPickerError />
                <PlanPickerEmpty />
                <PlanPickerOptions />
                <PlanPickerDetails />
              </>
            )}
      </div>
    </PlanPickerContext.Provider>
  );
}

/** A render error leaves the picker's own error state with a retry; the host page stays. */
function PlanPickerWithBoundary(props: PlanPickerProps) {
  const { dir, locale } = useEsimContext();
  return (
    <ComponentErrorBoundary
      component="PlanPicker"
      onError={props.onError}
      // Not the partner's className: a function of it may be what threw, and would throw again out of the boundary.
      fallback={(retry, error, focusRetry) => (
        <div className="esim-root esim-PlanPicker" data-state="error" dir={dir} lang={locale} tabIndex={-1}>
          <ErrorState error={error} focusRetry={focusRetry} onRetry={retry} />
        </div>
      )}
    >
      {(retried, root) => <PlanPickerRoot {...props} refocus={retried} root={root} />}
    </ComponentErrorBoundary>
  );
}

/**
 * A destination's data plans as a radio group of native radios. Use it as is, or arrange its parts:
 * `<PlanPicker productId={712}><PlanPicker.Sort /><PlanPicker.Options /></PlanPicker>`. A render error
 * inside it shows its error state with a retry and goes to `onError`; the host page stays.
 */
export const PlanPicker = /* @__PURE__ */ Object.assign(PlanPickerWithBoundary, {
  Sort: PlanPickerSort,
  Options: PlanPickerOptions,
  Option: PlanPickerOption,
  Details: PlanPickerDetails,
  Empty: PlanPickerEmpty,
  Loading: PlanPickerLoading,
  Error: PlanPickerError,
});

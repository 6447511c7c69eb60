'use client';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useEsimContext, type EsimContextValue } from '../../query/provider.js';

/** Which of the picker's roots caught the error, for the host's error reporting. */
export type EsimComponentName = 'CountryList' | 'PlanPicker' | 'EsimPicker';

export interface ComponentErrorBoundaryProps {
  component: EsimComponentName;
  /** The component's own `onError` prop. */
  onError?: ((error: unknown) => void) | undefined;
  /**
   * What shows instead of the children; `retry` renders them again. `afterRetry` is true when a retry failed
   * again: the retry button the traveller pressed is gone, so the new one should take focus.
   */
  fallback: (retry: () => void, error: unknown, afterRetry: boolean) => ReactNode;
  /**
   * The component. `retried.current` is true on its first render after "Try again": the pressed button is
   * gone, so the component puts focus back inside itself, then clears it.
   */
  children: (retried: { current: boolean }) => ReactNode;
}

interface BoundaryProps extends Pick<ComponentErrorBoundaryProps, 'fallback' | 'children'> {
  report: (error: unknown) => void;
}

class Boundary extends Component<BoundaryProps, { failed: boolean; error: unknown }> {
  override state = { failed: false, error: undefined as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo) {
    this.props.report(error);
  }

  readonly retried = { current: false };

  retry = () => {
    this.retried.current = true;
    this.setState({ failed: false, error: undefined });
  };

  override componentDidUpdate() {
    // A retry that failed again has shown its fallback; one that recovered is cleared by the component.
    if (this.state.failed) this.retried.current = false;
  }

  override render() {
    return this.state.failed ? this.props.fallback(this.retry, this.state.error, this.retried.current) : this.props.children(this.retried);
  }
}

/**
 * Hands an error to the component's `onError` and to the provider's. A reporter that throws is ignored:
 * reporting must never take the page down.
 */
export function reportError(
  error: unknown,
  component: EsimComponentName,
  onError: ((error: unknown) => void) | undefined,
  { onError: providerOnError }: EsimContextValue,
): void {
  try {
    onError?.(error);
  } catch {
    // See above.
  }
  try {
    providerOnError?.(error, { component });
  } catch {
    // See above.
  }
}

/**
 * Keeps a render error inside the component that hit it: the host page, its form and its pay button stay
 * mounted; the error is reported with `reportError`.
 */
export function ComponentErrorBoundary({ component, onError, fallback, children }: ComponentErrorBoundaryProps) {
  const context = useEsimContext();
  return (
    <Boundary report={(error) => reportError(error, component, onError, context)} fallback={fallback}>
      {children}
    </Boundary>
  );
}

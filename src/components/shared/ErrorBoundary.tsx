'use client';
import { Component, type ErrorInfo, type ReactNode, type RefObject } from 'react';
import { useEsimContext, type EsimContextValue } from '../../query/provider.js';

/** Which of the picker's roots caught the error, for the host's error reporting. */
export type EsimComponentName = 'CountryList' | 'PlanPicker' | 'EsimPicker';

export interface ComponentErrorBoundaryProps {
  component: EsimComponentName;
  /** The component's own `onError` prop. */
  onError?: ((error: unknown) => void) | undefined;
  /**
   * What shows instead of the children; `retry` renders them again. `focusRetry` is true when the traveller's
   * place went with the component (focus was inside it, or on the retry button of a retry that failed again):
   * the new retry button takes focus, so it does not fall to the page.
   */
  fallback: (retry: () => void, error: unknown, focusRetry: boolean) => ReactNode;
  /**
   * The component. `retried.current` is true on its first render after "Try again": the pressed button is
   * gone, so the component puts focus back inside itself, then clears it. `root` goes on its root element.
   */
  children: (retried: { current: boolean }, root: RefObject<HTMLDivElement | null>) => ReactNode;
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
  readonly root: RefObject<HTMLDivElement | null> = { current: null };

  retry = () => {
    this.retried.current = true;
    this.setState({ failed: false, error: undefined });
  };

  override componentDidUpdate() {
    // A retry that failed again has shown its fallback; one that recovered is cleared by the component.
    if (this.state.failed) this.retried.current = false;
  }

  override render() {
    const { failed, error } = this.state;
    if (!failed) return this.props.children(this.retried, this.root);
    // The component's DOM is still on the page while its fallback renders: was the traveller in it? A first
    // error elsewhere takes no focus from where the traveller is.
    const focusRetry = this.retried.current || !!this.root.current?.matches(':focus-within');
    return this.props.fallback(this.retry, error, focusRetry);
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

'use client';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useEsimContext } from '../../query/provider.js';

/** Which of the picker's roots caught the error, for the host's error reporting. */
export type EsimComponentName = 'CountryList' | 'PlanPicker' | 'EsimPicker';

export interface ComponentErrorBoundaryProps {
  component: EsimComponentName;
  /** The component's own `onError` prop. */
  onError?: ((error: unknown) => void) | undefined;
  /** What shows instead of the children; `retry` renders them again. */
  fallback: (retry: () => void, error: unknown) => ReactNode;
  children?: ReactNode;
}

interface BoundaryProps extends Omit<ComponentErrorBoundaryProps, 'onError'> {
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

  retry = () => this.setState({ failed: false, error: undefined });

  override render() {
    return this.state.failed ? this.props.fallback(this.retry, this.state.error) : this.props.children;
  }
}

/**
 * Keeps a render error inside the component that hit it: the host page, its form and its pay button stay
 * mounted. The error goes to the component's `onError` and to the provider's; a throwing reporter is
 * ignored, since reporting must never take the page down either.
 */
export function ComponentErrorBoundary({ component, onError, fallback, children }: ComponentErrorBoundaryProps) {
  const context = useEsimContext();
  const report = (error: unknown) => {
    for (const notify of [onError, (caught: unknown) => context.onError?.(caught, { component })]) {
      try {
        notify?.(error);
      } catch {
        // See above: a reporter's own failure is not the traveller's problem.
      }
    }
  };
  return (
    <Boundary component={component} report={report} fallback={fallback}>
      {children}
    </Boundary>
  );
}

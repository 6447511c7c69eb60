'use client';

import { isEsimApiError } from '../../api/errors.js';
import { useEsimContext } from '../../query/provider.js';
import { partProps, type ClassNameProp } from './classNames.js';
import { useLiveText } from './useLiveText.js';
import { useRefocusOnLeave } from './useRefocusOnLeave.js';

export interface ErrorStateProps {
  error: unknown;
  /** Called by the retry button; omit it to show no button. */
  onRetry?: (() => void) | undefined;
  className?: ClassNameProp<{ auth: boolean }>;
  /** Focus the retry button when it appears: the traveller's place (a field, a plan, the button just pressed) went with the component. */
  focusRetry?: boolean | undefined;
  /** Puts focus back in the component when the error clears by itself (a refetch worked) while focus was on it. */
  refocus?: (() => void) | undefined;
}

/**
 * An error with a retry button, announced to screen readers; the rest of the page keeps working.
 * What it says fits the cause: an access problem (401/403) is not "something went wrong".
 */
export function ErrorState({ error, onRetry, className, focusRetry, refocus }: ErrorStateProps) {
  const { messages } = useEsimContext();
  const root = useRefocusOnLeave<HTMLDivElement>(refocus);
  const { code, isAuthError: auth = false } = isEsimApiError(error) ? error : {};
  return (
    <div ref={root} role="alert" {...partProps('esim-ErrorState', className, { auth })}>
      <p className="esim-ErrorState-message">
        {auth
          ? messages.errorAuth
          : code === 'NETWORK_ERROR' || code === 'TIMEOUT'
            ? messages.errorNetwork
            : code === 'INVALID_RESPONSE'
              ? messages.errorData
              : messages.errorServer}
      </p>
      {onRetry && (
        // Only where focus was inside the broken component: focus elsewhere on the page is never taken.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        <button type="button" className="esim-ErrorState-retry" onClick={onRetry} autoFocus={focusRetry}>
          {messages.retry}
        </button>
      )}
    </div>
  );
}

export interface OfflineStateProps {
  /** Tries at once (the message is said again); loading also resumes by itself when the browser is back online. */
  onRetry?: (() => void) | undefined;
  className?: ClassNameProp<Record<string, never>>;
  /** Puts focus back in the component when the connection comes back while focus was on the message's button. */
  refocus?: (() => void) | undefined;
}

/**
 * Shown instead of a spinner while the browser is offline (TanStack Query pauses the request). Polite, not
 * an alert: nothing failed yet, and it clears itself when the connection is back.
 */
export function OfflineState({ onRetry, className, refocus }: OfflineStateProps) {
  const { messages } = useEsimContext();
  const root = useRefocusOnLeave<HTMLDivElement>(refocus);
  const [message, sayAgain] = useLiveText(messages.offline);
  return (
    <div ref={root} role="status" {...partProps('esim-OfflineState', className, {})}>
      <p className="esim-OfflineState-message">{message}</p>
      {onRetry && (
        // Still offline, the retry cannot reach anything: the message is said again rather than nothing at all.
        <button
          type="button"
          className="esim-OfflineState-retry"
          onClick={() => {
            sayAgain();
            onRetry();
          }}
        >
          {messages.retry}
        </button>
      )}
    </div>
  );
}

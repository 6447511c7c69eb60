import { isEsimApiError } from '../../api/errors.js';
import { useEsimContext } from '../../query/provider.js';
import { partProps, type ClassNameProp } from './classNames.js';

export interface ErrorStateProps {
  error: unknown;
  /** Called by the retry button; omit it to show no button. */
  onRetry?: (() => void) | undefined;
  className?: ClassNameProp<{ auth: boolean }>;
}

/**
 * An error with a retry button, announced to screen readers; the rest of the page keeps working.
 * What it says fits the cause: an access problem (401/403) is not "something went wrong".
 */
export function ErrorState({ error, onRetry, className }: ErrorStateProps) {
  const { messages } = useEsimContext();
  const { code, isAuthError: auth = false } = isEsimApiError(error) ? error : {};
  return (
    <div role="alert" {...partProps('esim-ErrorState', className, { auth })}>
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
        <button type="button" className="esim-ErrorState-retry" onClick={onRetry}>
          {messages.retry}
        </button>
      )}
    </div>
  );
}

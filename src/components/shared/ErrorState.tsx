import { isEsimApiError } from '../../api/errors.js';
import type { EsimMessages } from '../../i18n/messages.js';
import { useEsimContext } from '../../query/provider.js';
import { partClassName, type ClassNameProp } from './classNames.js';

/** What a traveller should read for an error: an access problem is not "something went wrong". */
export function errorMessage(error: unknown, messages: EsimMessages): string {
  if (!isEsimApiError(error)) return messages.errorServer;
  if (error.isAuthError) return messages.errorAuth;
  if (error.code === 'NETWORK_ERROR' || error.code === 'TIMEOUT') return messages.errorNetwork;
  if (error.code === 'INVALID_RESPONSE') return messages.errorData;
  return messages.errorServer;
}

export interface ErrorStateProps {
  error: unknown;
  /** Called by the retry button; omit it to show no button. */
  onRetry?: (() => void) | undefined;
  className?: ClassNameProp<{ auth: boolean }>;
}

/** An error with a retry button, announced to screen readers; the rest of the page keeps working. */
export function ErrorState({ error, onRetry, className }: ErrorStateProps) {
  const { messages } = useEsimContext();
  const auth = isEsimApiError(error) && error.isAuthError;
  return (
    <div
      role="alert"
      className={partClassName('esim-ErrorState', className, { auth })}
      data-auth={auth ? '' : undefined}
    >
      <p className="esim-ErrorState-message">{errorMessage(error, messages)}</p>
      {onRetry && (
        <button type="button" className="esim-ErrorState-retry" onClick={onRetry}>
          {messages.retry}
        </button>
      )}
    </div>
  );
}

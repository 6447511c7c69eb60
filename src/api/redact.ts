// Keeps the credential out of every error the client throws. Servers echo what they rejected
// ("Invalid token: Bearer …") and fetch implementations put header values in their messages; errors then
// reach consoles, loggers and error trackers. Cut are the forms the client knows: the token it sent and the
// `Authorization` of `headers`. A token function that throws before returning one passes its own error on
// as the cause: a secret the client was never given cannot be recognised in it.
import { EsimApiError } from './errors.js';

const REDACTED = '[redacted]';

/**
 * A copy of the value without the secrets: strings with them cut out; an Error (five causes deep) rebuilt
 * with the same name when it or a cause shows one; anything else that would show one in a log, REDACTED.
 */
function scrub(value: unknown, secrets: readonly string[], depth = 0): unknown {
  // Longest first, so a part (the bare token) never leaves the rest of a longer form (`Bearer …`) behind.
  const hide = (text: string) =>
    [...secrets].sort((a, b) => b.length - a.length).reduce((result, secret) => result.replaceAll(secret, REDACTED), text);
  if (typeof value === 'string') return hide(value);
  if (value instanceof Error && depth < 5) {
    const cause = scrub(value.cause, secrets, depth + 1);
    // A stack starts with the name and message, so a clean pair means a clean stack; a copy gets its own.
    const [message, name] = [hide(value.message), hide(value.name)];
    return message + name === value.message + value.name && cause === value.cause
      ? value
      : Object.assign(new Error(message, { cause }), { name });
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? '';
  } catch {
    text = String(value);
  }
  return hide(text) === text ? value : REDACTED;
}

/**
 * The error with no secret in any field or cause (its stack rebuilt from the clean message). The secrets are
 * every form the credential may take in text: `token` (when given), the `Authorization` of `headers` (given
 * any way fetch accepts: record, array or Headers, any casing) and its credentials without the scheme.
 */
export function redact(error: EsimApiError, token: unknown, headers: HeadersInit | undefined): EsimApiError {
  let header = '';
  // Arrays and Headers (from any realm or polyfill) iterate as pairs; a record does not.
  for (const [name, value] of headers && Symbol.iterator in headers ? (headers as Iterable<string[]>) : Object.entries(headers ?? {})) {
    if (/^authorization$/i.test(name!)) header ||= value!.trim();
  }
  const secrets = [token, header, header.replace(/^\S+\s+/, '')].filter(Boolean).map(String);
  return secrets.length
    ? new EsimApiError({
        ...error,
        message: scrub(error.message, secrets) as string,
        code: scrub(error.code, secrets) as string,
        serverName: scrub(error.serverName, secrets) as string | undefined,
        issues: error.issues.map((issue) => scrub(issue, secrets) as string),
        cause: scrub(error.cause, secrets),
      })
    : error;
}

// Keeps the credential out of every error the client throws. Servers echo what they rejected
// ("Invalid token: Bearer …"), fetch implementations put header values in their messages, and a token
// function may throw with the token in hand; errors then reach consoles, loggers and error trackers.
import { EsimApiError } from './errors.js';

const REDACTED = '[redacted]';

/** The `Authorization` value in headers given any way fetch accepts (record, array, Headers), any casing. */
export function authorizationOf(init: HeadersInit | undefined): string | undefined {
  // Arrays and Headers (from any realm or polyfill) iterate as pairs; a record does not.
  const entries = init && Symbol.iterator in init ? (init as Iterable<[string, string]>) : Object.entries(init ?? {});
  for (const [name, value] of entries) if (/^authorization$/i.test(name)) return value;
  return undefined;
}

/**
 * Every form the credential may take in text: the token as given and trimmed, the header value as given,
 * trimmed and without its scheme (`Bearer `). Longest first, so a part never leaves the rest of a longer
 * form behind.
 */
export function secretForms(token: string | undefined, header: string | undefined): string[] {
  const forms = [token, token?.trim(), header, header?.trim(), header?.trim().replace(/^\S+\s+/, '')];
  return [...new Set(forms.filter((form): form is string => !!form))].sort((a, b) => b.length - a.length);
}

/**
 * A copy of the value without the secrets: strings with them cut out; an Error (five causes deep) rebuilt
 * with the same name; anything else that would show one in a log, REDACTED. The value itself when clean.
 */
function scrub(value: unknown, secrets: readonly string[], depth = 0): unknown {
  const hide = (text: string) => secrets.reduce((result, secret) => result.replaceAll(secret, REDACTED), text);
  if (typeof value === 'string') return hide(value);
  if (value instanceof Error && depth < 5) {
    const cause = scrub(value.cause, secrets, depth + 1);
    const [message, name, stack] = [value.message, value.name, value.stack ?? ''].map(hide) as [string, string, string];
    if (message === value.message && name === value.name && stack === (value.stack ?? '') && cause === value.cause) {
      return value;
    }
    const copy = new Error(message, { cause });
    return Object.assign(copy, { name, stack });
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? '';
  } catch {
    text = String(value);
  }
  return secrets.some((secret) => text.includes(secret)) ? REDACTED : value;
}

/** The error with no secret in any field or cause (its stack rebuilt from the clean message). */
export const redact = (error: EsimApiError, secrets: readonly string[]): EsimApiError =>
  secrets.length
    ? new EsimApiError({
        ...error,
        message: scrub(error.message, secrets) as string,
        code: scrub(error.code, secrets) as string,
        serverName: scrub(error.serverName, secrets) as string | undefined,
        issues: error.issues.map((issue) => scrub(issue, secrets) as string),
        cause: scrub(error.cause, secrets),
      })
    : error;

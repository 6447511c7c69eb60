// Keeps the credential out of every error the client throws. Servers echo what they rejected
// ("Invalid token: Bearer …") and fetch implementations put header values in their messages; errors then
// reach consoles, loggers and error trackers. Cut are the forms the client knows: the token it sent and the
// `Authorization` of `headers`. A token function that throws before returning one passes its own error on
// as the cause: a secret the client was never given cannot be recognised in it.
import { EsimApiError, type EsimApiErrorInit } from './errors.js';
import { trimmed } from './schemas.js';

const REDACTED = '[redacted]';

/**
 * A JSON.stringify replacer that writes out what a log or an error tracker shows of a value: an Error's
 * name, message, stack and cause beside its own fields, the entries of a Headers or Map (anything iterable
 * with `get`), the `headers` a Request or Response keeps behind a getter. An object met a second time (a
 * loop) is written REDACTED.
 */
const shown = (seen: WeakSet<object>) => (_key: string, value: unknown) => {
  if (!(value instanceof Object) || Array.isArray(value)) return value;
  if (seen.has(value)) return REDACTED;
  seen.add(value);
  const object = value as Partial<Error> & { get?: unknown; headers?: unknown };
  // What an object lacks reads undefined, which JSON leaves out.
  return Symbol.iterator in object && typeof object.get == 'function'
    ? Object.fromEntries(object as Iterable<[PropertyKey, unknown]>)
    : { ...object, name: object.name, message: object.message, stack: object.stack, cause: object.cause, headers: object.headers };
};

/**
 * The error with no secret in any field, cause, or field of a cause at any depth; the error itself when it
 * shows none. Otherwise a copy: what the error shows (see `shown`) as plain data with the secrets cut from
 * every string, each Error in it rebuilt as an Error (same name, message, stack and fields), its own stack
 * rebuilt from the clean message. The partner's objects are never changed.
 *
 * The secrets are every form the credential may take in text: `token` (the one sent), the `Authorization`
 * of `headers` (given any way fetch accepts: record, array or Headers, any casing) and its credentials
 * without the scheme.
 */
export function redact(error: EsimApiError, token: unknown, headers: HeadersInit | undefined): EsimApiError {
  let header = '';
  // Arrays and Headers (from any realm or polyfill) iterate as pairs; a record does not.
  for (const [name, value] of headers && Symbol.iterator in headers ? (headers as Iterable<string[]>) : Object.entries(headers ?? {})) {
    if (/^authorization$/i.test(name!)) header ||= value!.trim();
  }
  // Trimmed, as fetch sends a header value (a token read from a file keeps its line break): the server echoes
  // the token without it. Longest first, so a part (the bare token) never leaves the rest of a longer form
  // (`Bearer …`) behind.
  const secrets = [trimmed(token), header, header.replace(/^\S+\s+/, '')]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const hide = (text: string) => secrets.reduce((result, secret) => result.replaceAll(secret, REDACTED), text);
  let changed = false;
  let copy: EsimApiErrorInit;
  try {
    copy = JSON.parse(JSON.stringify(error, shown(new WeakSet())), (_key, value: unknown) => {
      if (typeof value == 'string') {
        const clean = hide(value);
        changed ||= clean !== value;
        return clean;
      }
      return (value as Error | null)?.stack ? Object.assign(new Error(), value) : value;
    });
  } catch {
    // A cause JSON cannot write (a BigInt, a getter or toJSON that throws) is left out, when there is a
    // secret to keep out of it.
    return secrets[0] ? redact(new EsimApiError({ ...error, message: error.message, cause: REDACTED }), token, headers) : error;
  }
  return changed ? new EsimApiError(copy) : error;
}

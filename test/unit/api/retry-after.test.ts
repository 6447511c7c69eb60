// Retry-After as RFC 9110 §10.2.3 has it: delay-seconds (digits only) or an HTTP-date (the IMF-fixdate;
// the obsolete forms are not read, see retryAfterMs); anything else is no instruction at all, never
// "retry now".
import { retryAfterMs } from '../../../src/api/response.js';

const NOW = Date.parse('2026-10-21T07:27:00Z');

describe('retryAfterMs', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    ['007', 7_000],
  ])('delay-seconds %j → %s ms', (value, expected) => {
    expect(retryAfterMs(value, NOW)).toBe(expected);
  });

  it('an IMF-fixdate → the time left until it', () => {
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT', NOW)).toBe(60_000);
  });

  it.each([
    ['RFC 850', 'Wednesday, 21-Oct-26 07:28:00 GMT'],
    ['asctime', 'Wed Oct 21 07:28:00 2026'],
  ])('the obsolete %s form is not read: no delay, so the hooks keep their own backoff', (_, value) => {
    expect(retryAfterMs(value, NOW)).toBeUndefined();
  });

  it('a date already passed means now', () => {
    expect(retryAfterMs('Wed, 21 Oct 2026 07:00:00 GMT', NOW)).toBe(0);
  });

  it.each([
    null,
    '',
    '7, 7',
    '10 11',
    '1.5',
    '-1',
    '+7',
    '1e3',
    '0x10',
    'soon',
    '7 seconds',
    'Infinity',
    '2026-10-21T07:28:00Z',
    'Wed, 21 Oct 2026 07:28:00 UTC',
    'Wed, 21 Oct 2026 07:28:00',
    'Wed, 21 Oct 2026',
    'Thu, 21 Oct 2026 07:28:00 GMT',
    'Wed, 32 Oct 2026 07:28:00 GMT',
    'Wed, 21 Oct 2026 24:28:00 GMT',
    'wed, 21 oct 2026 07:28:00 gmt',
    'Wed,  21 Oct 2026 07:28:00 GMT',
    'Wed, 21 Oct 2026 07:28:00 GMT, 7',
    'Wednesday, 21-Oct-2026 07:28:00 GMT',
    'Wed Oct 21 07:28:00 2026 GMT',
    'Wed,  1 Oct 2026 07:28:00 GMT',
    // What an invalid Date writes back: equal to itself, and still no date.
    'Invalid Date',
  ])('%j is no delay at all (undefined), not "retry now"', (value) => {
    expect(retryAfterMs(value, NOW)).toBeUndefined();
  });
});

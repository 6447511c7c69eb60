// Retry-After as RFC 9110 §10.2.3 has it: delay-seconds (digits only) or an HTTP-date, which a recipient
// must read in any of the three forms of §5.6.7; anything else is no instruction at all, never "retry now".
import { httpDate, retryAfterMs } from '../../../src/api/response.js';

const NOW = Date.parse('2026-10-21T07:27:00Z');

/** Neither a date nor digits, whatever its form: what both functions must refuse. */
const GARBAGE = [
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
  'null',
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
  // The obsolete forms are read as strictly as the current one: names, weekday, day, separators.
  'Wed, 21-Oct-26 07:28:00 GMT',
  'Wedday, 21-Oct-26 07:28:00 GMT',
  'Wednesdayday, 21-Oct-26 07:28:00 GMT',
  'wednesday, 21-Oct-26 07:28:00 GMT',
  'Thursday, 21-Oct-26 07:28:00 GMT',
  // 1977 and 2076 as the 50-year rule has them, with the weekday of 2077 and of 1976.
  'Thursday, 21-Oct-77 07:28:00 GMT',
  'Thursday, 21-Oct-76 07:28:00 GMT',
  'Wednesday, 21-Oct-26 07:28:00 UTC',
  'Wednesday, 21-Oct-26 07:28:00',
  'Wednesday, 21 Oct 26 07:28:00 GMT',
  'Wednesday, 1-Oct-26 07:28:00 GMT',
  'Wednesday, 31-Sep-26 07:28:00 GMT',
  'Wednesday, 21-Oct-26 7:28:00 GMT',
  'Wednesday, 21-Oct-026 07:28:00 GMT',
  'Wednesday, 21-October-26 07:28:00 GMT',
  'Wed Oct 21 07:28:00 26',
  'Wed Oct 21 07:28 2026',
  'Wed Oct 21 7:28:00 2026',
  'Wed Oct 1 07:28:00 2026',
  'Wed Oct   1 07:28:00 2026',
  'Thu Oct 21 07:28:00 2026',
  'Wed, Oct 21 07:28:00 2026',
  'Wed Oct 21 24:28:00 2026',
  'Wed Oct 32 07:28:00 2026',
  'wed oct 21 07:28:00 2026',
  'Wednesday Oct 21 07:28:00 2026',
  'Wed October 21 07:28:00 2026',
  // What an invalid Date writes back: equal to itself, and still no date.
  'Invalid Date',
];

describe('httpDate', () => {
  it.each([
    ['Sun, 06 Nov 1994 08:49:37 GMT', '1994-11-06T08:49:37Z'],
    ['Sunday, 06-Nov-94 08:49:37 GMT', '1994-11-06T08:49:37Z'],
    ['Sun Nov  6 08:49:37 1994', '1994-11-06T08:49:37Z'],
    ['Sun Nov 06 08:49:37 1994', '1994-11-06T08:49:37Z'],
    ['Thu Oct  1 07:28:00 2026', '2026-10-01T07:28:00Z'],
    ['Wed Oct 21 07:28:00 2026', '2026-10-21T07:28:00Z'],
    ['Tue, 29 Feb 2028 00:00:00 GMT', '2028-02-29T00:00:00Z'],
    ['Tuesday, 29-Feb-28 00:00:00 GMT', '2028-02-29T00:00:00Z'],
    // RFC 9110 §5.6.7: a two-digit year more than 50 years ahead (of 2026 here) is in the century before.
    ['Monday, 21-Oct-75 07:28:00 GMT', '2075-10-21T07:28:00Z'],
    ['Wednesday, 21-Oct-76 07:28:00 GMT', '2076-10-21T07:28:00Z'],
    ['Friday, 21-Oct-77 07:28:00 GMT', '1977-10-21T07:28:00Z'],
    ['Thursday, 21-Oct-99 07:28:00 GMT', '1999-10-21T07:28:00Z'],
    ['Saturday, 21-Oct-00 07:28:00 GMT', '2000-10-21T07:28:00Z'],
    ['Friday, 21-Oct-11 07:28:00 GMT', '2011-10-21T07:28:00Z'],
    ['Wednesday, 21-Oct-26 07:28:00 GMT', '2026-10-21T07:28:00Z'],
  ])('%j is %s', (value, iso) => {
    expect(httpDate(value, NOW)).toBe(Date.parse(iso));
  });

  it('reads a two-digit year against the given now, not against the year it was written', () => {
    expect(httpDate('Wednesday, 21-Oct-99 07:28:00 GMT', Date.parse('2060-01-01T00:00:00Z'))).toBe(Date.parse('2099-10-21T07:28:00Z'));
    expect(httpDate('Thursday, 21-Oct-77 07:28:00 GMT', Date.parse('2027-01-01T00:00:00Z'))).toBe(Date.parse('2077-10-21T07:28:00Z'));
  });

  it.each(['120', '0', ...GARBAGE])('%j is no date (NaN)', (value) => {
    expect(httpDate(value, NOW)).toBeNaN();
  });
});

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

  it.each([null, ...GARBAGE])('%j is no delay at all (undefined), not "retry now"', (value) => {
    expect(retryAfterMs(value, NOW)).toBeUndefined();
  });
});

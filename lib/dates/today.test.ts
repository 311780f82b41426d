import { describe, expect, it } from 'vitest';
import { localToday } from './today';

describe('localToday', () => {
  it.each([
    // [what, instant (UTC), offset east of UTC in minutes, expected local day]
    ['04:59 in Almaty is already the next day there, while UTC is still on the previous one', '2026-12-02T23:59:00Z', 300, '2026-12-03'],
    ['05:00 in Almaty: UTC has caught up', '2026-12-03T00:00:00Z', 300, '2026-12-03'],
    ['23:30 in New York is still the previous day although UTC has moved on', '2026-12-04T04:30:00Z', -300, '2026-12-03'],
    ['a New Year crossing moves the year too', '2026-12-31T19:30:00Z', 300, '2027-01-01'],
    ['UTC itself gives the UTC day', '2026-12-03T10:09:00Z', 0, '2026-12-03'],
  ])('%s', (_what, instant, offset, expected) => {
    expect(localToday(new Date(instant), offset), 'today is the local calendar day, not the UTC day').toBe(expected);
  });

  it('uses the runtime time zone by default (TZ=Asia/Almaty, 04:59 local)', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Almaty';
    try {
      const at = new Date('2026-12-02T23:59:00Z');
      // Node re-reads TZ when it is assigned (vitest runs tests in forked processes here).
      expect(at.getTimezoneOffset(), 'precondition: the runtime honours TZ=Asia/Almaty (UTC+5)').toBe(-300);
      expect(localToday(at), 'at 04:59 in Almaty the default is the Almaty date').toBe('2026-12-03');
      expect(new Date('2026-12-02T23:59:00Z').toISOString().slice(0, 10), 'the old UTC way gave yesterday (the bug this fixes)').toBe('2026-12-02');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

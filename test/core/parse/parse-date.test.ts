import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/parse/parse-date';

// 2024-05-01 is day 19844 since 1970-01-01 (54 years: 19723 days to 2024-01-01, + 121 to May 1st).
const MAY_1 = 19844;

describe('parseDate', () => {
  it.each([
    ['2024-05-01', 'mdy', { day: MAY_1, time: -1 }],
    ['2024-05-01T10:00:00Z', 'mdy', { day: MAY_1, time: 36000 }],
    ['2024-05-01 10:00:00 +0000', 'mdy', { day: MAY_1, time: 36000 }],
    // The offset is not applied: the day stays as written even when UTC would be the day before.
    ['2024-05-01 01:30:00 +0800', 'mdy', { day: MAY_1, time: 5400 }],
    ['2024-05-01T23:59:59.123-07:00', 'mdy', { day: MAY_1, time: 86399 }],
    ['2024/5/1', 'mdy', { day: MAY_1, time: -1 }],
    ['2024/5/1 9:05', 'mdy', { day: MAY_1, time: 32700 }],
    ['5/1/2024', 'mdy', { day: MAY_1, time: -1 }],
    ['1/5/2024', 'dmy', { day: MAY_1, time: -1 }],
    ['05/01/2024 3:15 PM', 'mdy', { day: MAY_1, time: 54900 }],
    ['5/1/24', 'mdy', { day: MAY_1, time: -1 }],
    ['1.5.2024', 'mdy', { day: MAY_1, time: -1 }],
    ['20240501', 'mdy', { day: MAY_1, time: -1 }],
    ['2024年5月1日', 'mdy', { day: MAY_1, time: -1 }],
    ['2024年5月1日 10:00', 'mdy', { day: MAY_1, time: 36000 }],
    ['2024年05月01日10:30:15', 'mdy', { day: MAY_1, time: 37815 }],
    ['  2024-05-01  ', 'mdy', { day: MAY_1, time: -1 }],
    ['1970-01-01', 'mdy', { day: 0, time: -1 }],
    ['1969-12-31', 'mdy', { day: -1, time: -1 }],
    ['2024-02-29', 'mdy', { day: 19782, time: -1 }],
    ['1-May-24', 'mdy', { day: MAY_1, time: -1 }],
    ['01-MAY-2024', 'dmy', { day: MAY_1, time: -1 }],
    ['1 May 2024 10:00', 'mdy', { day: MAY_1, time: 36000 }],
    ['May 1, 2024', 'dmy', { day: MAY_1, time: -1 }],
    ['Wed, May 1, 2024 3:04 PM', 'mdy', { day: MAY_1, time: 54240 }],
    ['Sept 30 2024', 'mdy', { day: MAY_1 + 152, time: -1 }],
    ['2024/5/1 下午3:04', 'mdy', { day: MAY_1, time: 54240 }],
    ['2024-05-01 上午 12:30:00', 'mdy', { day: MAY_1, time: 1800 }],
    ['5/1/2024 3:04 p.m.', 'mdy', { day: MAY_1, time: 54240 }],
    // Excel serial days: 45413 is 2024-05-01, and the fraction is the time of day.
    ['45413', 'mdy', { day: MAY_1, time: -1 }],
    ['45413.75', 'mdy', { day: MAY_1, time: 64800 }],
    ['45123', 'mdy', { day: 19554, time: -1 }],
    ['2024-05-01 10:00:00 CST', 'mdy', { day: MAY_1, time: 36000 }],
    ['２０２４年５月１日 １０：００', 'mdy', { day: MAY_1, time: 36000 }],
    ['2024-05-01 10:00 GMT+8', 'mdy', { day: MAY_1, time: 36000 }],
    ['2024-05-01 10:00:00 UTC+08:00', 'mdy', { day: MAY_1, time: 36000 }],
  ] as const)('%s (%s)', (text, order, expected) => {
    expect(parseDate(text, order)).toEqual(expected);
  });

  it.each([
    '2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '13/13/2024', '2024-05-01 25:00', '2024-05-01 10:60',
    '2024年2月30日', '20241301', 'May 1st', '', 'n/a', '2024-5', '12345', '99999', 'Foo 1, 2024',
    '1-Mayo-24', '31-Apr-2024', '2024/5/1 下午3:04 PM', '2024/5/1 下午13:00',
  ])('rejects %j', (text) => {
    expect(parseDate(text, 'mdy')).toBeNull();
  });
});

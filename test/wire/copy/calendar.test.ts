import { describe, expect, it } from 'vitest';
import { findStamp, monthOf } from '../../../lambdas/wire/copy/index.ts';

describe('Module: copy/calendar', () => {
  it.each([
    ['03 Mar 2025 14:05 GMT', '2025-03-03T14:05:00 GMT'],
    ['March 6, 2025 / 2:17 PM', '2025-03-06T14:17:00'],
    ['12.01.2026 07:45', '2026-01-12T07:45:00'],
    ['4.12.2025 klo 10.15', '2025-12-04T10:15:00'],
    ['2026/02/18-17:25', '2026-02-18T17:25:00'],
    ['01-LUG-25 14:32 NNNN', '2025-07-01T14:32:00'],
    ['SPERRFRIST Donnerstag, 12. März 2026, 11.00 Uhr', '2026-03-12T11:00:00'],
    ['EMBARGOED UNTIL 0001 GMT Friday March 7', '--03-07T00:01:00 GMT'],
    ['EMBARGOED UNTIL 20:00 GST (16:00 GMT) ON FRIDAY, 3RD APRIL 2026', '2026-04-03T16:00:00 GMT'],
    ['EMBARGOED TO 0001 TUESDAY MARCH 11', '--03-11T00:01:00'],
    ["EMBARGO JUSQU'AU JEUDI 12/03/2026 À 00H01", '2026-03-12T00:01:00'],
    ['Embargoed until 12:01 a.m. EDT, Oct. 3, 2024', '2024-10-03T00:01:00 EDT'],
    ['Posted on Wednesday, October 23, 2024 | 7:34 in the morning', '2024-10-23T07:34:00'],
    ['12 marca 2025 r., godz. 14:30', '2025-03-12T14:30:00'],
    ['2024-10-23T07:34:00-04:00', '2024-10-23T07:34:00-04:00'],
    ['EMBARGO: Not to be published before 3 pm (Dhaka time) on Tuesday, April 22, 2025.', '2025-04-22T15:00:00'],
    ['Miércoles, 5 de marzo de 2025 - 16:20', '2025-03-05T16:20:00'],
    ['EMBARGOED UNTIL 17:05:30 GMT Dec 2, 2026', '2026-12-02T17:05:30 GMT'],
    ['Published: 24 March 2025 14:05 (GMT+5)', '2025-03-24T14:05:00+05:00'],
    ['14 April 2025 09:30 UTC+5:30', '2025-04-14T09:30:00+05:30'],
    ['2 May 2025 18:00 GMT-3', '2025-05-02T18:00:00-03:00'],
    ['KY-EN-11-13-25 1532<', '2025-11-13T15:32:00'],
    ['AP-WF-05-21-25 0347GMT', '2025-05-21T03:47:00 GMT'],
    ['291422 GMT APR 25', '2025-04-29T14:22:00 GMT'],
    ['140915 NOV 25', '2025-11-14T09:15:00'],
    ['Tue, 18 Nov 2025 14:02:00 -0500', '2025-11-18T14:02:00-05:00'],
    // (an offset no clock has is no offset: the e-mail Date a property test made)
    ['Tue, 18 Nov 2025 14:02:00 -2500', '2025-11-18T14:02:00'],
    ['18 Nov 2025 14:02 GMT+5:75', '2025-11-18T14:02:00+05:00'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(findStamp(text)?.iso).toBe(iso);
  });

  it('reads an all-numeric date in the order the agency prints it', () => {
    expect(findStamp('03/11/2025 10:00', 'dmy')?.iso).toBe('2025-11-03T10:00:00');
    expect(findStamp('03/11/2025 10:00', 'mdy')?.iso).toBe('2025-03-11T10:00:00');
  });

  it('says a date without a time is no time', () => {
    expect(findStamp('This report was first published Nov. 18, 2025.')).toMatchObject({ iso: '2025-11-18', hasTime: false });
  });

  it.each([['LUG', 7], ['ene', 1], ['Mär', 3], ['juil.', 7], ['listopadu', 11], ['Sept', 9], ['maaliskuuta', 3]])('knows the month %s', (word, month) => {
    expect(monthOf(word as string)).toBe(month);
  });
});

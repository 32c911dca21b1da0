import { describe, expect, it } from 'vitest';
import { wireTime } from '../../lambdas/extract/dates.ts';

const NY = 'America/New_York';

describe('Function: wireTime', () => {
  it('reads the seed posted line as wall-clock time with the filing zone offset', () => {
    // Act & Assess
    expect(wireTime('Posted on Wednesday, October 23, 2024 | 7:34 in the morning', NY)).toBe('2024-10-23T07:34:00-04:00');
  });

  it.each([
    ['Posted on Thursday, March 6, 2025 | 4:12 in the afternoon', '2025-03-06T16:12:00-05:00'],
    ['Posted on Friday, November 8, 2024 | 8:05 in the evening', '2024-11-08T20:05:00-05:00'],
    ['Posted on Sunday, March 9, 2025 | 9:47 at night', '2025-03-09T21:47:00-04:00'],
    ['Posted on Sunday, March 9, 2025 | 12:15 at night', '2025-03-09T00:15:00-05:00'],
    ['Posted on Monday, June 2, 2025 | 12:05 in the afternoon', '2025-06-02T12:05:00-04:00'],
    ['Oct. 23, 2024 7:34 p.m.', '2024-10-23T19:34:00-04:00'],
    ['Sept. 5, 2024, 12:30 AM', '2024-09-05T00:30:00-04:00'],
    ['23 October 2024 19:34', '2024-10-23T19:34:00-04:00'],
    ['2024-10-23 07:34', '2024-10-23T07:34:00-04:00'],
  ])('reads %s', (raw, iso) => {
    // Act & Assess
    expect(wireTime(raw, NY)).toBe(iso);
  });

  it('prefers an offset the text states over the filing zone', () => {
    // Act & Assess
    expect(wireTime('Updated Oct. 14, 2024 11:05 a.m. EDT', 'Asia/Seoul')).toBe('2024-10-14T11:05:00-04:00');
    expect(wireTime('Oct 14, 2024 11:05 GMT', NY)).toBe('2024-10-14T11:05:00+00:00');
  });

  it('reads an offset no clock has (`-25:00`) as no offset, in the filing zone', () => {
    // Act & Assess
    expect(wireTime('2025-11-18T14:02:00-25:00', NY)).toBe('2025-11-18T14:02:00-05:00');
    expect(wireTime('2025-11-18T14:02:00+05:75', NY)).toBe('2025-11-18T14:02:00-05:00');
    expect(wireTime('18 Nov 2025 14:02:00 -2500', NY)).toBe('2025-11-18T14:02:00-05:00');
  });

  it('takes a named zone abbreviation (ET) with the offset of that date', () => {
    // Act & Assess
    expect(wireTime('Jan. 15, 2025 5:48 p.m. ET', 'Asia/Tokyo')).toBe('2025-01-15T17:48:00-05:00');
    expect(wireTime('July 15, 2025 5:48 p.m. ET', 'Asia/Tokyo')).toBe('2025-07-15T17:48:00-04:00');
  });

  it.each([
    ['2024-10-23T07:34:00-04:00', '2024-10-23T07:34:00-04:00'],
    ['2024-10-23T07:34:00.123Z', '2024-10-23T07:34:00+00:00'],
    ['20140829T134951+0000', '2014-08-29T13:49:51+00:00'],
    ['2014-08-29T13:49:51+0530', '2014-08-29T13:49:51+05:30'],
    ['2014-08-29T13:49:51', '2014-08-29T13:49:51-04:00'],
  ])('reads ISO 8601 %s', (raw, iso) => {
    // Act & Assess
    expect(wireTime(raw, NY)).toBe(iso);
  });

  it('takes a time without offset or filing zone as UTC', () => {
    // Act & Assess
    expect(wireTime('October 23, 2024 7:34', null)).toBe('2024-10-23T07:34:00+00:00');
  });

  it.each([
    ['no year', 'Posted on Wednesday, October 23 | 7:34 in the morning'],
    ['no time', 'Posted on Wednesday, October 23, 2024'],
    ['an impossible day', 'February 30, 2024 7:34'],
    ['an impossible hour', 'October 23, 2024 27:34'],
    ['13 p.m.', 'October 23, 2024 13:34 p.m.'],
    ['no time at all', 'Posted on a sunny day'],
  ])('gives null for %s', (_why, raw) => {
    // Act & Assess
    expect(wireTime(raw, NY)).toBeNull();
  });

  it('gives null for null', () => {
    // Act & Assess
    expect(wireTime(null, NY)).toBeNull();
  });
});

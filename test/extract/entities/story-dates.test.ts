import { describe, expect, it } from 'vitest';
import { printedWeekdayTime, resolveStoryDay } from '../../../lambdas/extract/entities/story-dates.ts';
import { wireTime } from '../../../lambdas/extract/dates.ts';

describe('Function: resolveStoryDay', () => {
  it.each([
    ['on Tuesday', '2024-10-23', '2024-10-22'], // a Wednesday story
    ['said Wednesday', '2024-10-23', '2024-10-23'],
    ['on Thursday', '2024-10-23', '2024-10-17'],
    ['yesterday', '2024-03-01', '2024-02-29'],
  ])('resolves "%s" in a story of %s to %s', (text, story, day) => {
    expect(resolveStoryDay(text, story)).toBe(day);
  });

  it('gives null without a day word or a story date', () => {
    expect(resolveStoryDay('last week', '2024-10-23')).toBeNull();
    expect(resolveStoryDay('on Tuesday', null)).toBeNull();
  });
});

describe('Function: printedWeekdayTime', () => {
  it('dates a weekday-and-time line against the story date, ready for wireTime', () => {
    // Act
    const printed = printedWeekdayTime('Posted on Tuesday | 7:34 in the morning', '2024-10-23T11:05:00-04:00');

    // Assess
    expect(printed).toBe('2024-10-22 7:34 in the morning');
    expect(wireTime(printed, 'America/New_York')).toBe('2024-10-22T07:34:00-04:00');
  });

  it('leaves a line with a date of its own alone', () => {
    expect(printedWeekdayTime('Posted on Wednesday, October 23, 2024 | 7:34 in the morning', '2024-10-23')).toBeNull();
  });
});

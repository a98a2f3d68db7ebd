import { describe, expect, it } from 'vitest';
import { knowsRelative, parsePartialDate, partialDateOfBounds, resolveRelative, statesDate } from '../../src/seeds/dates.js';

describe('partial dates', () => {
  it('keep their precision and the span of days they can mean', () => {
    expect(parsePartialDate('2018')).toEqual({ value: '2018', precision: 'YEAR', earliest: '2018-01-01', latest: '2018-12-31' });
    expect(parsePartialDate('2018-04')).toMatchObject({ precision: 'MONTH', earliest: '2018-04-01', latest: '2018-04-30' });
    expect(parsePartialDate('2024-02')).toMatchObject({ latest: '2024-02-29' });
    expect(parsePartialDate('2016-05-24')).toMatchObject({ precision: 'DAY', earliest: '2016-05-24', latest: '2016-05-24' });
    expect(parsePartialDate('2023-summer')).toMatchObject({ precision: 'SEASON', earliest: '2023-06-01', latest: '2023-08-31' });
    expect(parsePartialDate('2023-winter')).toMatchObject({ earliest: '2023-12-01', latest: '2024-02-29' });
    expect(parsePartialDate('2019-Q2')).toMatchObject({ precision: 'QUARTER', earliest: '2019-04-01', latest: '2019-06-30' });
  });

  it('refuse what is not a date', () => {
    for (const bad of ['', '18', '2018-13', '2018-02-30', 'April 2018', '2018-fall', '2018-Q5']) {
      expect(parsePartialDate(bad)).toBeNull();
    }
  });
});

describe('ranges', () => {
  it('span from the start of the first date to the end of the second', () => {
    expect(parsePartialDate('2010/2011')).toEqual({ value: '2010/2011', precision: 'RANGE', earliest: '2010-01-01', latest: '2011-12-31' });
    expect(parsePartialDate('2016-05-25/2016-06')).toMatchObject({ earliest: '2016-05-25', latest: '2016-06-30' });
    for (const bad of ['2011/2010', '2018/2018', '2018/', '/2018', '2018/2019/2020', '2016-05-31/2016-05', '2016/2016-03']) expect(parsePartialDate(bad)).toBeNull();
  });

  it('come back from bounds at the coarsest exact precision', () => {
    const of = (earliest: string, latest: string) => partialDateOfBounds({ earliest, latest })?.value;
    expect(of('2019-01-01', '2019-12-31')).toBe('2019');
    expect(of('2019-01-01', '2019-01-31')).toBe('2019-01');
    expect(of('2024-01-01', '2024-03-31')).toBe('2024-Q1');
    expect(of('2023-01-01', '2024-12-31')).toBe('2023/2024');
    expect(of('2024-09-01', '2025-04-30')).toBe('2024-09/2025-04');
    expect(of('2016-04-27', '2016-06-23')).toBe('2016-04-27/2016-06-23');
    expect(of('2016-05-24', '2016-05-24')).toBe('2016-05-24');
  });
});

describe('relative wording', () => {
  const window = (value: string) => parsePartialDate(value)!;
  const resolve = (wording: string, anchor: string, published?: string) => resolveRelative(wording, window(anchor), published ? window(published) : null)?.value;

  it('counts from an anchor in the text, with bounds that match the wording', () => {
    expect(resolve('the following year', '2014')).toBe('2015');
    // "by" is an upper bound: from the anchor to the end of the next year.
    expect(resolve('by the following year', '2010')).toBe('2010/2011');
    expect(resolve('In the following December', '2016-02')).toBe('2016-12');
    expect(resolve('In the following December', '2016-12')).toBe('2017-12');
    // "subsequent" runs from the day after the anchor to the document's publication.
    expect(resolve('In a subsequent interview', '2016-05-24', '2016-05-25/2016-06')).toBe('2016-05-25/2016-06');
    // An anchor after the publication gives no date rather than an empty span.
    expect(resolve('In a subsequent interview', '2016-07-01', '2016-05-25/2016-06')).toBeUndefined();
    expect(resolve('In a subsequent interview', '2016-05-24')).toBeUndefined();
  });

  it('counts from a publication window and keeps its uncertainty', () => {
    expect(resolve('last year', '2019')).toBe('2018');
    expect(resolve('until last year', '2024-08/2025-03')).toBe('2023/2024');
    expect(resolve('in January this year', '2019')).toBe('2019-01');
    expect(resolve('in May last year', '2019')).toBe('2018-05');
    expect(resolve('at the start of this year', '2024-08/2025-03')).toBe('2024-01/2025-03');
    expect(resolve('next month', '2024-08/2025-03')).toBe('2024-09/2025-04');
    expect(resolve('In a statement last month', '2024-08/2025-03')).toBe('2024-07/2025-02');
    expect(resolve('published last week', '2019-06-10')).toBe('2019-05-28/2019-06-09');
    expect(resolve('a couple of weeks ago', '2016-05-25/2016-06')).toBe('2016-04-27/2016-06-23');
    expect(resolve('currently', '2019')).toBe('2019');
  });

  it('knows which wordings it can resolve', () => {
    expect(knowsRelative('only last year')).toBe(true);
    expect(knowsRelative('during which time')).toBe(false);
    // Qualifiers change the meaning: no rule guesses.
    for (const wording of ['earlier this year', 'later this year', 'in the last year', 'by the end of the following year', 'the now-defunct trust', 'since last year']) {
      expect(knowsRelative(wording), wording).toBe(false);
    }
    expect(resolve('at the start of this year', '2019-02-10')).toBe('2019-01/2019-02-10');
    expect(resolve('during which time', '2019')).toBeUndefined();
  });
});

describe('stated dates', () => {
  const states = (text: string, value: string) => statesDate(text, parsePartialDate(value)!);
  it('are found in the words at their precision', () => {
    expect(states('Ofsted had said in 2010 that services were performing well', '2010')).toBe(true);
    expect(states('On Channel 4 News on 24/5/16, a Birmingham Labour MP', '2016-05-24')).toBe(true);
    expect(states('as Hampshire did in relation to the Isle of Wight from 2013-24', '2024')).toBe(true);
    expect(states('from summer 2023 to August 2024', '2023-summer')).toBe(true);
    expect(states('having only been launched in April 2018', '2018-04')).toBe(true);
    expect(states('From 2014-20, trusts or companies took responsibility', '2014/2020')).toBe(true);
  });
  it('are not found where the words only count from another date', () => {
    expect(states('Ofsted had said in 2010 that services were performing well but by the following year', '2011')).toBe(false);
    expect(states('In the following December following a positive monitoring visit by Ofsted', '2016-12')).toBe(false);
    expect(states('In February 2016, the government allowed', '2016-12')).toBe(false);
    expect(states('an inadequate rating following the last inspection in May last year', '2018-05')).toBe(false);
    // A number is not a day, a name is not a month, a quarter is the stated one.
    expect(states('On Channel 4 News on 24/5/16', '2016-05-05')).toBe(false);
    expect(states('Theresa May and new education secretary Justine Greening, 2016', '2016-05')).toBe(false);
    expect(states('in the second quarter of 2019', '2019-Q3')).toBe(false);
    expect(states('in the second quarter of 2019', '2019-Q2')).toBe(true);
    expect(states('summer 2023 to August 2024', '2024-summer')).toBe(false);
  });
});

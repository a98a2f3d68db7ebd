import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/seeds/dates.js';

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

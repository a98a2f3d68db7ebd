import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, propertyEntries } from '../../src/model/model.js';
import { RECORD } from '../../src/model/records.js';
import { decodeStored, encodeStored, RecordsError, storedKinds } from '../../src/seeds/records-file.js';

describe('records.json values', () => {
  it('give back each stored type exactly: integers, days, datetimes with their offset or zone, JSON texts', () => {
    const cases: [Parameters<typeof encodeStored>[0], unknown][] = [
      ['integer', neo4j.int(7)],
      ['day', new neo4j.types.Date(2018, 4, 1)],
      ['datetime', new neo4j.types.DateTime(2026, 12, 3, 8, 9, 27, 123_456_789, 0)],
      ['datetime', new neo4j.types.DateTime(2026, 6, 3, 8, 9, 27, 0, 3600)],
      ['datetime', new neo4j.types.DateTime(2026, 6, 3, 8, 9, 27, 5_000_000, -19_800)],
      ['datetime', new neo4j.types.DateTime(2026, 6, 3, 8, 9, 27, 0, 3600, 'Europe/London')],
      ['jsonText', JSON.stringify([{ nodeId: 'person:x', property: 'name', before: '"A"', after: '"B"' }])],
      ['strings', ['a', 'b']],
      ['float', 1.5],
      ['boolean', false],
      ['string', 'text'],
    ];
    for (const [kind, value] of cases) {
      const encoded = encodeStored(kind, value);
      expect(encoded, `${kind} ${String(value)}`).toBeDefined();
      const decoded = decodeStored(kind, JSON.parse(JSON.stringify(encoded)), 'here');
      expect(encodeStored(kind, decoded)).toEqual(encoded);
      if (kind === 'datetime' || kind === 'day') expect(String(decoded)).toBe(String(value));
    }
  });

  it('refuse a value that is not of its declared kind, both ways', () => {
    expect(encodeStored('integer', 7)).toBeUndefined();
    expect(encodeStored('datetime', '2026-12-03T08:09:27Z')).toBeUndefined();
    expect(encodeStored('string', 3)).toBeUndefined();
    // A JSON text is written as its JSON only when that gives back the very same text.
    expect(encodeStored('jsonText', '{ "a": 1 }')).toBeUndefined();
    expect(() => decodeStored('integer', 'three', 'nodes.x.version')).toThrow(RecordsError);
    expect(() => decodeStored('integer', 1.5, 'nodes.x.version')).toThrow(/nodes.x.version: 1.5 is not of kind integer/);
    expect(() => decodeStored('datetime', '2026-12-03', 'changes[0].at')).toThrow(RecordsError);
  });

  it('type every property the model declares, every date part and every bookkeeping property, for every label', () => {
    for (const label of NODE_LABELS) {
      const kinds = storedKinds(label);
      for (const [key, p] of propertyEntries(label)) {
        if (p.kind === 'date') expect(kinds.get(`${key}Earliest`)).toBe('day');
        else expect(kinds.has(key), `${label}.${key}`).toBe(true);
      }
      for (const key of Object.values(RECORD)) expect(kinds.has(key)).toBe(true);
      expect(kinds.get(RECORD.version)).toBe('integer');
      expect(kinds.get(RECORD.retractedAt)).toBe('datetime');
    }
  });
});

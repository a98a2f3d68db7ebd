import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { kindSummary } from '../../bench/lib/loadtest.js';
import { summariseKind } from '../../bench/lib/slices.js';
import {
  documentId,
  documentInput,
  documentText,
  mixKind,
  MIX_WRITE_EVERY,
  tenureInput,
  tenureNgqlUpdate,
  tenureWrite,
  writeSource,
  type TenureTarget,
  type WriteContext,
} from '../../bench/writes.js';
import { slugOf } from '../../src/modules/write/write.input.js';

const target = (i: number): TenureTarget => ({
  id: `tenure:bench-${i}`,
  role: 'Chief Executive',
  roleKind: 'CHIEF_EXECUTIVE',
  start: '2018-04',
  end: null,
  current: true,
  person: `person:bench-${i}`,
  organisation: 'council:bench-1',
  personName: `Person ${i}`,
  organisationName: 'Bench Council',
  evidence: [{ doc: 'doc:bench-1', quote: `Person ${i} was appointed Chief Executive` }],
});

describe('the write benchmark workload', () => {
  it('changes every tenure it upserts: qualified on one pass over the targets, as generated on the next', () => {
    const targets = [target(0), target(1), target(2)];
    const roles = Array.from({ length: 9 }, (_, n) => tenureWrite(targets, n));
    expect(roles.map((r) => r.target.id)).toEqual(['tenure:bench-0', 'tenure:bench-1', 'tenure:bench-2', 'tenure:bench-0', 'tenure:bench-1', 'tenure:bench-2', 'tenure:bench-0', 'tenure:bench-1', 'tenure:bench-2']);
    expect(roles.slice(0, 3).every((r) => r.role === 'Chief Executive (interim)')).toBe(true);
    expect(roles.slice(3, 6).every((r) => r.role === 'Chief Executive')).toBe(true);
    // Each write of a tenure differs from the one before it.
    for (let n = 3; n < roles.length; n += 1) expect(roles[n]!.role).not.toBe(roles[n - 3]!.role);
  });

  it('sends the API the whole entry in the seed format, and @neo4j/graphql every property with the caption and date bounds', () => {
    const t = target(7);
    expect(tenureInput(t, 'Chief Executive (interim)')).toEqual({
      id: 'tenure:bench-7',
      role: 'Chief Executive (interim)',
      roleKind: 'CHIEF_EXECUTIVE',
      start: { date: '2018-04' },
      current: true,
      person: 'person:bench-7',
      organisation: 'council:bench-1',
      evidence: t.evidence,
    });
    const update = tenureNgqlUpdate(t, 'Chief Executive (interim)');
    expect(update.name).toEqual({ set: 'Person 7: Chief Executive (interim), Bench Council' });
    expect(update.startEarliest).toEqual({ set: '2018-04-01' });
    expect(update.startLatest).toEqual({ set: '2018-04-30' });
    expect(update.end).toEqual({ set: null });
  });

  it('makes document texts of exactly 5,000 characters, unique per tag, with the id createDocument gives them', () => {
    const a = documentText('Short prose.', 'run-raw-1');
    const b = documentText('Short prose.', 'run-raw-2');
    expect(a).toHaveLength(5_000);
    expect(b).toHaveLength(5_000);
    expect(a).not.toBe(b);
    expect(documentText('', 'x')).toHaveLength(5_000);
    const input = documentInput('Short prose.', 'run-api-3');
    const hash = createHash('sha256').update(input.text, 'utf8').digest('hex');
    expect(documentId(input.title, input.text)).toBe(`doc:${slugOf(input.title)}-${hash.slice(0, 8)}`);
  });

  it('mixes one write in ten, W1 and W2 in turn', () => {
    const kinds = Array.from({ length: 100 }, (_, i) => mixKind(i));
    expect(kinds.filter((k) => k !== 'read')).toHaveLength(100 / MIX_WRITE_EVERY);
    expect(kinds.filter((k) => k === 'W1')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'W2')).toHaveLength(5);
    expect(kinds.slice(0, 20)).toEqual([...Array(9).fill('read'), 'W1', ...Array(9).fill('read'), 'W2']);
  });

  it('sends writes with the credential and reads without, and keeps counting across slices', () => {
    const ctx: WriteContext = { impl: 'api', tenures: [target(0), target(1)], documentBase: 'Prose.', runTag: 't', authorization: 'Bearer csg_x' };
    const counters = { tenure: 0, document: 0, read: 0 };
    const reads = ['{"q":1}', '{"q":2}'];
    const first = writeSource(ctx, 'W3', counters, reads);
    const requests = Array.from({ length: 20 }, () => first.next());
    expect(requests.filter((r) => r.kind === 'write')).toHaveLength(2);
    expect(requests.filter((r) => r.kind === 'write').every((r) => r.headers?.authorization === 'Bearer csg_x')).toBe(true);
    expect(requests.filter((r) => r.kind === 'read').every((r) => r.headers === undefined)).toBe(true);
    expect(counters).toEqual({ tenure: 1, document: 1, read: 18 });
    // A later slice continues: the next W1 goes to the second tenure.
    const w1 = JSON.parse(writeSource(ctx, 'W1', counters, reads).next().body) as { variables: { input: { id: string } } };
    expect(w1.variables.input.id).toBe('tenure:bench-1');
    const ngql = writeSource({ ...ctx, impl: 'ngql', authorization: null }, 'W2', counters, reads).next();
    expect(ngql.headers).toBeUndefined();
    expect(JSON.parse(ngql.body).query).toContain('createDocuments');
  });

  it('pools one kind of request over slices: percentiles over every response, rates the median', () => {
    const a = kindSummary([1, 2, 3, 4], 1, 2);
    const b = kindSummary([10, 20], 0, 2);
    expect(a).toMatchObject({ n: 4, p50: 2, rps: 2, non2xx: 1 });
    const pooled = summariseKind([a, undefined, b]);
    expect(pooled).toMatchObject({ n: 3, p50: 3, p99: 20, rps: 1.5, failures: 1, slices: 2 });
  });
});

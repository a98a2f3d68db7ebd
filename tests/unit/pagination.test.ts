import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { pageClauses, type ListSpec } from '../../src/modules/pagination/keyset.js';
import { checkFirst, decodeCursor, encodeCursor, toConnection } from '../../src/modules/pagination/pagination.js';

describe('cursors', () => {
  it('round-trip the keyset values they encode', () => {
    const key = ['Birmingham Children’s Trust', 'trust:birmingham-childrens-trust'];
    expect(decodeCursor(encodeCursor(key), 2)).toEqual(key);
  });

  it('reject anything the API did not issue with BAD_USER_INPUT', () => {
    for (const bad of ['', 'abc', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')]) {
      try {
        decodeCursor(bad, 2);
        expect.unreachable(`accepted ${bad}`);
      } catch (error) {
        expect(error).toBeInstanceOf(GraphQLError);
        expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      }
    }
  });
});

describe('page sizes', () => {
  it('default to 20 and accept 1 to 100', () => {
    expect(checkFirst(undefined)).toBe(20);
    expect(checkFirst(1)).toBe(1);
    expect(checkFirst(100)).toBe(100);
  });

  it('refuse 0, negatives and more than 100', () => {
    for (const bad of [0, -1, 101, 1.5]) expect(() => checkFirst(bad)).toThrow(/between 1 and 100/);
  });
});

describe('connections', () => {
  it('use the extra row only to tell that another page follows', async () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const connection = toConnection(rows, 2, false, (r) => [r.id], async () => 3);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeCursor(connection.pageInfo.endCursor!, 1)).toEqual(['b']);
    expect(await connection.totalCount()).toBe(3);
  });
});

describe('list query texts', () => {
  const spec: ListSpec = {
    name: 'test',
    match: 'MATCH (n:Person)',
    labels: ['Person'],
    where: ['($nameContains IS NULL OR n.name CONTAINS $nameContains)', '($roleKinds IS NULL AND $organisation IS NULL OR EXISTS { MATCH (n)-->() })'],
    sortKeys: { NAME: 'n.name' },
  };
  it('leave out the filters not in use, and the cursor condition without a cursor', () => {
    const { page, count } = pageClauses(spec, 'NAME', 'ASC', { nameContains: null, roleKinds: null, organisation: null }, false);
    expect(page).not.toContain('$nameContains');
    expect(page).not.toContain('EXISTS');
    expect(page).not.toContain('$afterKey');
    expect(page).toContain('n.name IS NOT NULL');
    expect(count).not.toContain('$nameContains');
  });
  it('keep to the nodes reads show, in the page and the count', () => {
    const { page, count } = pageClauses(spec, 'NAME', 'ASC', { nameContains: null, roleKinds: null, organisation: null }, false);
    expect(page).toContain('n.retractedAt IS NULL');
    expect(count).toContain('n.mergedInto IS NULL');
  });
  it('keep a filter when any parameter it names is set', () => {
    const { page } = pageClauses(spec, 'NAME', 'DESC', { nameContains: 'x', roleKinds: null, organisation: 'org:y' }, true);
    expect(page).toContain('$nameContains');
    expect(page).toContain('EXISTS');
    expect(page).toContain('sortKey < $afterKey');
  });
});

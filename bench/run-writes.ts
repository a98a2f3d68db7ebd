import { randomBytes } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { Database } from '../src/neo4j/database.js';
import { createDriver } from '../src/neo4j/driver.js';
import { TokenStore } from '../src/modules/auth/tokens.js';
import type { ServerProcess } from './lib/children.js';
import { measure, type Timed } from './lib/loadtest.js';
import type { CellRatios, CellSummary, Concurrency } from './lib/results.js';
import type { MixSummary, WriteCheck, WriteResults } from './lib/write-results.js';
import { CONCURRENCY } from './lib/results.js';
import { sliceOrder, sliceRatio, summariseKind, summariseSlices } from './lib/slices.js';
import type { BenchInstance } from './instance.js';
import { requestFor, variableSets, type Impl } from './queries.js';
import {
  API_WRITE_OPERATIONS,
  documentInput,
  MIX_READS,
  MIX_WRITE_EVERY,
  mixReadBodies,
  NGQL_WRITE_OPERATIONS,
  tenureInput,
  tenureNgqlUpdate,
  writeSource,
  type TenureTarget,
  type WriteContext,
  type WriteCounters,
  type WriteId,
} from './writes.js';

/**
 * The write benchmark (`npm run bench -- --writes`), on its own instance (.neo4j/bench-<N>-writes,
 * loaded fresh whenever an earlier write run changed it), so that the read benchmark's graph
 * and its reuse marker are never touched. Before measuring: an EDITOR token made as
 * `npm run token -- create` makes it, each implementation's own tenures, and checks that raw's
 * writes leave the graph (node, relationships, Change) as the API's do. Then W1 and W2 at
 * concurrency 1 and 16 and W3 (90/10 mix at 16, beside the same reads alone) in paired slices.
 */

export interface WriteOptions {
  scale: number;
  quick: boolean;
  runs: number;
  slices: number;
  seconds: number;
  warmup: number;
  impls: Impl[];
  cells: WriteId[];
}

type Servers = Partial<Record<Impl, ServerProcess>>;
type Log = (line: string) => void;

interface Response {
  status: number;
  body: { data?: unknown; errors?: unknown } | null;
}

async function post(server: ServerProcess, body: string, headers: Record<string, string> = {}): Promise<Response> {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) as Response['body'] };
  } catch {
    return { status: res.status, body: { errors: text.slice(0, 500) } };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const TARGETS_PER_IMPL = 64;

/** Tenures spread evenly over the graph, each with the whole entry W1 writes back. */
async function tenureTargets(driver: Driver, database: string, count: number): Promise<TenureTarget[]> {
  const ids = await driver.executeQuery(
    `MATCH (t:Tenure) WHERE t.dispute IS NULL AND NOT (t)-[:APPOINTED_BY|CONTRADICTED_BY]->() AND t.startRelative IS NULL AND t.endRelative IS NULL
     RETURN t.id AS id ORDER BY id`,
    {},
    { database, routing: neo4j.routing.READ },
  );
  const all = ids.records.map((r) => String(r.get('id')));
  const step = Math.max(1, Math.floor(all.length / count));
  const picked = Array.from({ length: Math.min(count, all.length) }, (_, i) => all[i * step] as string);
  const { records } = await driver.executeQuery(
    `UNWIND $ids AS id MATCH (p:Person)-[:HELD]->(t:Tenure {id: id})-[:AT]->(o:Organisation)
     RETURN t.id AS id, t.role AS role, t.roleKind AS roleKind, t.start AS start, t.end AS end, t.current AS current,
            p.id AS person, p.name AS personName, o.id AS organisation, o.name AS organisationName,
            [(t)-[e:EVIDENCED_BY]->(d:Document) | {doc: d.id, quote: e.quote}] AS evidence`,
    { ids: picked },
    { database, routing: neo4j.routing.READ },
  );
  return records.map((r) => ({
    id: r.get('id'),
    role: r.get('role'),
    roleKind: r.get('roleKind'),
    start: r.get('start') ?? null,
    end: r.get('end') ?? null,
    current: r.get('current') ?? null,
    person: r.get('person'),
    personName: r.get('personName'),
    organisation: r.get('organisation'),
    organisationName: r.get('organisationName'),
    evidence: (r.get('evidence') as { doc: string; quote: string }[]).sort((a, b) => `${a.doc}|${a.quote}`.localeCompare(`${b.doc}|${b.quote}`)),
  }));
}

/** A node as a write left it, without what differs by nature (times, version, Change ids). */
async function snapshot(driver: Driver, database: string, id: string): Promise<Record<string, unknown>> {
  const { records } = await driver.executeQuery(
    `MATCH (n {id: $id})
     RETURN properties(n) AS props,
            [(n)-[r]-(m) WHERE NOT m:Change | type(r) + (CASE WHEN startNode(r) = n THEN '>' ELSE '<' END) + m.id + '|' + coalesce(r.quote, '')] AS rels,
            COLLECT { MATCH (c:Change)-[:CHANGED]->(n) RETURN properties(c) AS c ORDER BY c.at DESC LIMIT 1 }[0] AS change`,
    { id },
    { database, routing: neo4j.routing.READ },
  );
  const row = records[0];
  if (!row) return { missing: id };
  const props = { ...(row.get('props') as Record<string, unknown>) };
  for (const key of ['version', 'createdAt', 'updatedAt', 'editedAt']) delete props[key];
  const change = row.get('change') as Record<string, unknown> | null;
  const changeProps = change
    ? {
        by: change.by,
        via: change.via,
        operation: change.operation,
        nodeIds: change.nodeIds,
        properties: (JSON.parse(String(change.properties)) as { property: string; before: string; after: string }[]).map((p) => (p.property === 'version' ? { ...p, before: '*', after: '*' } : p)),
        relationships: JSON.parse(String(change.relationships)) as unknown[],
      }
    : null;
  const plain = (v: unknown): unknown => (neo4j.isInt(v) ? v.toNumber() : neo4j.isDate(v) || neo4j.isDateTime(v) ? v.toString() : Array.isArray(v) ? v.map(plain) : v);
  return {
    props: Object.fromEntries(Object.keys(props).sort().map((k) => [k, plain(props[k])])),
    rels: (row.get('rels') as string[]).sort(),
    change: changeProps,
  };
}

function differenceOf(a: unknown, b: unknown, path = ''): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const d = differenceOf((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path || '.'}: api ${JSON.stringify(a)?.slice(0, 200)} vs raw ${JSON.stringify(b)?.slice(0, 200)}`;
}

const errorsOf = (r: Response) => (r.status !== 200 || r.body?.errors ? [{ status: r.status, errors: r.body?.errors ?? r.body }] : []);
const codeOf = (r: Response) => ((r.body?.errors as { extensions?: { code?: string } }[] | undefined)?.[0]?.extensions?.code ?? null);

/**
 * The checks: the same write through raw and the API must leave the same graph. W1 writes the
 * check tenure's qualified role through raw (snapshot) and back, then through the API
 * (snapshot) and back; the snapshots must be equal (properties, relationships, the Change's
 * who, operation, properties and relationships). A quote not in its document must be refused
 * by both. W2: a text raw stored is found by the API's content hash (and the other way), and
 * the two new documents and their Changes are alike.
 */
async function runChecks(servers: Servers, ctx: Record<Impl, WriteContext>, check: TenureTarget, driver: Driver, database: string, log: Log): Promise<WriteResults['checks']> {
  const out: WriteResults['checks'] = {};
  const auth = ctx.api.authorization ? { authorization: ctx.api.authorization } : undefined;
  const w1 = (impl: Impl, role: string, target = check) =>
    impl === 'ngql'
      ? JSON.stringify({ operationName: 'W1', query: NGQL_WRITE_OPERATIONS.W1, variables: { id: target.id, update: tenureNgqlUpdate(target, role) } })
      : JSON.stringify({ operationName: 'W1', query: API_WRITE_OPERATIONS.W1, variables: { input: tenureInput(target, role) } });
  // One retry: a transient failure (a timeout on a busy host) is not a difference.
  const send = async (impl: Impl, body: string) => {
    const first = await post(servers[impl] as ServerProcess, body, impl === 'ngql' ? {} : auth);
    const code = codeOf(first);
    if (first.status === 200 && (!first.body?.errors || code === 'EVIDENCE_NOT_IN_DOCUMENT')) return first;
    log(`check: ${impl} answered ${JSON.stringify(first.body).slice(0, 200)}; once more`);
    return post(servers[impl] as ServerProcess, body, impl === 'ngql' ? {} : auth);
  };
  const interim = `${check.role} (interim)`;

  const c1: WriteCheck = { comparisons: [], errors: {}, ngqlDifferences: [] };
  // The tenure as the API writes its generated entry (the generator's shape may differ in
  // bookkeeping), so that raw and the API then change the same state.
  if (servers.api) await send('api', w1('api', check.role));
  const states: Partial<Record<Impl, Record<string, unknown>>> = {};
  for (const impl of (['raw', 'api', 'ngql'] as Impl[]).filter((i) => servers[i])) {
    const changed = await send(impl, w1(impl, interim));
    states[impl] = await snapshot(driver, database, check.id);
    const back = await send(impl, w1(impl, check.role));
    const errors = [...errorsOf(changed), ...errorsOf(back)];
    if (errors.length) c1.errors[impl] = errors;
  }
  if (states.api && states.raw) {
    const d = differenceOf(states.api, states.raw);
    c1.comparisons.push({ what: 'W1: the tenure, its relationships and its Change after the same upsert', equal: !d, ...(d ? { difference: d } : {}) });
  }
  if (states.ngql && states.api) {
    const api = states.api as { props: Record<string, unknown>; rels: string[]; change: unknown };
    const ngql = states.ngql as { props: Record<string, unknown>; rels: string[]; change: unknown };
    const d = differenceOf(api.props, ngql.props);
    c1.ngqlDifferences.push(d ? `properties differ: ${d.replace('api', 'API').replace('vs raw', 'vs @neo4j/graphql')}` : 'properties as the API writes them');
    c1.ngqlDifferences.push('no version bump, no Change (its latest Change is the API\'s), no evidence check, no lock-and-diff (every update writes)');
  }
  const badQuote = { ...check, evidence: check.evidence.map((e, i) => (i === 0 ? { ...e, quote: `${e.quote} (not in the text)` } : e)) };
  for (const impl of (['raw', 'api'] as Impl[]).filter((i) => servers[i])) {
    const refused = await send(impl, w1(impl, interim, badQuote));
    c1.comparisons.push({ what: `W1 with a quote not in its document: ${impl} answers EVIDENCE_NOT_IN_DOCUMENT`, equal: codeOf(refused) === 'EVIDENCE_NOT_IN_DOCUMENT', ...(codeOf(refused) === 'EVIDENCE_NOT_IN_DOCUMENT' ? {} : { difference: JSON.stringify(refused.body).slice(0, 300) }) });
  }
  out.W1 = c1;

  const c2: WriteCheck = { comparisons: [], errors: {}, ngqlDifferences: [] };
  const w2 = (tag: string) => JSON.stringify({ operationName: 'W2', query: API_WRITE_OPERATIONS.W2, variables: { input: documentInput(ctx.api.documentBase, tag) } });
  const idOf = (r: Response) => (r.body?.data as { createDocument?: { created: boolean; document: { id: string } } } | undefined)?.createDocument;
  if (servers.raw && servers.api) {
    const x = w2(`${ctx.api.runTag}-check-x`);
    const y = w2(`${ctx.api.runTag}-check-y`);
    const rawX = await send('raw', x);
    const apiX = await send('api', x);
    const apiY = await send('api', y);
    const rawY = await send('raw', y);
    for (const [impl, r] of [['raw', rawX], ['api', apiX], ['api', apiY], ['raw', rawY]] as [Impl, Response][]) {
      const errors = errorsOf(r);
      if (errors.length) (c2.errors[impl] ??= []).push(...errors);
    }
    c2.comparisons.push({ what: 'W2: a text raw stored, sent to the API: created false, same id', equal: idOf(rawX)?.created === true && idOf(apiX)?.created === false && idOf(apiX)?.document.id === idOf(rawX)?.document.id });
    c2.comparisons.push({ what: 'W2: a text the API stored, sent to raw: created false, same id', equal: idOf(apiY)?.created === true && idOf(rawY)?.created === false && idOf(rawY)?.document.id === idOf(apiY)?.document.id });
    const strip = (s: Record<string, unknown>) => {
      const { props, change, rels } = s as { props: Record<string, unknown>; change: { properties: { property: string; after: string }[] } & Record<string, unknown>; rels: string[] };
      const { id: _i, text: _t, contentHash: _h, title: _ti, name: _n, ...rest } = props;
      return { props: rest, rels, change: { ...change, nodeIds: null, properties: change.properties.map((p) => p.property) } };
    };
    const rawDoc = idOf(rawX)?.document.id;
    const apiDoc = idOf(apiY)?.document.id;
    if (rawDoc && apiDoc) {
      const d = differenceOf(strip(await snapshot(driver, database, apiDoc)), strip(await snapshot(driver, database, rawDoc)));
      c2.comparisons.push({ what: 'W2: the new document and its Change (other than id, title, text and hash)', equal: !d, ...(d ? { difference: d } : {}) });
    }
  }
  if (servers.ngql) {
    const r = await send('ngql', writeSource(ctx.ngql, 'W2', { tenure: 0, document: 1_000_000, read: 0 }, []).next().body);
    if (errorsOf(r).length) c2.errors.ngql = errorsOf(r);
    c2.ngqlDifferences.push('creates the node with the id and hash the client computed: no dedupe by content (a second copy fails on the unique hash), no version, no Change');
  }
  out.W2 = c2;
  for (const [w, c] of Object.entries(out)) {
    log(`check ${w}: ${c.comparisons.map((x) => `${x.equal ? 'ok' : 'DIFFERS'}: ${x.what}${x.difference ? ` (${x.difference})` : ''}`).join('; ')}${Object.keys(c.errors).length ? `; errors ${JSON.stringify(c.errors).slice(0, 600)}` : ''}`);
  }
  return out;
}

async function countRoundTrips(servers: Servers, ctx: Record<Impl, WriteContext>, counters: Record<Impl, WriteCounters>, log: Log): Promise<WriteResults['roundTrips']> {
  const out = { raw: {}, api: {}, ngql: {} } as WriteResults['roundTrips'];
  for (const impl of Object.keys(servers) as Impl[]) {
    const server = servers[impl] as ServerProcess;
    for (const w of ['W1', 'W2'] as const) {
      const source = writeSource(ctx[impl], w, counters[impl], []);
      const before = (await server.stats()).roundTrips;
      for (let i = 0; i < 8; i += 1) {
        const r = source.next();
        await post(server, r.body, r.headers);
      }
      out[impl][w] = ((await server.stats()).roundTrips - before) / 8;
    }
  }
  log(`write round trips per request (the API's include the token look-up): ${JSON.stringify(out)}`);
  return out;
}

export async function benchWrites(
  servers: Servers,
  instance: BenchInstance,
  options: WriteOptions,
  log: Log,
): Promise<Omit<WriteResults, 'kind' | 'scale' | 'quick' | 'seed' | 'generatorVersion' | 'createdAt' | 'machine' | 'settings' | 'apiSource'>> {
  const { connection } = instance;
  const driver = createDriver(connection);
  try {
    const runTag = `${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')}-${randomBytes(3).toString('hex')}`;
    const before = await graphCounts(driver, connection.database);
    // An EDITOR token, made as `npm run token -- create --name <name> --role editor` makes it.
    const { token } = await new TokenStore(new Database(driver, connection.database)).create(`bench-editor-${runTag}`, 'EDITOR');
    const targets = await tenureTargets(driver, connection.database, 1 + 3 * TARGETS_PER_IMPL);
    if (targets.length < 1 + 3 * TARGETS_PER_IMPL) throw new Error(`only ${targets.length} tenures to write to`);
    const [check, ...rest] = targets as [TenureTarget, ...TenureTarget[]];
    const base = (await driver.executeQuery('MATCH (d:Document) WHERE d.text IS NOT NULL RETURN d.text AS text ORDER BY d.id LIMIT 1', {}, { database: connection.database })).records[0]?.get('text') as string;
    const impls: Impl[] = ['raw', 'api', 'ngql'];
    const ctx = Object.fromEntries(
      impls.map((impl, i) => [
        impl,
        { impl, tenures: rest.slice(i * TARGETS_PER_IMPL, (i + 1) * TARGETS_PER_IMPL), documentBase: base, runTag, authorization: impl === 'ngql' ? null : `Bearer ${token}` } satisfies WriteContext,
      ]),
    ) as unknown as Record<Impl, WriteContext>;
    const counters = Object.fromEntries(impls.map((impl) => [impl, { tenure: 0, document: 0, read: 0 }])) as Record<Impl, WriteCounters>;
    log(`writes: token made, ${targets.length} tenures (${TARGETS_PER_IMPL} per implementation and one to check), run tag ${runTag}`);

    // Every statement is planned on first use, which on a busy host can take longer than the
    // 5 s transaction timeout: a few writes per implementation before anything is compared.
    for (const impl of Object.keys(servers) as Impl[]) {
      for (const w of ['W1', 'W2', 'W1', 'W2'] as const) {
        const r = writeSource(ctx[impl], w, counters[impl], []).next();
        const answer = await post(servers[impl] as ServerProcess, r.body, r.headers);
        if (answer.status !== 200 || answer.body?.errors) log(`warm-up ${impl} ${w}: ${JSON.stringify(answer.body).slice(0, 300)}`);
      }
    }
    const checks = await runChecks(servers, ctx, check, driver, connection.database, log);
    const roundTrips = await countRoundTrips(servers, ctx, counters, log);

    const sets = variableSets(instance.marker.params);
    const reads = Object.fromEntries(impls.map((impl) => [impl, mixReadBodies(impl, sets, requestFor)])) as Record<Impl, string[]>;
    const present = options.impls.filter((impl) => servers[impl]);
    const slices: Record<string, Timed[]> = {};
    const take = (key: string, t: Timed) => (slices[key] ??= []).push(t);
    const groups: { w: WriteId; c: Concurrency }[] = options.cells.flatMap((w): { w: WriteId; c: Concurrency }[] => (w === 'W3' ? [{ w, c: 'c16' }] : (['c1', 'c16'] as Concurrency[]).map((c) => ({ w, c }))));
    const perSlice = groups.reduce((sum, g) => sum + (g.w === 'W3' ? 2 : 1), 0) * present.length * options.seconds;
    log(`write load: ${groups.length} cells × ${options.runs} rounds × ${options.slices} slices, about ${Math.round((perSlice * options.runs * options.slices) / 60)} min of load`);
    // As in the read benchmark, a slice must collect enough responses for its p50 to mean
    // something: a slow cell runs longer (doubling, up to a cap) and keeps that duration. The
    // duration belongs to the cell, not to one implementation, so that the implementations of
    // a slice still run for equal times back to back; it grows at most fourfold at a time, so
    // that one stalled moment of the host does not stretch every later slice to the cap.
    const durations = new Map<string, number>();
    const maxSeconds = options.quick ? 8 : 30;
    const measureOnce = (impl: Impl, cell: 'W1' | 'W2' | 'W3' | 'reads', c: Concurrency, seconds: number) =>
      measure(servers[impl] as ServerProcess, writeSource(ctx[impl], cell, counters[impl], reads[impl]), CONCURRENCY[c], seconds, true, true);
    const run = async (impl: Impl, cell: 'W1' | 'W2' | 'W3' | 'reads', c: Concurrency, seconds?: number) => {
      if (seconds !== undefined) return measureOnce(impl, cell, c, seconds);
      // W3's reads alone and its mix share one duration too.
      const key = `${cell === 'reads' ? 'W3' : cell}|${c}`;
      const wanted = Math.max(10, 2 * CONCURRENCY[c]) * (cell === 'W3' || cell === 'reads' ? MIX_WRITE_EVERY / 2 : 1);
      let s = durations.get(key) ?? options.seconds;
      let t = await measureOnce(impl, cell, c, s);
      while (t.n < wanted && s < maxSeconds) {
        await drain(t);
        s = Math.min(maxSeconds, s * Math.min(4, Math.max(2, Math.ceil(wanted / Math.max(1, t.n)))));
        log(`  ${cell} c${c.slice(1)} ${impl}: only ${t.n} responses, running again for ${s}s`);
        t = await measureOnce(impl, cell, c, s);
      }
      durations.set(key, Math.max(s, durations.get(key) ?? 0));
      return t;
    };
    // Requests autocannon abandoned at the end of a slice are still being written: let them finish.
    const drain = (t: Timed) => sleep(Math.min(10_000, 500 + (Number.isFinite(t.p99) ? t.p99 : 5_000)));
    for (let round = 0; round < options.runs; round += 1) {
      for (const { w, c } of groups) {
        for (let k = 0; k < options.slices; k += 1) {
          const index = round * options.slices + k;
          const order = sliceOrder(present, index);
          const line: string[] = [];
          for (const impl of order) {
            if (round === 0 && k === 0 && options.warmup > 0) await drain(await run(impl, w === 'W3' ? 'W3' : w, c, options.warmup));
            if (w === 'W3') {
              // The reads alone and the mix, back to back, first one then the other.
              const both: ('reads' | 'W3')[] = index % 2 === 0 ? ['reads', 'W3'] : ['W3', 'reads'];
              for (const cell of both) {
                const t = await run(impl, cell, c);
                take(`${impl}|${cell === 'reads' ? 'R3' : 'W3'}|${c}`, t);
                const r = t.kinds?.read;
                const wr = t.kinds?.write;
                line.push(`${impl} ${cell === 'reads' ? 'reads' : 'mix'} ${r ? `read ${r.p50.toFixed(2)} ms` : ''}${wr ? ` write ${wr.p50.toFixed(2)} ms (${wr.n})` : ''}${t.errorBodies ? ` ${t.errorBodies} errors` : ''}${t.non2xx ? ` ${t.non2xx} non-2xx` : ''}`);
                await drain(t);
              }
            } else {
              const t = await run(impl, w, c);
              take(`${impl}|${w}|${c}`, t);
              line.push(`${impl} ${t.p50.toFixed(2)} ms ${t.rps.toFixed(0)}/s${t.errorBodies ? ` (${t.errorBodies} errors)` : ''}${t.non2xx ? ` (${t.non2xx} non-2xx)` : ''}`);
              await drain(t);
            }
          }
          log(`round ${round + 1}/${options.runs} slice ${k + 1}/${options.slices} ${w} ${c}: ${line.join(', ')}`);
        }
      }
    }

    const latency = { raw: {}, api: {}, ngql: {} } as WriteResults['latency'];
    const ratios: WriteResults['ratios'] = {};
    const of = (impl: Impl, w: string, c: Concurrency) => slices[`${impl}|${w}|${c}`] ?? [];
    for (const { w, c } of groups) {
      if (w === 'W3') continue;
      for (const impl of present) {
        const list = of(impl, w, c);
        if (list.length) (latency[impl][w] ??= {})[c] = withErrorBodies(summariseSlices(list), list);
      }
      const cellRatios: CellRatios = {};
      const ar = sliceRatio(of('api', w, c), of('raw', w, c), (m) => m.p50);
      const an = sliceRatio(of('api', w, c), of('ngql', w, c), (m) => m.p50);
      const anr = sliceRatio(of('api', w, c), of('ngql', w, c), (m) => m.rps);
      if (ar) cellRatios.apiRawP50 = ar;
      if (an) cellRatios.apiNgqlP50 = an;
      if (anr) cellRatios.apiNgqlRps = anr;
      (ratios[w] ??= {})[c] = cellRatios;
    }
    let mix: WriteResults['mix'];
    if (options.cells.includes('W3')) {
      const perImpl: Partial<Record<Impl, MixSummary>> = {};
      for (const impl of present) {
        const alone = of(impl, 'R3', 'c16');
        const mixed = of(impl, 'W3', 'c16');
        const ratio = sliceRatio(mixed, alone, (m) => m.kinds?.read?.p50 ?? Number.NaN);
        perImpl[impl] = {
          readOnly: summariseKind(alone.map((t) => t.kinds?.read)),
          mixReads: summariseKind(mixed.map((t) => t.kinds?.read)),
          mixWrites: summariseKind(mixed.map((t) => t.kinds?.write)),
          ...(ratio ? { mixReadVsReadOnlyP50: ratio } : {}),
        };
      }
      const mixRatio = (a: Impl, b: Impl, kind: 'read' | 'write') => sliceRatio(of(a, 'W3', 'c16'), of(b, 'W3', 'c16'), (m) => m.kinds?.[kind]?.p50 ?? Number.NaN);
      const apiRawReadP50 = mixRatio('api', 'raw', 'read');
      const apiRawWriteP50 = mixRatio('api', 'raw', 'write');
      const apiNgqlReadP50 = mixRatio('api', 'ngql', 'read');
      mix = {
        reads: MIX_READS,
        writeEvery: MIX_WRITE_EVERY,
        perImpl,
        ...(apiRawReadP50 ? { apiRawReadP50 } : {}),
        ...(apiRawWriteP50 ? { apiRawWriteP50 } : {}),
        ...(apiNgqlReadP50 ? { apiNgqlReadP50 } : {}),
      };
    }
    const after = await graphCounts(driver, connection.database);
    log(`graph: ${before.nodes} nodes before, ${after.nodes} after; ${after.changes} Change nodes`);
    return {
      graph: { nodes: before.nodes, relationships: before.relationships },
      graphAfter: after,
      checks,
      roundTrips,
      latency,
      ratios,
      ...(mix ? { mix } : {}),
      writesMade: Object.fromEntries(impls.map((impl) => [impl, { tenure: counters[impl].tenure, document: counters[impl].document }])) as WriteResults['writesMade'],
      cells: options.cells,
      notes: WRITE_NOTES,
    };
  } finally {
    await driver.close();
  }
}

function withErrorBodies(summary: CellSummary, list: Timed[]): CellSummary {
  const errorBodies = list.reduce((sum, t) => sum + (t.errorBodies ?? 0), 0);
  return { ...summary, median: { ...summary.median, failures: summary.median.failures + errorBodies } };
}

async function graphCounts(driver: Driver, database: string): Promise<{ nodes: number; relationships: number; changes: number }> {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } CALL () { MATCH (c:Change) RETURN count(c) AS changes } RETURN nodes, relationships, changes',
    {},
    { database, routing: neo4j.routing.READ },
  );
  const row = records[0];
  const n = (key: string) => neo4j.integer.toNumber(row?.get(key) ?? 0);
  return { nodes: n('nodes'), relationships: n('relationships'), changes: n('changes') };
}

export const WRITE_NOTES: Record<Impl, string> = {
  raw:
    'one write transaction with the same token check (hash look-up), input checks in TypeScript, existence and verbatim-quote checks, lock, read, diff, version bump and Change with CHANGED; ' +
    'W1 in two statements, W2 in one; takes only stated dates, no relative or inferred ones, no disputes or contradicting evidence (the seed validator\'s general rules are the API\'s alone)',
  api:
    'this API as served, one write transaction: its first statement reads the token (a live token of a writing role), looks up the referenced nodes or the same text and locks and reads the node; ' +
    'then the seed validator, diff, and a commit statement writing node, relationships, version and Change and returning the node; bookmark; the write rate limit off (writeRateLimit: 0)',
  ngql:
    'generated mutations, no authentication: W1 is updateTenures setting every property of the entry (the client computes the caption and date bounds), W2 createDocuments with the id and hash the client computes. ' +
    'It has no upsert, no version, no audit (Change), no check that a quote occurs in its document, no dedupe by content, no lock-and-diff (every update writes, even when nothing changes)',
};

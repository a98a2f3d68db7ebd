import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanLine } from './lib/profile.js';
import type { BenchResults, CellRatios, CellSummary, Concurrency, QueryProfile, SliceRatio } from './lib/results.js';
import { IMPL_NAMES, QUERY_IDS, QUERY_TITLES, type Impl, type QueryId } from './queries.js';
import { readWriteResults, renderWriteResults } from './report-writes.js';

/**
 * Renders bench/RESULTS.md from every bench/results/<scale>.json: a table per scale (each
 * query's figures and the ratios api/raw and api/@neo4j-graphql), the growth SF100/SF1 per
 * query, the plans behind Q3 and Q5, the memory soak, and each target with its verdict.
 */

const TARGET_P50_RATIO = 1.3;
const TARGET_Q6_ROUND_TRIPS = 4;
const TARGET_GROWTH = 3;
const GROWTH_QUERIES: QueryId[] = ['Q1', 'Q2', 'Q4', 'Q6'];

/** results/<scale>.json for a full run; results/<scale>-Q2.json (say) for a run of some questions only. */
export function resultsFileName(scale: number, queries: readonly QueryId[] | null): string {
  return queries ? `${scale}-${queries.join('-')}.json` : `${scale}.json`;
}

function readFiles(dir: string, pattern: RegExp): BenchResults[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => pattern.test(file))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as BenchResults)
    .sort((a, b) => a.scale - b.scale || a.createdAt.localeCompare(b.createdAt));
}

/** The full runs, one per scale (growth is computed between them). */
export function readResults(dir: string): BenchResults[] {
  return readFiles(dir, /^\d+\.json$/);
}

/** Runs of some questions only, each shown as its own section after the full runs. */
export function readPartialResults(dir: string): BenchResults[] {
  return readFiles(dir, /^\d+(-Q\d)+\.json$/);
}

/** The questions a results file measured. */
const measuredQueries = (r: BenchResults): QueryId[] => r.queries ?? QUERY_IDS;

const ms = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? undefined : a / b);
const x = (value: number | null | undefined) => (value === undefined || value === null || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}x`);
const int = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : Math.round(value).toLocaleString('en-GB'));
const mark = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? 'yes' : '**no**');

function cell(r: BenchResults, impl: Impl, q: QueryId, c: Concurrency): CellSummary['median'] | undefined {
  return r.latency[impl]?.[q]?.[c]?.median;
}

/** A ratio measured slice by slice (bench/lib/slices.ts): its median, with the quartiles. */
function paired(r: BenchResults, q: QueryId, c: Concurrency, which: keyof CellRatios): { value: number | undefined; spread?: SliceRatio } {
  const spread = r.ratios[q]?.[c]?.[which];
  return { value: spread?.median, spread };
}

/** `1.12x (1.05–1.20)`: the median with the interquartile range of the slices, bold when it misses. */
function ratioText(p: { value: number | undefined; spread?: SliceRatio }, misses: (v: number) => boolean): string {
  const text = x(p.value);
  const bold = p.value !== undefined && misses(p.value) ? `**${text}**` : text;
  // Quartiles of fewer than four slices (the quick run has three) would be the range.
  return p.spread && p.spread.usable >= 4 ? `${bold} (${p.spread.q1.toFixed(2)}–${p.spread.q3.toFixed(2)})` : bold;
}

function triple(m: CellSummary['median'] | undefined): string {
  return m ? `${ms(m.p50)} / ${ms(m.p95)} / ${ms(m.p99)}` : 'n/a';
}

/** The per-scale tables: latency, ratios, throughput, round trips, db hits. */
export function scaleTables(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(
    'Latency in ms, p50 / p95 / p99 over every response of every slice (pooled). Ratios compare p50 within each slice, where the implementations ran back to back: the median of the per-slice ratios, with their interquartile range in brackets. A ratio is therefore not the quotient of the two pooled columns, which weight each slice by how many responses it had.',
    '',
  );
  lines.push('| query | conc. | raw Cypher | this API | @neo4j/graphql | **api/raw p50** | **api/@neo4j-graphql p50** |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const q of measuredQueries(r)) {
    for (const c of ['c1', 'c16'] as Concurrency[]) {
      const raw = cell(r, 'raw', q, c);
      const api = cell(r, 'api', q, c);
      const ngql = cell(r, 'ngql', q, c);
      lines.push(
        `| ${q} | ${c.slice(1)} | ${triple(raw)} | ${triple(api)} | ${ngql ? triple(ngql) : 'cannot express'} | ${ratioText(paired(r, q, c, 'apiRawP50'), (v) => v > TARGET_P50_RATIO)} | ${ngql ? ratioText(paired(r, q, c, 'apiNgqlP50'), () => false) : '–'} |`,
      );
    }
  }
  lines.push('', `Throughput in requests/s (median of the slices), Cypher round trips per request, PROFILE db hits per request, API memory.`, '');
  lines.push('| query | rps raw c1 / c16 | rps api c1 / c16 | rps @neo4j/graphql c1 / c16 | **api/@neo4j-graphql rps c16** | round trips raw / api / ngql | db hits raw / api / ngql | API RSS max MB (c16) |');
  lines.push('|---|---|---|---|---|---|---|---|');
  const notShown: QueryId[] = [];
  for (const q of measuredQueries(r)) {
    const rps = (impl: Impl) => `${int(cell(r, impl, q, 'c1')?.rps)} / ${int(cell(r, impl, q, 'c16')?.rps)}`;
    const rt = (impl: Impl) => (r.roundTrips[impl]?.[q] === undefined ? '–' : String(Math.round((r.roundTrips[impl][q] as number) * 100) / 100));
    // A statement whose work is all inside a COLLECT subquery expression PROFILEs at 0 db hits.
    const hidden = (impl: Impl) => r.profiles[impl]?.[q]?.dbHits === 0 && (r.profiles.raw?.[q]?.dbHits ?? 0) > 0;
    const hits = (impl: Impl) => (hidden(impl) ? 'not shown' : int(r.profiles[impl]?.[q]?.dbHits));
    if (hidden('api')) notShown.push(q);
    lines.push(
      `| ${q} | ${rps('raw')} | ${rps('api')} | ${r.notExpressible[q] ? 'cannot express' : rps('ngql')} | ${r.notExpressible[q] ? '–' : ratioText(paired(r, q, 'c16', 'apiNgqlRps'), (v) => v < 1)} | ${rt('raw')} / ${rt('api')} / ${rt('ngql')} | ${hits('raw')} / ${hits('api')} / ${hits('ngql')} | ${ms(cell(r, 'api', q, 'c16')?.rssMaxMB)} |`,
    );
  }
  if (notShown.length > 0) {
    lines.push(
      '',
      `The API's db hits for ${notShown.join(', ')} are not shown: its compiled query is one projection whose work is in a \`COLLECT\` subquery, which PROFILE does not open (README.md gives the resolvers' figure for the same pages).`,
    );
  }
  return lines.join('\n');
}

interface Verdicts {
  p50: { q: QueryId; c: Concurrency; ratio: number | undefined }[];
  throughput: { q: QueryId; c: Concurrency; ratio: number | undefined }[];
  q6RoundTrips: number | undefined;
}

function verdicts(r: BenchResults): Verdicts {
  const p50: Verdicts['p50'] = [];
  const throughput: Verdicts['throughput'] = [];
  for (const q of measuredQueries(r)) {
    for (const c of ['c1', 'c16'] as Concurrency[]) {
      p50.push({ q, c, ratio: paired(r, q, c, 'apiRawP50').value });
      if (!r.notExpressible[q]) throughput.push({ q, c, ratio: paired(r, q, c, 'apiNgqlRps').value });
    }
  }
  return { p50, throughput, q6RoundTrips: r.roundTrips.api?.Q6 };
}

function topOperators(plan: PlanLine[], count = 6): string {
  return [...plan]
    .sort((a, b) => b.dbHits - a.dbHits)
    .slice(0, count)
    .filter((line) => line.dbHits > 0)
    .map((line) => `${line.operator}${line.details ? ` \`${line.details.replace(/`/g, "'").replace(/\|/g, '\\|').slice(0, 90)}\`` : ''}: ${int(line.rows)} rows, ${int(line.dbHits)} db hits`)
    .join('<br>');
}

function planSummary(profile: QueryProfile | undefined): string {
  if (!profile) return 'n/a';
  return profile.plans
    .filter((p) => p.dbHits > 0)
    .sort((a, b) => b.dbHits - a.dbHits)
    .slice(0, 2)
    .map((p) => `*${(/\/\*\s*([^*]+?)\s*\*\//.exec(p.cypher)?.[1] ?? p.cypher.split('\n')[0] ?? '').slice(0, 50)}* (${int(p.dbHits)} db hits):<br>${topOperators(p.plan)}`)
    .join('<br>');
}

/** Growth from the smallest to the largest scale measured, per query. */
export function growthTable(small: BenchResults, large: BenchResults): string {
  const lines: string[] = [];
  lines.push(`Growth SF${large.scale}/SF${small.scale} (data ×${(large.graph.nodes / small.graph.nodes).toFixed(0)}): p50 at concurrency 1 and db hits per request. Target: at most ${TARGET_GROWTH}x for ${GROWTH_QUERIES.join(', ')} (API p50).`, '');
  lines.push('| query | **api p50 growth (c1)** | api p50 growth (c16) | raw p50 growth (c1) | @neo4j/graphql p50 growth (c1) | raw db hits growth | api db hits growth | target met |');
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const q of QUERY_IDS) {
    const g = (impl: Impl, c: Concurrency = 'c1') => ratio(cell(large, impl, q, c)?.p50, cell(small, impl, q, c)?.p50);
    const h = (impl: Impl) => ratio(large.profiles[impl]?.[q]?.dbHits, small.profiles[impl]?.[q]?.dbHits);
    const api = g('api');
    const target = GROWTH_QUERIES.includes(q) ? mark(api === undefined ? undefined : api <= TARGET_GROWTH) : 'reported (plans below)';
    lines.push(`| ${q} | ${x(api)} | ${x(g('api', 'c16'))} | ${x(g('raw'))} | ${x(g('ngql'))} | ${x(h('raw'))} | ${x(h('api'))} | ${target} |`);
  }
  return lines.join('\n');
}

/** The heaviest operators at the large scale next to the same operators at the small one. */
function planGrowth(small: BenchResults, large: BenchResults, q: QueryId, impl: Impl): string {
  const lines = (r: BenchResults) =>
    (r.profiles[impl]?.[q]?.plans ?? []).flatMap((p) => {
      const name = (/\/\*\s*([^*]+?)\s*\*\//.exec(p.cypher)?.[1] ?? '').replace(/^raw:/, '');
      return p.plan.map((line) => ({ key: `${name}|${line.operator}|${line.details}`, name, line }));
    });
  const before = new Map(lines(small).map((l) => [l.key, l.line]));
  const top = lines(large).sort((a, b) => b.line.dbHits - a.line.dbHits).slice(0, 4).filter((l) => l.line.dbHits > 0);
  if (top.length === 0) return 'n/a';
  return top
    .map(({ name, line, key }) => {
      const was = before.get(key);
      const detail = line.details ? ` \`${line.details.replace(/`/g, "'").replace(/\|/g, '\\|').slice(0, 70)}\`` : '';
      const growth = was && was.dbHits > 0 ? ` (×${(line.dbHits / was.dbHits).toFixed(0)})` : '';
      return `${name ? `*${name.slice(0, 24)}* ` : ''}${line.operator}${detail}: rows ${was ? int(was.rows) : '?'} → ${int(line.rows)}, db hits ${was ? int(was.dbHits) : '?'} → ${int(line.dbHits)}${growth}`;
    })
    .join('<br>');
}

export function planGrowthTable(small: BenchResults, large: BenchResults): string {
  const out = [
    `What grows in Q3 and Q5 from SF${small.scale} to SF${large.scale}: the operators with the most db hits at SF${large.scale} (PROFILE, first parameter set), with the same operators at SF${small.scale}.`,
    '',
    '| query | raw Cypher | this API |',
    '|---|---|---|',
  ];
  for (const q of ['Q3', 'Q5'] as QueryId[]) out.push(`| ${q} | ${planGrowth(small, large, q, 'raw')} | ${planGrowth(small, large, q, 'api')} |`);
  return out.join('\n');
}

function soakText(r: BenchResults): string {
  const s = r.soak;
  if (!s) return 'Not run at this scale (`--soak 0`).';
  const first = s.samples.find((p) => p.t >= 60) ?? s.samples[0];
  const last = s.samples.at(-1);
  return [
    `${s.seconds} s at concurrency ${s.connections}, all six queries interleaved: ${int(s.requests)} requests (${int(s.rps)}/s), ${s.failures} failures.`,
    `V8 heap after a forced full GC: ${ms(first?.heapAfterGcMB)} MB at ${first?.t ?? 0} s, ${ms(last?.heapAfterGcMB)} MB at ${last?.t ?? 0} s; slope from the second minute ${s.heapSlopeMBPerMin.toFixed(2)} MB/min.`,
    `RSS ${ms(first?.rssMB)} MB → ${ms(last?.rssMB)} MB (${(s.rssGrowth * 100).toFixed(1)}%). **Stable: ${s.stable ? 'yes' : 'no'}** (criterion: heap slope under 1 MB/min and RSS growth under 10% after the first minute).`,
  ].join('\n');
}

function checksText(r: BenchResults): string {
  const lines: string[] = ['| query | params | API JSON = raw JSON | API errors | @neo4j/graphql errors | items listed (raw / api / ngql) |', '|---|---|---|---|---|---|'];
  for (const q of QUERY_IDS) {
    const c = r.checks[q];
    if (!c) continue;
    const items = (impl: Impl) => (c.itemCounts[impl] === undefined ? '–' : String(c.itemCounts[impl]));
    lines.push(`| ${q} | ${c.params} | ${c.apiEqualsRaw}/${c.params} | ${c.apiErrors.length} | ${r.notExpressible[q] ? 'cannot express' : c.ngqlErrors.length} | ${items('raw')} / ${items('api')} / ${items('ngql')} |`);
  }
  const problems = QUERY_IDS.flatMap((q) => [
    ...(r.checks[q]?.apiErrors ?? []).slice(0, 2).map((e) => `- ${q} API error for \`${JSON.stringify(e.variables)}\` (HTTP ${e.status}): \`${JSON.stringify(e.errors).slice(0, 400)}\``),
    ...(r.checks[q]?.mismatches ?? []).slice(0, 2).map((m) => `- ${q} API differs from raw for \`${JSON.stringify(m.variables)}\`: ${m.difference}`),
  ]);
  return [...lines, ...(problems.length ? ['', ...problems] : [])].join('\n');
}

export function scaleSection(r: BenchResults): string {
  const v = verdicts(r);
  const failedP50 = v.p50.filter((p) => p.ratio !== undefined && p.ratio > TARGET_P50_RATIO);
  const failedRps = v.throughput.filter((p) => p.ratio !== undefined && p.ratio < 1);
  const load = r.load;
  const out: string[] = [];
  const queries = measuredQueries(r);
  const only = r.queries ? `, ${queries.join(' and ')} only` : '';
  out.push(`## SF${r.scale}${only}: ${int(r.graph.nodes)} nodes, ${int(r.graph.relationships)} relationships`, '');
  if (r.queries) {
    out.push(
      `A run of ${queries.join(' and ')} alone (\`--queries\`), kept in its own results file: where the full SF${r.scale} run above has the same cells, these are newer` +
        ` (generator v${r.generatorVersion}${r.apiSource ? `, API source \`${r.apiSource.sha256}\`` : ''}).`,
      '',
    );
  }
  out.push(
    `Measured ${r.createdAt.slice(0, 16).replace('T', ' ')} UTC; ` +
      `${r.settings.runs} rounds × ${r.settings.slicesPerRun} slices of ${r.settings.seconds} s per implementation and cell (the implementations back to back within a slice), after ${r.settings.warmupSeconds} s of warm-up; ` +
      `Neo4j ${r.machine.neo4j} (heap ${r.machine.neo4jHeap}, page cache ${r.machine.neo4jPagecache}); ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB RAM, Node ${r.machine.node}. ` +
      `API source ${r.apiSource ? `\`${r.apiSource.sha256}\` (src/ and schema/, newest file ${r.apiSource.newest.slice(0, 16).replace('T', ' ')} UTC)` : 'not recorded'}.`,
    '',
    `Load (batched UNWIND, ${int(load.batches)} batches${load.loadedThisRun ? '' : `, loaded ${load.loadedAt.slice(0, 10)} and reused`}): ${load.seconds.toFixed(1)} s, ` +
      `**${int(load.nodesPerSecond)} nodes/s, ${int(load.relationshipsPerSecond)} relationships/s**.`,
    '',
  );
  out.push(scaleTables(r), '');
  out.push('Targets at this scale:', '');
  out.push(`- API p50 at most ${TARGET_P50_RATIO}x raw p50, every query, concurrency 1 and 16: ${failedP50.length === 0 ? 'met' : `**not met** for ${failedP50.map((p) => `${p.q} c${p.c.slice(1)} (${x(p.ratio)})`).join(', ')}`}.`);
  out.push(`- API throughput at least @neo4j/graphql's on every query both express: ${failedRps.length === 0 ? 'met' : `**not met** for ${failedRps.map((p) => `${p.q} c${p.c.slice(1)} (${x(p.ratio)})`).join(', ')}`}.`);
  if (queries.includes('Q6')) out.push(`- Q6 in at most ${TARGET_Q6_ROUND_TRIPS} Cypher round trips: ${v.q6RoundTrips === undefined ? '–' : `${v.q6RoundTrips} → ${v.q6RoundTrips <= TARGET_Q6_ROUND_TRIPS ? 'met' : '**not met**'}`}.`);
  out.push(`- API memory stable over the soak at concurrency 16: ${r.soak ? (r.soak.stable ? 'met' : '**not met**') : 'not run'}.`, '');
  out.push('Equivalence and errors (every parameter set, before measuring):', '', checksText(r), '');
  if (!r.queries || r.soak) out.push('Memory soak of the API:', '', soakText(r), '');
  // The plans of the questions whose growth is reported, and of a partial run's own questions.
  const planned = r.queries ?? (['Q3', 'Q5'] as QueryId[]);
  out.push(`Plans behind ${planned.join(' and ')} (PROFILE, first parameter set; operators with the most db hits):`, '');
  out.push('| query | raw Cypher | this API |', '|---|---|---|');
  for (const q of planned) out.push(`| ${q} | ${planSummary(r.profiles.raw?.[q]) || 'not shown'} | ${planSummary(r.profiles.api?.[q]) || 'not shown'} |`);
  return out.join('\n');
}

export function renderResults(results: BenchResults[], partial: BenchResults[] = []): string {
  const out: string[] = [];
  out.push('# Benchmark results', '');
  out.push(
    'Written by `npm run bench -- --scale N` (see [README.md](README.md) for how to run and read it). ' +
      'Three implementations answer the same six questions on the same synthetic graph in the same run: ' +
      Object.entries(IMPL_NAMES).map(([k, v]) => `**${k}** = ${v}`).join('; ') + '.',
    '',
  );
  out.push('| query | question |', '|---|---|', ...QUERY_IDS.map((q) => `| ${q} | ${QUERY_TITLES[q]} |`), '');
  const notes = new Map<string, string>();
  for (const r of [...results, ...partial]) for (const [q, why] of Object.entries(r.notExpressible)) notes.set(q, why);
  if (notes.size > 0) out.push('@neo4j/graphql cannot express: ' + [...notes].map(([q, why]) => `**${q}** (${why})`).join('; ') + '.', '');
  if (results.length === 0) out.push('No results yet: run `npm run bench -- --scale 1`.');
  const small = results[0];
  const larger = results.filter((r) => small && r.scale > small.scale);
  if (small && larger.length > 0) {
    out.push('## Growth', '');
    // Largest first: the SF100/SF1 table is the one the targets speak of.
    for (const large of [...larger].reverse()) {
      if (small.apiSource?.sha256 !== large.apiSource?.sha256) {
        out.push(
          `> **Caution:** SF${small.scale} and SF${large.scale} measured different API code (source ${small.apiSource?.sha256 ?? 'not recorded'} vs ${large.apiSource?.sha256 ?? 'not recorded'}); ` +
            'the API growth below mixes code changes with data growth. Re-run both scales to compare like with like.',
          '',
        );
      }
      out.push(growthTable(small, large), '');
    }
    const largest = larger.at(-1);
    if (largest) out.push(planGrowthTable(small, largest), '');
  }
  for (const r of results) out.push(scaleSection(r), '');
  for (const r of partial) out.push(scaleSection(r), '');
  return `${out.join('\n').trim()}\n`;
}

export function writeResultsMarkdown(resultsDir: string, target: string): void {
  writeFileSync(target, renderResults(readResults(resultsDir), readPartialResults(resultsDir)) + renderWriteResults(readWriteResults(resultsDir)));
}

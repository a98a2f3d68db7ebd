import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellSummary, Concurrency, SliceRatio } from './lib/results.js';
import type { KindSummary, WriteResults } from './lib/write-results.js';
import type { Impl } from './queries.js';
import { WRITE_TITLES } from './writes.js';

/**
 * The write benchmark's part of RESULTS.md, from every bench/results/writes-<scale>.json:
 * W1 and W2 per implementation with api/raw ratios slice by slice, W3's reads in the mix
 * against the same reads alone, the checks that raw writes what the API writes, the targets.
 */

export const TARGET_WRITE_RATIO = 1.5;
export const TARGET_MIX_READ_RATIO = 1.3;

export function readWriteResults(dir: string): WriteResults[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => /^writes-\d+\.json$/.test(file))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as WriteResults)
    .sort((a, b) => a.scale - b.scale);
}

const ms = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '–' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
const int = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '–' : Math.round(v).toLocaleString('en-GB'));
const triple = (m: { p50: number; p95: number; p99: number } | undefined) => (m ? `${ms(m.p50)} / ${ms(m.p95)} / ${ms(m.p99)}` : '–');

/** `1.12x (1.05–1.20)`, bold when it misses `limit`. */
export function ratioCell(r: SliceRatio | undefined, limit?: number): string {
  if (!r) return '–';
  const text = `${r.median.toFixed(2)}x`;
  const shown = limit !== undefined && r.median > limit ? `**${text}**` : text;
  return r.usable >= 4 ? `${shown} (${r.q1.toFixed(2)}–${r.q3.toFixed(2)})` : shown;
}

/** Which ratios miss their targets: the API's write p50 against raw's, the API's reads in the mix against the reads alone. */
export function writeVerdicts(r: WriteResults): { writes: { what: string; ratio: number | undefined }[]; mixReads: number | undefined } {
  const writes: { what: string; ratio: number | undefined }[] = [];
  for (const w of ['W1', 'W2'] as const) {
    for (const c of ['c1', 'c16'] as Concurrency[]) if (r.ratios[w]?.[c]) writes.push({ what: `${w} c${c.slice(1)}`, ratio: r.ratios[w]?.[c]?.apiRawP50?.median });
  }
  if (r.mix) writes.push({ what: 'W3 writes', ratio: r.mix.apiRawWriteP50?.median });
  return { writes, mixReads: r.mix?.perImpl.api?.mixReadVsReadOnlyP50?.median };
}

const IMPLS: Impl[] = ['raw', 'api', 'ngql'];
const NAMES: Record<Impl, string> = { raw: 'raw Cypher', api: 'this API', ngql: '@neo4j/graphql' };

export function writeSection(r: WriteResults): string {
  const out: string[] = [];
  out.push(`## Writes at SF${r.scale}: ${int(r.graph.nodes)} nodes, ${int(r.graph.relationships)} relationships (${r.loadedThisRun === false ? 'the graph an earlier run left, reused' : 'a fresh load'})`, '');
  out.push(
    `Measured ${r.createdAt.slice(0, 16).replace('T', ' ')} UTC${r.quick ? ' (quick: indicative only)' : ''}; ${r.settings.runs} rounds × ${r.settings.slicesPerRun} slices of ${r.settings.seconds} s per implementation and cell, ` +
      `after ${r.settings.warmupSeconds} s of warm-up; Neo4j ${r.machine.neo4j} (heap ${r.machine.neo4jHeap}, page cache ${r.machine.neo4jPagecache}); ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}. ` +
      `API source ${r.apiSource ? `\`${r.apiSource.sha256}\`` : 'not recorded'}. After the run: ${int(r.graphAfter.nodes)} nodes, ${int(r.graphAfter.changes)} Change nodes.`,
    '',
  );
  out.push('| | write |', '|---|---|', ...(['W1', 'W2', 'W3'] as const).filter((w) => r.cells.includes(w)).map((w) => `| ${w} | ${WRITE_TITLES[w]} |`), '');
  out.push('What each implementation does per write:', '', ...IMPLS.map((impl) => `- **${NAMES[impl]}**: ${r.notes[impl]}.`), '');

  const cell = (impl: Impl, w: 'W1' | 'W2', c: Concurrency): CellSummary['median'] | undefined => r.latency[impl]?.[w]?.[c]?.median;
  const writes = (['W1', 'W2'] as const).filter((w) => r.cells.includes(w));
  if (writes.length) {
    out.push('Latency in ms, p50 / p95 / p99 over every response of every slice (pooled); ratios are medians of per-slice p50 ratios with their interquartile range.', '');
    out.push(`| write | conc. | raw Cypher | this API | @neo4j/graphql | **api/raw p50** (target ≤ ${TARGET_WRITE_RATIO}x) | api/@neo4j-graphql p50 |`, '|---|---|---|---|---|---|---|');
    for (const w of writes) {
      for (const c of ['c1', 'c16'] as Concurrency[]) {
        out.push(`| ${w} | ${c.slice(1)} | ${triple(cell('raw', w, c))} | ${triple(cell('api', w, c))} | ${triple(cell('ngql', w, c))} | ${ratioCell(r.ratios[w]?.[c]?.apiRawP50, TARGET_WRITE_RATIO)} | ${ratioCell(r.ratios[w]?.[c]?.apiNgqlP50)} |`);
      }
    }
    out.push('', 'Writes per second (median of the slices), Cypher round trips per write (sequential; the API\'s include its token look-up), failed writes (non-2xx or GraphQL errors) over the whole load.', '');
    out.push('| write | writes/s raw c1 / c16 | api c1 / c16 | @neo4j/graphql c1 / c16 | round trips raw / api / ngql | failures raw / api / ngql |', '|---|---|---|---|---|---|');
    for (const w of writes) {
      const rps = (impl: Impl) => `${int(cell(impl, w, 'c1')?.rps)} / ${int(cell(impl, w, 'c16')?.rps)}`;
      const rt = (impl: Impl) => (r.roundTrips[impl]?.[w] === undefined ? '–' : String(Math.round((r.roundTrips[impl][w] as number) * 100) / 100));
      const fails = (impl: Impl) => int((cell(impl, w, 'c1')?.failures ?? 0) + (cell(impl, w, 'c16')?.failures ?? 0));
      out.push(`| ${w} | ${rps('raw')} | ${rps('api')} | ${rps('ngql')} | ${rt('raw')} / ${rt('api')} / ${rt('ngql')} | ${fails('raw')} / ${fails('api')} / ${fails('ngql')} |`);
    }
    out.push('');
  }
  if (r.mix) {
    const m = r.mix;
    out.push(
      `W3 at concurrency 16: one request in ${m.writeEvery} a write (W1 and W2 in turn), the rest the reads ${m.reads.join(', ')} interleaved; in each slice every implementation ran the same reads alone and the mix back to back (in alternating order), so **mix/alone** is a per-slice ratio.`,
      '',
    );
    out.push(`| implementation | reads alone p50 / p95 / p99 | reads in the mix | **mix/alone read p50** (target ≤ ${TARGET_MIX_READ_RATIO}x) | writes in the mix | reads/s alone / in mix | writes/s in mix | failures |`, '|---|---|---|---|---|---|---|---|');
    for (const impl of IMPLS) {
      const s = m.perImpl[impl];
      if (!s) continue;
      const f = (k: KindSummary) => k.failures;
      out.push(
        `| ${NAMES[impl]} | ${triple(s.readOnly)} | ${triple(s.mixReads)} | ${ratioCell(s.mixReadVsReadOnlyP50, impl === 'api' ? TARGET_MIX_READ_RATIO : undefined)} | ${triple(s.mixWrites)} | ${int(s.readOnly.rps)} / ${int(s.mixReads.rps)} | ${int(s.mixWrites.rps)} | ${int(f(s.readOnly) + f(s.mixReads) + f(s.mixWrites))} |`,
      );
    }
    out.push('', `In the mix, api/raw p50: reads ${ratioCell(m.apiRawReadP50)}, writes ${ratioCell(m.apiRawWriteP50, TARGET_WRITE_RATIO)}; api/@neo4j-graphql reads ${ratioCell(m.apiNgqlReadP50)}.`, '');
  }
  const v = writeVerdicts(r);
  const missed = v.writes.filter((w) => w.ratio !== undefined && w.ratio > TARGET_WRITE_RATIO);
  out.push('Targets:', '');
  out.push(`- API write p50 at most ${TARGET_WRITE_RATIO}x raw (${v.writes.map((w) => w.what).join(', ')}): ${v.writes.length === 0 ? 'not measured' : missed.length === 0 ? 'met' : `**not met** for ${missed.map((w) => `${w.what} (${w.ratio?.toFixed(2)}x)`).join(', ')}`}.`);
  out.push(
    `- The API's reads in the mix at most ${TARGET_MIX_READ_RATIO}x the same reads alone: ${v.mixReads === undefined ? 'not measured' : v.mixReads <= TARGET_MIX_READ_RATIO ? `met (${v.mixReads.toFixed(2)}x)` : `**not met** (${v.mixReads.toFixed(2)}x)`}.`,
    '',
  );
  out.push('Checks before measuring (raw must write what the API writes):', '');
  for (const [w, c] of Object.entries(r.checks)) {
    for (const cmp of c.comparisons) out.push(`- ${w}: ${cmp.equal ? 'equal' : '**differs**'}: ${cmp.what}${cmp.difference ? ` (${cmp.difference})` : ''}`);
    for (const [impl, errors] of Object.entries(c.errors)) out.push(`- ${w}: **${impl} errors**: \`${JSON.stringify(errors).slice(0, 300)}\``);
    for (const d of c.ngqlDifferences) out.push(`- ${w}, @neo4j/graphql: ${d}`);
  }
  out.push('', `Writes made (checks, round-trip counts, warm-up and load): ${IMPLS.map((impl) => `${impl} ${int(r.writesMade[impl]?.tenure)} tenure upserts and ${int(r.writesMade[impl]?.document)} documents`).join('; ')}.`);
  return out.join('\n');
}

/** The writes part of RESULTS.md (empty when no write run was recorded). */
export function renderWriteResults(results: WriteResults[]): string {
  if (results.length === 0) return '';
  return `\n# Writes\n\nWritten by \`npm run bench -- --writes --scale N\` (README.md, "Writes"), on a separate instance loaded with the same graph.\n\n${results.map(writeSection).join('\n\n')}\n`;
}

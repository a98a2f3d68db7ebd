import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, type ManagedNeo4j } from '../src/neo4j/managed.js';
import { GENERATOR_VERSION } from './generator/generate.js';
import { ServerProcess } from './lib/children.js';
import { prepareInstance } from './instance.js';

/**
 * `npm run bench:export -- --scale N`: downloads every whole-graph export of the benchmark graph
 * at scale N from the API (in its own process, as in the benchmark) and samples the API's
 * resident memory every 50 ms while it streams; the process's own high-water mark (VmHWM)
 * confirms the peak. A streaming export keeps the API's memory bounded whatever the graph's
 * size; one that built the file in memory would grow with it. Results go to
 * bench/results/export-<N>.json and are printed.
 */

const FORMATS = ['graph.json', 'graph.gexf', 'graph.graphml', 'nodes.csv', 'edges.csv'] as const;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function procStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

interface FormatResult {
  format: string;
  status: number;
  bytes: number;
  seconds: number;
  /** Peak RSS sampled while this download streamed, MB. */
  peakRssMB: number;
  truncated: string | null;
}

async function download(server: ServerProcess, format: string): Promise<FormatResult> {
  const url = `http://127.0.0.1:${server.port}/export/${format}`;
  let peak = procStatus(server.pid, 'VmRSS');
  const timer = setInterval(() => (peak = Math.max(peak, procStatus(server.pid, 'VmRSS'))), 50);
  const started = Date.now();
  try {
    const response = await fetch(url);
    let bytes = 0;
    if (response.body) for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
    return {
      format,
      status: response.status,
      bytes,
      seconds: (Date.now() - started) / 1000,
      peakRssMB: Math.max(peak, procStatus(server.pid, 'VmRSS')),
      truncated: response.headers.get('x-export-truncated'),
    };
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const scale = Number(arg('--scale', '1'));
  const log = (line: string) => console.log(`[export] ${line}`);
  let started: ManagedNeo4j | null = null;
  const instance = await prepareInstance({ scale, seed: arg('--seed', 'bench'), reload: process.argv.includes('--reload'), log, onStarted: (s) => (started = s) });
  const server = await ServerProcess.start('api', instance.connection, log);
  try {
    const idleMB = procStatus(server.pid, 'VmRSS');
    log(`SF${scale}: ${instance.marker.nodes} nodes, ${instance.marker.relationships} relationships; API idle RSS ${idleMB.toFixed(0)} MB`);
    const results: FormatResult[] = [];
    for (const format of FORMATS) {
      const result = await download(server, format);
      results.push(result);
      log(`${format}: HTTP ${result.status}, ${(result.bytes / 1048576).toFixed(1)} MB in ${result.seconds.toFixed(1)} s, peak RSS ${result.peakRssMB.toFixed(0)} MB${result.truncated ? `, truncated ${result.truncated}` : ''}`);
    }
    const out = {
      scale,
      generatorVersion: GENERATOR_VERSION,
      createdAt: new Date().toISOString(),
      graph: { nodes: instance.marker.nodes, relationships: instance.marker.relationships },
      idleRssMB: idleMB,
      highWaterMarkMB: procStatus(server.pid, 'VmHWM'),
      results,
    };
    const dir = join(PROJECT_ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `export-${scale}.json`), `${JSON.stringify(out, null, 1)}\n`);
    log(`API high-water mark ${out.highWaterMarkMB.toFixed(0)} MB (idle ${idleMB.toFixed(0)} MB); wrote bench/results/export-${scale}.json`);
  } finally {
    await server.stop();
    if (started && !process.argv.includes('--keep')) await (started as ManagedNeo4j).stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Neo4jConnection } from '../../src/neo4j/driver.js';
import { PROJECT_ROOT } from '../../src/neo4j/managed.js';
import type { Impl } from '../queries.js';
import type { CapturedProfile, Command, ReadyMessage, Reply, Stats } from '../servers/harness.js';

const SCRIPTS: Record<Impl, string> = {
  raw: 'bench/servers/raw.ts',
  api: 'bench/servers/api.ts',
  ngql: 'bench/servers/neo4j-graphql.ts',
};

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type CommandBody = Command extends infer C ? (C extends { id: number } ? Omit<C, 'id'> : never) : never;

/**
 * One benchmark server in its own Node process (so that its CPU and memory are its own),
 * started with tsx and --expose-gc, talking to the runner over IPC.
 */
export class ServerProcess {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private exited = false;

  private constructor(
    readonly impl: Impl,
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.on('message', (message: Reply) => {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.ok) waiter.resolve(message.result);
      else waiter.reject(new Error(`${impl}: ${message.error}`));
    });
    child.on('exit', () => {
      this.exited = true;
      for (const waiter of this.pending.values()) waiter.reject(new Error(`${impl} server exited`));
      this.pending.clear();
    });
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  static start(impl: Impl, connection: Neo4jConnection, log: (line: string) => void): Promise<ServerProcess> {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(PROJECT_ROOT, SCRIPTS[impl])], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        BENCH_NEO4J_URI: connection.uri,
        BENCH_NEO4J_USER: connection.user,
        BENCH_NEO4J_PASSWORD: connection.password,
        BENCH_NEO4J_DATABASE: connection.database,
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    // A server's own output (errors the API logs, warnings) goes to the run's log, prefixed.
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) createInterface({ input: stream }).on('line', (line) => log(`[${impl}] ${line.slice(0, 2000)}`));
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${impl} server did not start within 120s`)), 120_000);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${impl} server exited during start-up (code ${code})`));
      });
      child.on('message', (message: ReadyMessage | Reply) => {
        if ('type' in message && message.type === 'ready') {
          clearTimeout(timer);
          resolve(new ServerProcess(impl, child, message.port));
        }
      });
    });
  }

  private send<T>(command: CommandBody): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`${this.impl} server is not running`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (value) => resolve(value as T), reject });
      this.child.send({ ...command, id } as Command);
    });
  }

  stats(): Promise<Stats> {
    return this.send({ cmd: 'stats' });
  }

  /** Memory after a forced full GC: what the process really retains. */
  statsAfterGc(): Promise<Stats> {
    return this.send({ cmd: 'gc' });
  }

  capture(on: boolean): Promise<number> {
    return this.send({ cmd: 'capture', on });
  }

  profileCaptured(): Promise<CapturedProfile[]> {
    return this.send({ cmd: 'profile' });
  }

  /** Resident set size from /proc, read without disturbing the process. */
  rssBytes(): number {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
      return match ? Number(match[1]) * 1024 : 0;
    } catch {
      return 0;
    }
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await Promise.race([this.send({ cmd: 'stop' }).catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await gone;
    clearTimeout(timer);
  }
}

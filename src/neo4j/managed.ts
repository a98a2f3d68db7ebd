import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForNeo4j, type Neo4jConnection } from './driver.js';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const POM = join(PROJECT_ROOT, 'src/neo4j/pom.xml');

/** The Neo4j version pinned in src/neo4j/pom.xml, the single place it is written. */
export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!match?.[1]) throw new Error(`No <neo4j.version> in ${POM}`);
  return match[1];
}

export class ManagedNeo4jError extends Error {
  override readonly name = 'ManagedNeo4jError';
}

const ALTERNATIVES =
  'Alternatively, point the service at a Neo4j you run yourself with NEO4J_URI, NEO4J_USER and ' +
  'NEO4J_PASSWORD, or run `docker compose up` where Docker is available.';

export interface ManagedNeo4jOptions {
  /** Folder holding conf/, data/, logs/ and run/ of this instance. */
  instanceDir: string;
  /** Folder holding the downloaded lib/ folders, shared by every instance. */
  distRoot?: string;
  boltPort: number;
  httpPort: number;
  password: string;
  heap?: string;
  pagecache?: string;
  /** Extra neo4j.conf lines (`key=value`). */
  extraConfig?: Record<string, string>;
  log?: (line: string) => void;
}

export interface ManagedStatus {
  running: boolean;
  pid: number | null;
  boltUri: string;
  browserUrl: string;
}

/**
 * A real Neo4j Community server run from the jars Maven fetches: no Docker, no installer.
 * The JVM is started directly (`org.neo4j.server.CommunityEntryPoint`), detached, with its
 * pid in run/neo4j.pid so that a later `stop` or `status` from another process finds it.
 */
export class ManagedNeo4j {
  readonly instanceDir: string;
  readonly libDir: string;
  private readonly log: (line: string) => void;

  constructor(private readonly options: ManagedNeo4jOptions) {
    this.instanceDir = resolve(options.instanceDir);
    const distRoot = resolve(options.distRoot ?? join(PROJECT_ROOT, '.neo4j/dist'));
    this.libDir = join(distRoot, `neo4j-${neo4jVersion()}`, 'lib');
    this.log = options.log ?? (() => {});
  }

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  get browserUrl(): string {
    return `http://127.0.0.1:${this.options.httpPort}/browser/`;
  }

  get connection(): Neo4jConnection {
    return { uri: this.boltUri, user: 'neo4j', password: this.options.password, database: 'neo4j' };
  }

  private get pidFile(): string {
    return join(this.instanceDir, 'run/neo4j.pid');
  }

  /** Downloads Neo4j and Neo4j Browser with Maven, once. */
  fetch(): void {
    if (existsSync(join(this.libDir, '.complete'))) return;
    requireTool('mvn', ['-v'], 'Maven (mvn) is needed to download Neo4j from Maven Central');
    const partial = `${this.libDir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    this.log(`Downloading Neo4j ${neo4jVersion()} and Neo4j Browser from Maven Central (once)...`);
    const result = spawnSync(
      'mvn',
      ['-B', '-q', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${partial}`, '-DincludeScope=runtime'],
      { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
    );
    if (result.status !== 0) {
      rmSync(partial, { recursive: true, force: true });
      throw new ManagedNeo4jError(
        `Maven could not download Neo4j (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-2000)}\n${ALTERNATIVES}`,
      );
    }
    writeFileSync(join(partial, '.complete'), new Date().toISOString());
    mkdirSync(resolve(this.libDir, '..'), { recursive: true });
    if (existsSync(join(this.libDir, '.complete'))) {
      rmSync(partial, { recursive: true, force: true }); // another process finished first
      return;
    }
    rmSync(this.libDir, { recursive: true, force: true });
    renameSync(partial, this.libDir);
  }

  status(): ManagedStatus {
    const pid = this.readPid();
    return { running: pid !== null, pid, boltUri: this.boltUri, browserUrl: this.browserUrl };
  }

  /**
   * Starts the server unless this instance is already running, then waits until Bolt answers.
   * Returns whether this call started it (so that the caller knows whether to stop it).
   */
  async start(timeoutMs = 120_000): Promise<{ started: boolean }> {
    requireJava();
    this.fetch();
    this.writeConfig();
    const existing = this.readPid();
    if (existing !== null) {
      this.log(`Neo4j already running (pid ${existing}); reusing it.`);
      await waitForNeo4j(this.connection, timeoutMs, () => isAlive(existing));
      return { started: false };
    }
    for (const port of [this.options.boltPort, this.options.httpPort]) {
      if (!(await portIsFree(port))) {
        throw new ManagedNeo4jError(
          `Port ${port} on 127.0.0.1 is taken by another process, so the managed Neo4j cannot start. ` +
            `Stop that process, choose other ports with NEO4J_BOLT_PORT and NEO4J_HTTP_PORT, or use it with NEO4J_URI.`,
        );
      }
    }
    if (!existsSync(join(this.instanceDir, 'data/dbms/auth.ini'))) this.setInitialPassword();

    const logFile = join(this.instanceDir, 'logs/neo4j.log');
    const out = openSync(logFile, 'a');
    const heap = this.options.heap ?? '512m';
    const child = spawn(
      'java',
      [
        `-Xms${heap}`,
        `-Xmx${heap}`,
        '-XX:+UseG1GC',
        '-XX:-OmitStackTraceInFastThrow',
        '-XX:+DisableExplicitGC',
        '-Djdk.nio.maxCachedBufferSize=1024',
        '-Dio.netty.tryReflectionSetAccessible=true',
        '-Dlog4j2.disable.jmx=true',
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/java.io=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '--add-opens=java.base/java.lang=ALL-UNNAMED',
        '-cp',
        `${this.libDir}/*`,
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${this.instanceDir}`,
        `--config-dir=${join(this.instanceDir, 'conf')}`,
      ],
      { detached: true, stdio: ['ignore', out, out], env: this.javaEnv() },
    );
    closeSync(out);
    if (child.pid === undefined) throw new ManagedNeo4jError('Could not start java for Neo4j.');
    const pid = child.pid;
    child.unref();
    writeFileSync(this.pidFile, String(pid));
    this.log(`Starting Neo4j ${neo4jVersion()} (pid ${pid}), Bolt ${this.boltUri}, logs in ${logFile}`);
    try {
      await waitForNeo4j(this.connection, timeoutMs, () => isAlive(pid));
    } catch (error) {
      await this.stop();
      const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-3000) : '';
      throw new ManagedNeo4jError(`Neo4j did not start: ${(error as Error).message}\nLast log lines:\n${tail}`);
    }
    return { started: true };
  }

  /** Stops the server and waits until its process is gone. Safe to call when it is not running. */
  async stop(timeoutMs = 60_000): Promise<boolean> {
    const pid = this.readPid();
    if (pid === null) return false;
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + timeoutMs;
    while (isAlive(pid) && Date.now() < deadline) await sleep(200);
    if (isAlive(pid)) {
      process.kill(pid, 'SIGKILL');
      while (isAlive(pid)) await sleep(100);
    }
    rmSync(this.pidFile, { force: true });
    return true;
  }

  /** Stops the server if running and deletes the whole instance folder (tests only). */
  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.instanceDir, { recursive: true, force: true });
  }

  private readPid(): number | null {
    if (!existsSync(this.pidFile)) return null;
    const pid = Number(readFileSync(this.pidFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isNeo4jProcess(pid)) return pid;
    rmSync(this.pidFile, { force: true });
    return null;
  }

  private javaEnv(): NodeJS.ProcessEnv {
    return { ...process.env, NEO4J_HOME: this.instanceDir, NEO4J_CONF: join(this.instanceDir, 'conf') };
  }

  private setInitialPassword(): void {
    const result = spawnSync(
      'java',
      ['-cp', `${this.libDir}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', this.options.password],
      { env: this.javaEnv(), encoding: 'utf8' },
    );
    if (result.status !== 0) {
      throw new ManagedNeo4jError(`Could not set the initial Neo4j password: ${result.stderr || result.stdout}`);
    }
  }

  private writeConfig(): void {
    for (const dir of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) {
      mkdirSync(join(this.instanceDir, dir), { recursive: true });
    }
    const dir = (name: string) => join(this.instanceDir, name);
    const settings: Record<string, string> = {
      'server.default_listen_address': '127.0.0.1',
      'server.default_advertised_address': '127.0.0.1',
      'server.bolt.listen_address': `127.0.0.1:${this.options.boltPort}`,
      'server.bolt.advertised_address': `127.0.0.1:${this.options.boltPort}`,
      'server.http.listen_address': `127.0.0.1:${this.options.httpPort}`,
      'server.http.advertised_address': `127.0.0.1:${this.options.httpPort}`,
      'server.https.enabled': 'false',
      'dbms.security.auth_enabled': 'true',
      'server.memory.pagecache.size': this.options.pagecache ?? '256m',
      'server.directories.data': dir('data'),
      'server.directories.logs': dir('logs'),
      'server.directories.run': dir('run'),
      'server.directories.plugins': dir('plugins'),
      'server.directories.import': dir('import'),
      'dbms.usage_report.enabled': 'false',
      ...this.options.extraConfig,
    };
    const body = Object.entries(settings)
      .map(([key, value]) => `${key}=${value}`)
      .join('\n');
    writeFileSync(
      join(this.instanceDir, 'conf/neo4j.conf'),
      `# Written by src/neo4j/managed.ts on every start; edit the code or the environment, not this file.\n${body}\n`,
    );
  }
}

function requireTool(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  if (result.error || result.status !== 0) {
    throw new ManagedNeo4jError(`${what}, but \`${command}\` was not found or did not run. ${ALTERNATIVES}`);
  }
}

function requireJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new ManagedNeo4jError(
      `Java 17 or 21 is needed to run the managed Neo4j, but \`java\` was not found. Install OpenJDK 17. ${ALTERNATIVES}`,
    );
  }
  const major = Number(/version "(\d+)/.exec(result.stderr)?.[1]);
  if (major !== 17 && major !== 21) {
    throw new ManagedNeo4jError(`Neo4j 5.26 runs on Java 17 or 21, but \`java\` is version ${major}. ${ALTERNATIVES}`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Guards against a stale pid file whose number now belongs to another program. */
function isNeo4jProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.neo4j.server.CommunityEntryPoint');
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

/** A port the OS says is free right now (tests use it to avoid every fixed port). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

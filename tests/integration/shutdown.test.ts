import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort, PROJECT_ROOT } from '../../src/neo4j/managed.js';

let child: ChildProcess | null = null;
afterAll(() => {
  child?.kill('SIGKILL');
});

/** Starts the real entry point (`npm start`'s `tsx src/main.ts`) against the suite's Neo4j. */
async function startService(port: number): Promise<{ output: () => string; exited: Promise<number | null> }> {
  const config = inject('neo4j');
  let output = '';
  child = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      // As a user runs it: vitest's NODE_ENV=test would change Apollo's signal handling.
      NODE_ENV: 'development',
      NEO4J_URI: config.uri,
      NEO4J_USER: config.user,
      NEO4J_PASSWORD: config.password,
      PORT: String(port),
      SEED_ON_START: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!output.includes('GraphQL API') && Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the service exited: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { output: () => output, exited };
}

describe('graceful shutdown', () => {
  it('on SIGTERM finishes the request in flight, closes the driver and exits 0', async () => {
    const port = await freePort();
    const service = await startService(port);
    const body = JSON.stringify({ query: '{ person(id: "person:andy-couldrick") { name } }' });
    // A request whose body is still arriving when the signal comes: it is in flight for sure.
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        child!.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 300);
    });
    const answer = await response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { person: { name: 'Andy Couldrick' } } });
    expect(await service.exited).toBe(0);
    expect(service.output()).toMatch(/SIGTERM: draining requests and shutting down/);
    // It used NEO4J_URI, so it started no Neo4j and must not stop one.
    expect(service.output()).not.toMatch(/Stopped the managed Neo4j/);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });
});

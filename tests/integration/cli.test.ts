import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/neo4j/managed.js';

// A home of its own, so these commands can never touch the developer's managed instance.
const home = mkdtempSync(join(tmpdir(), 'csg-cli-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function cli(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_HOME_DIR: home, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the command-line tools', () => {
  it('db:start without Java says what is missing and what else to do', () => {
    const { code, output } = cli('src/cli/db.ts', ['start'], { PATH: '/nonexistent' });
    expect(code).toBe(1);
    expect(output).toMatch(/Java 17 or 21 is needed/);
    expect(output).toMatch(/NEO4J_URI/);
    expect(output).toMatch(/docker compose/);
    expect(output).not.toMatch(/ {4}at /);
  });

  it('db:status reports a stopped instance with exit code 3', () => {
    const { code, output } = cli('src/cli/db.ts', ['status']);
    expect(code).toBe(3);
    expect(output).toMatch(/Not running/);
  });

  it('refuses a bad configuration value, naming the variable', () => {
    const { code, output } = cli('src/main.ts', [], { PORT: 'eighty' });
    expect(code).toBe(1);
    expect(output).toMatch(/Invalid configuration:\s+PORT:/);
  });

  it('seed --check validates the seed files against the corpus without a database', () => {
    const { code, output } = cli('src/cli/seed.ts', ['--check']);
    expect(code).toBe(0);
    expect(output).toMatch(/Seed files are valid: \d+ nodes, \d+ relationships; every quote is verbatim/);
  });
});

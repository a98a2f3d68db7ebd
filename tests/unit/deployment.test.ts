import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLES, loadEnv } from '../../src/env.js';
import { PROJECT_ROOT } from '../../src/neo4j/managed.js';

interface Compose {
  services: Record<string, { image?: string; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; healthcheck?: { test: string[] } }>;
}
const compose = parse(readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as Compose;

/** `${NAME:-default}` as docker compose would substitute it with NAME unset. */
const substitute = (value: string) => value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 community image with a health check', () => {
    const neo4j = compose.services.neo4j!;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck?.test.join(' ')).toMatch(/cypher-shell/);
  });

  it('gives the API only variables that src/env.ts reads, and they validate', () => {
    const api = compose.services.api!;
    const environment = Object.fromEntries(Object.entries(api.environment ?? {}).map(([k, v]) => [k, substitute(String(v))]));
    for (const key of Object.keys(environment)) expect(ENV_VARIABLES).toContain(key);
    const env = loadEnv(environment);
    expect(env.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it('uses the same password for Neo4j and the API', () => {
    const auth = substitute(compose.services.neo4j!.environment!.NEO4J_AUTH!);
    const password = substitute(compose.services.api!.environment!.NEO4J_PASSWORD!);
    expect(auth).toBe(`neo4j/${password}`);
  });
});

describe('configuration', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(loadEnv({})).toMatchObject({
      PORT: 4000,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'childrens-services',
      NEO4J_BOLT_PORT: 7687,
      NEO4J_HTTP_PORT: 7474,
    });
  });

  it('refuses a bad value with a message naming the variable', () => {
    expect(() => loadEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI: must be a neo4j:\/\/ or bolt:\/\/ URI/);
    expect(() => loadEnv({ NEO4J_PASSWORD: 'short' })).toThrow(/NEO4J_PASSWORD/);
  });

  it('documents every variable in the README', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    for (const name of ENV_VARIABLES) expect(readme).toContain(`\`${name}\``);
  });
});

describe('the README', () => {
  it('shows every Browser guide query exactly as the guide runs it', async () => {
    const { loadGuideQueries } = await import('../../src/modules/browser/browser.guide.js');
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const queries = loadGuideQueries();
    expect(queries.length).toBeGreaterThanOrEqual(8);
    for (const query of queries) expect(readme).toContain(query.cypher.trimEnd());
  });
});

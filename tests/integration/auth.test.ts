import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LogEntry } from '../../src/logger.js';
import { API_TOKEN_LABEL, hashToken, TokenStore } from '../../src/modules/auth/tokens.js';
import { Database } from '../../src/neo4j/database.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { createApp } from '../../src/server.js';
import { PROJECT_ROOT } from '../../src/neo4j/managed.js';
import { startTestApi, uniqueSlug, type TestApi } from '../helpers.js';

const SECRET = 'the-newsroom-shared-secret-32-chars-or-more';
const ISSUER = 'https://idp.newsroom.example';
const AUDIENCE = 'graph-api';
const VIEWER = '{ viewer { name role via } }';
const TOKEN_SHAPE = /csg_[A-Za-z0-9_-]{43}/;

// Every token of this file is named after this run's slug, and removed afterwards.
const slug = uniqueSlug();
const logs: LogEntry[] = [];
let api: TestApi;
let tokens: TokenStore;

beforeAll(async () => {
  api = await startTestApi({
    auth: { jwt: { secret: SECRET, issuer: ISSUER, audience: AUDIENCE } },
    log: (entry) => logs.push(entry),
  });
  tokens = new TokenStore(api.db);
});

afterAll(async () => {
  await api.db.write(`MATCH (t:${API_TOKEN_LABEL}) WHERE t.name STARTS WITH $slug DELETE t`, { slug });
  await api.close();
});

const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });

const hs256 = (payload: JWTPayload, { secret = SECRET, expires = '5m' }: { secret?: string; expires?: string | number } = {}) =>
  new SignJWT({ iss: ISSUER, aud: AUDIENCE, ...payload }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(expires).sign(new TextEncoder().encode(secret));

/** A 401 as the API answers a refused credential on /graphql. */
async function expectUnauthenticated(result: Awaited<ReturnType<TestApi['graphql']>>, message: RegExp): Promise<void> {
  expect(result.status).toBe(401);
  expect(result.headers.get('www-authenticate')).toMatch(/^Bearer/);
  expect(result.data).toBeUndefined();
  expect(result.errors).toEqual([{ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } }]);
}

describe('API tokens in Neo4j (src/modules/auth/tokens.ts)', () => {
  it('creates a token, shown once; lists it without its hash; verifies it', async () => {
    const name = `${slug}-desk`;
    const { token, info } = await tokens.create(name, 'EDITOR');
    expect(token).toMatch(new RegExp(`^${TOKEN_SHAPE.source}$`));
    expect(info).toMatchObject({ name, role: 'EDITOR', revokedAt: null, lastUsedAt: null });
    const listed = (await tokens.list()).find((t) => t.name === name)!;
    expect(listed).toEqual({ name, role: 'EDITOR', createdAt: info.createdAt, revokedAt: null, lastUsedAt: null });
    expect(JSON.stringify(await tokens.list())).not.toMatch(/hash|[0-9a-f]{64}/);

    expect(await tokens.verify(token)).toEqual({ via: 'token', name, role: 'EDITOR' });
    expect((await tokens.list()).find((t) => t.name === name)!.lastUsedAt).not.toBeNull();
    const [stored] = await api.db.read<{ props: Record<string, unknown> }>(`MATCH (t:${API_TOKEN_LABEL} {name: $name}) RETURN properties(t) AS props`, { name });
    expect(Object.keys(stored!.props).sort()).toEqual(['createdAt', 'hash', 'lastUsedAt', 'name', 'role']);
    expect(stored!.props.hash).toBe(hashToken(token));
  });

  it('refuses a name already in use, and an unknown name to revoke', async () => {
    const name = `${slug}-taken`;
    await tokens.create(name, 'READER');
    await expect(tokens.create(name, 'ADMIN')).rejects.toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/already exists; revoke it first/) });
    await expect(tokens.revoke(`${slug}-nobody`)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(tokens.create('not a name', 'ADMIN')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('revokes a token for good; the name can then be given to a new one', async () => {
    const name = `${slug}-leaver`;
    const { token: old } = await tokens.create(name, 'ADMIN');
    const revoked = await tokens.revoke(name);
    expect(revoked.alreadyRevoked).toBe(false);
    expect(await tokens.verify(old)).toBeNull();
    expect((await tokens.revoke(name)).alreadyRevoked).toBe(true);
    expect((await tokens.list()).find((t) => t.name === name)!.revokedAt).toBe(revoked.revokedAt);

    const { token: fresh } = await tokens.create(name, 'READER');
    expect(await tokens.verify(fresh)).toEqual({ via: 'token', name, role: 'READER' });
    expect(await tokens.verify(old)).toBeNull();
  });

  it('checks a mutation’s token in its write transaction: accepted and noted, refused when revoked (401, no data), FORBIDDEN for a reader, logged by name', async () => {
    const RETRACT = `mutation Retract($id: ID!) { retract(id: $id, reason: "a test of the token check") { change { id } } }`;
    const missing = { id: `person:${slug}-nobody` };
    const editor = `${slug}-writer`;
    const { token } = await tokens.create(editor, 'EDITOR');
    logs.length = 0;
    // Past the token check, the write itself finds nothing: the token was looked up, accepted and its use noted.
    const accepted = await api.graphql(RETRACT, missing, { ...bearer(token), 'x-request-id': 'auth-write-1' });
    expect(accepted.status).toBe(200);
    expect(accepted.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect((await tokens.list()).find((t) => t.name === editor)!.lastUsedAt).not.toBeNull();
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'graphql', requestId: 'auth-write-1', viewer: editor, role: 'EDITOR', operationName: 'Retract' }));

    await tokens.revoke(editor);
    const refused = await api.graphql(RETRACT, missing, bearer(token));
    await expectUnauthenticated(refused, /unknown or has been revoked/);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');

    const { token: reader } = await tokens.create(`${slug}-write-reader`, 'READER');
    const forbidden = await api.graphql(RETRACT, missing, bearer(reader));
    expect(forbidden.status).toBe(200);
    expect(forbidden.errors?.map((e) => [e.extensions?.code, (e.extensions as { requiredRole?: string } | undefined)?.requiredRole])).toEqual([['FORBIDDEN', 'EDITOR']]);
  });

  it('refuses malformed and unknown tokens', async () => {
    expect(await tokens.verify('csg_short')).toBeNull();
    expect(await tokens.verify(`csg_${'A'.repeat(43)}`)).toBeNull();
  });
});

describe('npm run token', () => {
  const home = mkdtempSync(join(tmpdir(), 'csg-token-cli-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  function token(...args: string[]) {
    const connection = inject('neo4j');
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/token.ts', ...args], {
      cwd: PROJECT_ROOT,
      // The suite's Neo4j, and a home of its own so the developer's managed instance is never touched.
      env: { ...process.env, NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password, NEO4J_DATABASE: connection.database, NEO4J_HOME_DIR: home },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}` };
  }

  it('creates a token (printed once), lists it and revokes it; the API follows', async () => {
    const name = `${slug}-cli`;
    const created = token('create', '--name', name, '--role', 'editor');
    expect(created.output).toMatch(/will not be shown again/);
    expect(created.code).toBe(0);
    const clear = TOKEN_SHAPE.exec(created.stdout)![0];
    const who = await api.graphql(VIEWER, {}, bearer(clear));
    expect(who).toMatchObject({ status: 200, data: { viewer: { name, role: 'EDITOR', via: 'TOKEN' } } });

    const listed = token('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/NAME\s+ROLE\s+CREATED\s+LAST USED\s+REVOKED/);
    expect(listed.stdout).toMatch(new RegExp(`${name}\\s+editor\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ`));
    expect(listed.output).not.toContain(clear);
    expect(listed.output).not.toContain(hashToken(clear));

    const revoked = token('revoke', name);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`Revoked the API token "${name}"`));
    await expectUnauthenticated(await api.graphql(VIEWER, {}, bearer(clear)), /unknown or has been revoked/);
  });

  it('exits 1 with a clear message on bad arguments, with no stack trace', () => {
    const cases: [string[], RegExp][] = [
      [['create', '--name', `${slug}-x`, '--role', 'owner'], /Unknown role "owner"; the roles are reader, editor, admin/],
      [['create', '--role', 'editor'], /`create` needs --name <who>/],
      [['create', '--name', `${slug}-x`], /`create` needs --role/],
      [['revoke'], /`revoke` needs exactly one token name/],
      [['rotate'], /Unknown command "rotate"/],
      [[], /Say what to do: create, list or revoke/],
      [['list', '--colour'], /Unknown option '--colour'/],
    ];
    for (const [args, message] of cases) {
      const { code, output } = token(...args);
      expect(code, args.join(' ')).toBe(1);
      expect(output, args.join(' ')).toMatch(message);
      expect(output, args.join(' ')).toMatch(/Usage:/);
      expect(output, args.join(' ')).not.toMatch(/ {4}at /);
    }
  });

  it('refuses a name in use, and revoking a name nobody has, with exit 1', async () => {
    const name = `${slug}-twice`;
    await tokens.create(name, 'READER');
    const again = token('create', '--name', name, '--role', 'reader');
    expect(again.code).toBe(1);
    expect(again.output).toMatch(new RegExp(`An API token named "${name}" already exists`));
    const nobody = token('revoke', `${slug}-nobody`);
    expect(nobody.code).toBe(1);
    expect(nobody.output).toMatch(/No API token is named/);
    expect(`${again.output}${nobody.output}`).not.toMatch(/ {4}at /);
  });
});

describe('bearer credentials over HTTP', () => {
  it('answers `viewer` with the token\'s name and role, through the compiled path and with other fields', async () => {
    const name = `${slug}-reader`;
    const { token } = await tokens.create(name, 'READER');
    expect(await api.graphql(VIEWER, {}, bearer(token))).toMatchObject({ status: 200, data: { viewer: { name, role: 'READER', via: 'TOKEN' } } });
    // `viewer` is not a compiled field: the whole operation falls back to the resolvers.
    const mixed = await api.graphql<{ viewer: { name: string }; person: { name: string } }>(`{ viewer { name } person(id: "person:andy-couldrick") { name } }`, {}, bearer(token));
    expect(mixed.errors).toBeUndefined();
    expect(mixed.data).toEqual({ viewer: { name }, person: { name: 'Andy Couldrick' } });
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'operation left to the resolvers', reason: 'Query.viewer is not compiled' }));
  });

  it('answers null for `viewer` without a credential, and reads stay public by default', async () => {
    expect(await api.graphql(VIEWER)).toMatchObject({ status: 200, data: { viewer: null } });
    const read = await api.graphql<{ person: { name: string } }>('{ person(id: "person:andy-couldrick") { name } }');
    expect(read.data?.person.name).toBe('Andy Couldrick');
    const file = await fetch(`${api.url}/export/nodes.csv?around=person:andy-couldrick&depth=1`);
    expect(file.status).toBe(200);
    await file.text();
  });

  it('refuses an unknown or revoked token, or another scheme, with 401 UNAUTHENTICATED', async () => {
    await expectUnauthenticated(await api.graphql(VIEWER, {}, bearer(`csg_${'x'.repeat(43)}`)), /The API token is unknown or has been revoked/);
    const name = `${slug}-gone`;
    const { token } = await tokens.create(name, 'EDITOR');
    await tokens.revoke(name);
    const revoked = await api.graphql(VIEWER, {}, bearer(token));
    await expectUnauthenticated(revoked, /unknown or has been revoked/);
    expect(revoked.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    await expectUnauthenticated(await api.graphql(VIEWER, {}, { authorization: 'Basic bmVvNGo6bmVvNGo=' }), /Authorization: Bearer <token>/);
    // A refused credential is refused on the exports too, in their own error shape.
    const file = await fetch(`${api.url}/export/nodes.csv`, { headers: bearer(token) });
    expect(file.status).toBe(401);
    expect(await file.json()).toEqual({ error: expect.stringMatching(/unknown or has been revoked/), code: 'UNAUTHENTICATED' });
  });

  it('lets browsers send the Authorization header across origins', async () => {
    const cors = await startTestApi({ corsOrigins: ['http://newsroom.example'] });
    try {
      const preflight = await fetch(`${cors.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'http://newsroom.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/\bauthorization\b/);
      const refused = await fetch(`${cors.url}/graphql`, {
        method: 'POST',
        headers: { origin: 'http://newsroom.example', 'content-type': 'application/json', ...bearer(`csg_${'y'.repeat(43)}`) },
        body: JSON.stringify({ query: VIEWER }),
      });
      expect(refused.status).toBe(401);
      // The browser lets the page read the 401.
      expect(refused.headers.get('access-control-allow-origin')).toBe('http://newsroom.example');
    } finally {
      await cors.close();
    }
  });
});

describe('JWTs', () => {
  it('accepts a valid HS256 JWT: its subject and the role in its roles claim', async () => {
    const result = await api.graphql(VIEWER, {}, bearer(await hs256({ sub: 'jo.bloggs', roles: ['Reader', 'EDITOR'] })));
    expect(result).toMatchObject({ status: 200, data: { viewer: { name: 'jo.bloggs', role: 'EDITOR', via: 'JWT' } } });
    const noRole = await api.graphql(VIEWER, {}, bearer(await hs256({ sub: 'jo.bloggs' })));
    expect(noRole).toMatchObject({ status: 200, data: { viewer: { role: 'READER' } } });
  });

  it('reads custom claim names (JWT_ROLES_CLAIM, JWT_NAME_CLAIM)', async () => {
    const custom = await startTestApi({ auth: { jwt: { secret: SECRET, rolesClaim: 'https://newsroom.example/roles', nameClaim: 'email' } } });
    try {
      const jwt = await hs256({ sub: 'u-81', email: 'jo@newsroom.example', 'https://newsroom.example/roles': 'admin' });
      expect(await custom.graphql(VIEWER, {}, bearer(jwt))).toMatchObject({ status: 200, data: { viewer: { name: 'jo@newsroom.example', role: 'ADMIN', via: 'JWT' } } });
    } finally {
      await custom.close();
    }
  });

  it('refuses an expired JWT, one signed with another secret and one for another audience, saying which', async () => {
    await expectUnauthenticated(await api.graphql(VIEWER, {}, bearer(await hs256({ sub: 'jo' }, { expires: Math.floor(Date.now() / 1000) - 3600 }))), /The JWT has expired/);
    await expectUnauthenticated(await api.graphql(VIEWER, {}, bearer(await hs256({ sub: 'jo' }, { secret: 'not-the-newsroom-secret-but-as-long-as-it' }))), /signature does not verify with JWT_SECRET/);
    await expectUnauthenticated(await api.graphql(VIEWER, {}, bearer(await hs256({ sub: 'jo', aud: 'another-api' }))), /another audience than JWT_AUDIENCE/);
    await expectUnauthenticated(await api.graphql(VIEWER, {}, bearer(await hs256({ sub: 'jo', iss: 'https://elsewhere.example' }))), /another issuer than JWT_ISSUER/);
    await expectUnauthenticated(await api.graphql(VIEWER, {}, bearer('not.a-jwt')), /not a well-formed JWT/);
  });

  describe('from a JWKS URL', () => {
    let jwks: Server;
    let jwksUrl: string;
    let rsa: CryptoKey;
    let ec: CryptoKey;
    let stranger: CryptoKey;
    let keyed: TestApi;
    let fetches = 0;

    beforeAll(async () => {
      const rsaPair = await generateKeyPair('RS256');
      const ecPair = await generateKeyPair('ES256');
      rsa = rsaPair.privateKey;
      ec = ecPair.privateKey;
      stranger = (await generateKeyPair('RS256')).privateKey;
      const keys = [
        { ...(await exportJWK(rsaPair.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
        { ...(await exportJWK(ecPair.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
      ];
      jwks = createServer((req, res) => {
        fetches += 1;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys }));
      });
      await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
      jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
      keyed = await startTestApi({ auth: { jwt: { jwksUrl, issuer: ISSUER } } });
    });
    afterAll(async () => {
      await keyed.close();
      await new Promise((resolve) => jwks.close(resolve));
    });

    const signed = (key: CryptoKey, alg: string, kid: string, payload: JWTPayload) =>
      new SignJWT({ iss: ISSUER, ...payload }).setProtectedHeader({ alg, kid }).setExpirationTime('5m').sign(key);

    it('verifies RS256 and ES256 JWTs with the provider\'s keys, fetched once', async () => {
      expect(await keyed.graphql(VIEWER, {}, bearer(await signed(rsa, 'RS256', 'rsa-1', { sub: 'kc-1', roles: 'editor' })))).toMatchObject({
        status: 200,
        data: { viewer: { name: 'kc-1', role: 'EDITOR', via: 'JWT' } },
      });
      expect(await keyed.graphql(VIEWER, {}, bearer(await signed(ec, 'ES256', 'ec-1', { sub: 'kc-2', roles: ['admin'] })))).toMatchObject({
        status: 200,
        data: { viewer: { name: 'kc-2', role: 'ADMIN' } },
      });
      expect(fetches).toBe(1);
    });

    it('refuses a JWT signed with a key the provider does not publish, and an HS256 one', async () => {
      await expectUnauthenticated(await keyed.graphql(VIEWER, {}, bearer(await signed(stranger, 'RS256', 'rsa-1', { sub: 'mallory' }))), /signature does not verify with the keys of JWT_JWKS_URL/);
      await expectUnauthenticated(await keyed.graphql(VIEWER, {}, bearer(await hs256({ sub: 'mallory' }))), /algorithm this API does not accept \(it accepts RS256, ES256\)/);
    });
  });
});

describe('a credential that cannot be checked', () => {
  it('answers 503 SERVICE_UNAVAILABLE when Neo4j (the tokens) or the JWKS URL is unreachable', async () => {
    // Nothing listens on port 9: connections are refused at once.
    const driver = createDriver({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused-password', database: 'neo4j' });
    const app = createApp({ db: new Database(driver, 'neo4j'), migrated: true, auth: { jwt: { jwksUrl: 'http://127.0.0.1:9/jwks.json' } } });
    const url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}/graphql`;
    const ask = (credential: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(credential) }, body: JSON.stringify({ query: VIEWER }) });
    try {
      const token = await ask(`csg_${'z'.repeat(43)}`);
      expect(token.status).toBe(503);
      expect(await token.json()).toEqual({ errors: [{ message: expect.stringMatching(/unavailable/), extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      const { privateKey } = await generateKeyPair('RS256');
      const jwt = await new SignJWT({ sub: 'kc' }).setProtectedHeader({ alg: 'RS256', kid: 'k' }).setExpirationTime('5m').sign(privateKey);
      const keys = await ask(jwt);
      expect(keys.status).toBe(503);
      expect(await keys.json()).toEqual({ errors: [{ message: expect.stringMatching(/JWT_JWKS_URL\) could not be fetched/), extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    } finally {
      await app.stop();
      await driver.close();
    }
  });
});

describe('READ_ACCESS=authenticated', () => {
  let locked: TestApi;
  beforeAll(async () => {
    locked = await startTestApi({ auth: { readAccess: 'authenticated' } });
  });
  afterAll(() => locked.close());

  it('refuses anonymous reads of /graphql and /export with 401 UNAUTHENTICATED', async () => {
    await expectUnauthenticated(await locked.graphql('{ person(id: "person:andy-couldrick") { name } }'), /needs the READER role: send a credential as Authorization: Bearer <token>/);
    const file = await fetch(`${locked.url}/export/nodes.csv`);
    expect(file.status).toBe(401);
    expect(file.headers.get('www-authenticate')).toBe('Bearer');
    expect(await file.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('answers a reader token', async () => {
    const { token } = await tokens.create(`${slug}-locked-reader`, 'READER');
    const read = await locked.graphql<{ person: { name: string } }>('{ person(id: "person:andy-couldrick") { name } }', {}, bearer(token));
    expect(read.status).toBe(200);
    expect(read.data?.person.name).toBe('Andy Couldrick');
    const file = await fetch(`${locked.url}/export/nodes.csv`, { headers: bearer(token) });
    expect(file.status).toBe(200);
    expect(await file.text()).toMatch(/person:andy-couldrick/);
  });

  it('keeps health, readiness, GraphiQL and the explorer public', async () => {
    expect((await fetch(`${locked.url}/health`)).status).toBe(200);
    expect((await fetch(`${locked.url}/ready`)).status).toBe(200);
    const ide = await fetch(`${locked.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(ide.status).toBe(200);
    expect(ide.headers.get('content-type')).toMatch(/text\/html/);
    // The explorer's page: served, or 503 when web/dist is not built; never 401.
    expect([200, 503]).toContain((await fetch(`${locked.url}/`, { headers: { accept: 'text/html' } })).status);
  });
});

describe('credentials are never logged, never stored in clear', () => {
  it('keeps the token out of the request log, which names the viewer instead', async () => {
    const name = `${slug}-logged`;
    const { token } = await tokens.create(name, 'EDITOR');
    const jwt = await hs256({ sub: 'jo.logged', roles: 'admin' });
    logs.length = 0;
    await api.graphql(VIEWER, {}, bearer(token));
    await api.graphql('query Who { person(id: "person:ray-jones") { name } }', {}, { ...bearer(token), 'x-request-id': 'auth-log-1' });
    await api.graphql(VIEWER, {}, bearer(jwt));
    await fetch(`${api.url}/export/nodes.csv?around=person:ray-jones&depth=1`, { headers: bearer(token) }).then((r) => r.text());
    await tokens.revoke(name);
    await api.graphql(VIEWER, {}, bearer(token));
    await api.graphql(VIEWER, {}, bearer(await hs256({ sub: 'jo' }, { secret: 'not-the-newsroom-secret-but-as-long-as-it' })));

    expect(logs).toContainEqual(expect.objectContaining({ msg: 'graphql', requestId: 'auth-log-1', viewer: name, role: 'EDITOR', operationName: 'Who' }));
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'graphql', viewer: 'jo.logged', role: 'ADMIN' }));
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'credential refused', code: 'UNAUTHENTICATED' }));
    const text = JSON.stringify(logs);
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.slice(4, 24));
    expect(text).not.toContain(jwt.split('.')[1]!);
    expect(text).not.toMatch(/Bearer [\w-]{8}/);
  });

  /** A property value that is, or holds, the token (its random part), as a string or in a list of strings. */
  const HOLDS = (value: string) =>
    `${value} = $token OR (${value} IS :: STRING AND ${value} CONTAINS $secret) OR (${value} IS :: LIST<STRING> AND any(x IN ${value} WHERE x CONTAINS $secret))`;

  it('keeps no node or relationship property equal to, or containing, a clear token', async () => {
    const { token } = await tokens.create(`${slug}-stored`, 'ADMIN');
    await api.graphql(VIEWER, {}, bearer(token));
    const [found] = await api.db.read<{ nodes: unknown; rels: unknown }>(
      `CALL () { MATCH (n) WHERE any(k IN keys(n) WHERE ${HOLDS('n[k]')}) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() WHERE any(k IN keys(r) WHERE ${HOLDS('r[k]')}) RETURN count(r) AS rels }
       RETURN nodes, rels`,
      { token, secret: token.slice(4) },
    );
    expect(Number(found!.nodes)).toBe(0);
    expect(Number(found!.rels)).toBe(0);
  });
});

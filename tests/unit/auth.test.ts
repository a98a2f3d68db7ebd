import { generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import neo4j from 'neo4j-driver';
import { buildASTSchema, GraphQLError, parse, type GraphQLEnumType } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { CredentialKind, Role } from '../../src/__generated__/resolvers-types.js';
import { createContext } from '../../src/context.js';
import { loadEnv } from '../../src/env.js';
import { authenticate, checkReadAccess, type AuthDeps } from '../../src/modules/auth/auth.js';
import { claimOf, createJwtVerifier, roleFromClaim } from '../../src/modules/auth/jwt.js';
import { ANONYMOUS, ROLES, type Viewer } from '../../src/modules/auth/roles.js';
import { checkTokenName, generateToken, hashToken, isApiToken, parseRole, TOKEN_PREFIX } from '../../src/modules/auth/tokens.js';
import { Database } from '../../src/neo4j/database.js';
import { loadTypeDefs } from '../../src/schema.js';

const SECRET = 'a-shared-secret-of-at-least-32-characters!';
const now = () => Math.floor(Date.now() / 1000);

async function hs256(payload: JWTPayload, options: { secret?: string; exp?: number | null } = {}): Promise<string> {
  let jwt = new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
  if (options.exp !== null) jwt = jwt.setExpirationTime(options.exp ?? now() + 300);
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
}

/** The coded error a promise rejects with. */
async function refusal(promise: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return { code: (error as GraphQLError).extensions.code, message: (error as GraphQLError).message };
}

/** No token store is reached in these tests: a bearer value that is not an API token never touches it. */
const noTokens: AuthDeps['tokens'] = {
  verify: () => {
    throw new Error('the token store is not used here');
  },
  defer: () => {
    throw new Error('the token store is not used here');
  },
};

describe('API tokens', () => {
  it('are the prefix and 32 random bytes in base64url, and differ every time', () => {
    const token = generateToken();
    expect(token).toMatch(new RegExp(`^${TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`));
    expect(Buffer.from(token.slice(TOKEN_PREFIX.length), 'base64url')).toHaveLength(32);
    expect(generateToken()).not.toBe(token);
    expect(isApiToken(token)).toBe(true);
    expect(isApiToken('eyJhbGciOiJIUzI1NiJ9.e30.x')).toBe(false);
  });

  it('are stored as their SHA-256 in hex, which does not contain them', () => {
    const token = generateToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hash);
    expect(hash).not.toContain(token.slice(TOKEN_PREFIX.length, 20));
  });

  it('take a role in any case, and a name the audit trail can show', () => {
    expect(parseRole('editor')).toBe('EDITOR');
    expect(parseRole('Admin')).toBe('ADMIN');
    expect(() => parseRole('owner')).toThrow(/Unknown role "owner"; the roles are reader, editor, admin/);
    expect(checkTokenName('alice@newsroom.example')).toBe('alice@newsroom.example');
    expect(() => checkTokenName('')).toThrow(/token name/);
    expect(() => checkTokenName('two words')).toThrow(/token name/);
  });
});

describe('the role a JWT carries', () => {
  it('is read from a string or an array, in any case, the highest winning', () => {
    expect(roleFromClaim('editor')).toBe('EDITOR');
    expect(roleFromClaim(['Reader', 'ADMIN', 'editor'])).toBe('ADMIN');
    expect(roleFromClaim(['staff', 'Editor'])).toBe('EDITOR');
  });

  it('is READER when the claim is missing or names no known role', () => {
    expect(roleFromClaim(undefined)).toBe('READER');
    expect(roleFromClaim(['staff'])).toBe('READER');
    expect(roleFromClaim({ admin: true })).toBe('READER');
    expect(roleFromClaim([42, null])).toBe('READER');
  });

  it('comes from a namespaced claim, or a dotted path into a nested one', () => {
    const payload = { 'https://newsroom.example/roles': ['editor'], realm_access: { roles: ['admin'] } };
    expect(claimOf(payload, 'https://newsroom.example/roles')).toEqual(['editor']);
    expect(claimOf(payload, 'realm_access.roles')).toEqual(['admin']);
    expect(claimOf(payload, 'realm_access.missing')).toBeUndefined();
  });
});

describe('JWT verification (HS256)', () => {
  const verify = createJwtVerifier({ secret: SECRET, issuer: 'https://idp.newsroom.example', audience: 'graph-api' });
  const good = { iss: 'https://idp.newsroom.example', aud: 'graph-api', sub: 'jo.bloggs' };

  it('accepts a valid JWT: its subject names the viewer, its roles claim gives the role', async () => {
    expect(await verify(await hs256({ ...good, roles: ['editor'] }))).toEqual({ via: 'jwt', name: 'jo.bloggs', role: 'EDITOR' });
    expect(await verify(await hs256(good))).toEqual({ via: 'jwt', name: 'jo.bloggs', role: 'READER' });
  });

  it('reads the claims JWT_ROLES_CLAIM and JWT_NAME_CLAIM name', async () => {
    const custom = createJwtVerifier({ secret: SECRET, rolesClaim: 'https://newsroom.example/roles', nameClaim: 'email' });
    const jwt = await hs256({ sub: 'u-1', email: 'jo@newsroom.example', 'https://newsroom.example/roles': 'ADMIN', roles: ['reader'] });
    expect(await custom(jwt)).toEqual({ via: 'jwt', name: 'jo@newsroom.example', role: 'ADMIN' });
  });

  it('refuses each bad JWT with UNAUTHENTICATED, saying why, never repeating it', async () => {
    const cases: [string, Promise<string>, RegExp][] = [
      ['expired', hs256(good, { exp: now() - 3600 }), /has expired/],
      ['wrong secret', hs256(good, { secret: 'another-secret-of-at-least-32-characters' }), /signature does not verify with JWT_SECRET/],
      ['wrong audience', hs256({ ...good, aud: 'another-api' }), /another audience than JWT_AUDIENCE/],
      ['wrong issuer', hs256({ ...good, iss: 'https://elsewhere.example' }), /another issuer than JWT_ISSUER/],
      ['no expiry', hs256(good, { exp: null }), /no `exp` claim/],
      ['no subject', hs256({ iss: good.iss, aud: good.aud }), /no `sub` claim naming its holder/],
    ];
    for (const [what, signed, message] of cases) {
      const jwt = await signed;
      const { code, message: said } = await refusal(verify(jwt));
      expect(code, what).toBe('UNAUTHENTICATED');
      expect(said, what).toMatch(message);
      expect(said, what).not.toContain(jwt.split('.')[1]!);
    }
  });

  it('refuses a JWT signed with another algorithm than HS256', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const jwt = await new SignJWT({ sub: 'x' }).setProtectedHeader({ alg: 'RS256' }).setExpirationTime('5m').sign(privateKey);
    expect(await refusal(verify(jwt))).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/algorithm this API does not accept \(it accepts HS256\)/) });
  });

  it('refuses to be built without exactly one key source, or with a short secret', () => {
    expect(() => createJwtVerifier({})).toThrow(/exactly one/);
    expect(() => createJwtVerifier({ secret: SECRET, jwksUrl: 'https://idp.example/jwks' })).toThrow(/exactly one/);
    expect(() => createJwtVerifier({ secret: 'short' })).toThrow(/at least 32/);
  });
});

describe('authenticate', () => {
  const jwt = createJwtVerifier({ secret: SECRET });

  it('makes no header the anonymous viewer', async () => {
    expect(await authenticate(undefined, { tokens: noTokens, jwt })).toBe(ANONYMOUS);
    expect(await authenticate('', { tokens: noTokens, jwt })).toBe(ANONYMOUS);
  });

  it('refuses another scheme than Bearer', async () => {
    expect(await refusal(authenticate('Basic bmVvNGo6cGFzc3dvcmQ=', { tokens: noTokens, jwt }))).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/Authorization: Bearer/),
    });
  });

  it('takes a bearer value that is not an API token as a JWT, when JWTs are configured', async () => {
    const viewer = await authenticate(`Bearer ${await hs256({ sub: 'ed', roles: 'editor' })}`, { tokens: noTokens, jwt });
    expect(viewer).toEqual({ via: 'jwt', name: 'ed', role: 'EDITOR' });
    expect(await authenticate(`bearer  ${await hs256({ sub: 'ed' })}`, { tokens: noTokens, jwt })).toMatchObject({ name: 'ed' });
  });

  it('refuses it when JWTs are not configured, saying so', async () => {
    const { code, message } = await refusal(authenticate(`Bearer ${await hs256({ sub: 'ed' })}`, { tokens: noTokens, jwt: null }));
    expect(code).toBe('UNAUTHENTICATED');
    expect(message).toMatch(/not an API token \(those start with csg_\), and this API accepts no JWTs/);
  });

  it('lets anonymous callers read only when reads are public', () => {
    expect(() => checkReadAccess(ANONYMOUS, 'public')).not.toThrow();
    expect(() => checkReadAccess(ANONYMOUS, 'authenticated')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    expect(() => checkReadAccess({ via: 'token', name: 'r', role: 'READER' }, 'authenticated')).not.toThrow();
  });
});

describe('the schema', () => {
  it('declares the roles of roles.ts, lowest first, and a credential kind per kind of viewer', () => {
    const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);
    expect(values('Role')).toEqual([...ROLES]);
    expect(Object.values(Role).sort()).toEqual([...ROLES].sort());
    expect(values('CredentialKind').map((kind) => kind.toLowerCase())).toEqual(['token', 'jwt']);
    expect(Object.values(CredentialKind).sort()).toEqual(['JWT', 'TOKEN']);
  });
});

describe('the context', () => {
  // No query is sent: a driver connects only when a query runs.
  const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'));
  const db = new Database(driver, 'neo4j');
  afterAll(() => driver.close());

  it('is anonymous unless given a viewer, and keeps the viewer in the copy Apollo makes', () => {
    expect(createContext(db, 'r-1').viewer).toBe(ANONYMOUS);
    const viewer: Viewer = { via: 'token', name: 'desk', role: 'EDITOR' };
    const context = createContext(db, 'r-2', viewer);
    const copy = Object.assign(Object.create(Object.getPrototypeOf(context) as object) as typeof context, context);
    expect(copy.viewer).toBe(viewer);
    expect(copy.loaders).toBe(copy.loaders);
  });
});

describe('configuration', () => {
  it('makes reads public and accepts no JWTs by default', () => {
    const env = loadEnv({});
    expect(env.READ_ACCESS).toBe('public');
    expect(env.JWT_SECRET).toBeUndefined();
    expect(env.JWT_JWKS_URL).toBeUndefined();
  });

  it('refuses bad JWT and read-access settings, naming the variable', () => {
    expect(() => loadEnv({ READ_ACCESS: 'private' })).toThrow(/READ_ACCESS/);
    expect(() => loadEnv({ JWT_SECRET: 'too-short' })).toThrow(/JWT_SECRET: must be at least 32 characters/);
    expect(() => loadEnv({ JWT_SECRET: SECRET, JWT_JWKS_URL: 'https://idp.example/jwks' })).toThrow(/JWT_JWKS_URL: set JWT_SECRET \(HS256\) or JWT_JWKS_URL/);
    expect(() => loadEnv({ JWT_AUDIENCE: 'graph-api' })).toThrow(/JWT_AUDIENCE: has no effect without JWT_SECRET or JWT_JWKS_URL/);
    expect(() => loadEnv({ JWT_JWKS_URL: 'http://idp.example/jwks' })).toThrow(/JWT_JWKS_URL: must be an https:\/\/ URL/);
    expect(loadEnv({ JWT_JWKS_URL: 'http://127.0.0.1:8080/jwks', JWT_ROLES_CLAIM: 'groups' })).toMatchObject({ JWT_ROLES_CLAIM: 'groups' });
  });
});

import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The journalists' explorer (web/, built by `npm run build:web` into web/dist), served at `/`:
 * index.html for each of its pages (client-side routes), its hashed files under /assets/.
 * It talks to the API only through POST /graphql, like any other client.
 */

export const WEB_DIST = resolve(fileURLToPath(new URL('../../../web/dist', import.meta.url)));

/** The explorer's pages; each answers with index.html and the app routes on the client. */
const PAGE = /^\/(?:|search|connect|(?:entity|document)\/.+)$/;
/** Vite's output names under assets/: `name-<hash>.ext`, with an 8-character hash. */
const ASSET = /^\/assets\/([\w.-]+)$/;
const HASHED = /-[\w-]{8}\.\w+$/;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Explorer not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>The explorer is not built yet</h1>
<p>The API is running, but the web explorer's files (<code>web/dist</code>) are missing. Build them with</p>
<pre>npm run build:web</pre>
<p>(<code>npm start</code> builds them before it starts the API), then reload this page.</p>
<p>Meanwhile the GraphQL API answers at <a href="/graphql">/graphql</a>.</p>
</body></html>`;

/**
 * Returns a handler that answers the explorer's requests (true) or leaves the request to the
 * other routes (false). The folder is looked at on each request, so a build made while the API
 * runs is served without a restart; index.html is read again only when it changes.
 */
export function createWebHandler(distDir: string = WEB_DIST): (req: IncomingMessage, res: ServerResponse, url: URL) => boolean {
  let index: { mtimeMs: number; body: Buffer } | null = null;
  const readIndex = (): Buffer | null => {
    const file = join(distDir, 'index.html');
    if (!existsSync(file)) return null;
    const { mtimeMs } = statSync(file);
    if (!index || index.mtimeMs !== mtimeMs) index = { mtimeMs, body: readFileSync(file) };
    return index.body;
  };

  return (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (PAGE.test(url.pathname)) {
      const body = readIndex();
      res.setHeader('content-type', 'text/html; charset=utf-8');
      // The page names the hashed assets of the current build: always revalidate it.
      res.setHeader('cache-control', 'no-cache');
      if (!body) {
        res.statusCode = 503;
        res.setHeader('retry-after', '10');
        res.end(req.method === 'HEAD' ? undefined : NOT_BUILT);
        return true;
      }
      res.statusCode = 200;
      res.setHeader('content-length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    }
    const asset = ASSET.exec(url.pathname);
    if (!asset) return false;
    const file = join(distDir, 'assets', asset[1]!);
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(req.method === 'HEAD' ? undefined : 'Not found');
      return true;
    }
    res.statusCode = 200;
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('content-length', statSync(file).size);
    res.setHeader('x-content-type-options', 'nosniff');
    // A hashed name never changes content: cache it for a year.
    res.setHeader('cache-control', HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).on('error', () => res.destroy()).pipe(res);
    return true;
  };
}

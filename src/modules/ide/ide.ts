import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** A package's own folder (its exports map hides the UMD files from require.resolve). */
function packageFile(path: string): string {
  const [name, ...rest] = path.split('/') as [string, ...string[]];
  let dir = dirname(require.resolve(name));
  while (basename(dir) !== name && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, ...rest);
}

/**
 * GraphiQL served from npm packages (graphiql, react, react-dom), never from a CDN, so the
 * IDE works on a machine with no internet access.
 */
const ASSETS: Record<string, { module: string; type: string }> = {
  '/ide/react.production.min.js': { module: 'react/umd/react.production.min.js', type: 'text/javascript' },
  '/ide/react-dom.production.min.js': { module: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  '/ide/graphiql.min.js': { module: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  '/ide/graphiql.min.css': { module: 'graphiql/graphiql.min.css', type: 'text/css' },
};

export interface IdeFile {
  type: string;
  body: Buffer | string;
}

const DEFAULT_QUERY = `# Trust leaders who later became commissioners, with the quotes that prove it.
query TrustLeadersWhoBecameCommissioners {
  careerTransitions(
    from: { organisationKinds: [CHILDRENS_TRUST], roleKinds: [CHIEF_EXECUTIVE, CHAIR] }
    to: { roleKinds: [COMMISSIONER] }
  ) {
    edges {
      node {
        ordering
        person { name }
        from { role organisation { name } start { value } evidence { quote document { title } } }
        to { role organisation { name } evidence { quote document { title } } }
      }
    }
  }
}
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Children's services graph: GraphiQL</title>
  <link rel="stylesheet" href="/ide/graphiql.min.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL...</div>
  <script src="/ide/react.production.min.js"></script>
  <script src="/ide/react-dom.production.min.js"></script>
  <script src="/ide/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;

/** The IDE page and its assets by URL path, read once. */
export function loadIdeFiles(): Record<string, IdeFile> {
  const files: Record<string, IdeFile> = { '/graphql': { type: 'text/html; charset=utf-8', body: PAGE } };
  for (const [path, asset] of Object.entries(ASSETS)) {
    files[path] = { type: `${asset.type}; charset=utf-8`, body: readFileSync(packageFile(asset.module)) };
  }
  return files;
}

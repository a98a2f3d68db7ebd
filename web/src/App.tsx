import { useEffect, useRef } from 'react';
import { ConnectPage } from './pages/ConnectPage';
import { DocumentPage } from './pages/DocumentPage';
import { EntityPage } from './pages/EntityPage';
import { SearchPage } from './pages/SearchPage';
import { Link, useLocation, useTitle } from './router';

type Route = { page: 'search' } | { page: 'entity'; id: string } | { page: 'document'; id: string } | { page: 'connect' } | { page: 'missing' };

/** The pages and their URLs (the API answers each path with index.html). */
export function route(pathname: string): Route {
  if (pathname === '/' || pathname === '/search') return { page: 'search' };
  if (pathname === '/connect') return { page: 'connect' };
  const m = /^\/(entity|document)\/(.+)$/.exec(pathname);
  if (m) return { page: m[1] as 'entity' | 'document', id: decodeURIComponent(m[2]!) };
  return { page: 'missing' };
}

export function App() {
  const location = useLocation();
  const current = route(location.pathname);
  const pageKey = current.page + ('id' in current ? `:${current.id}` : '');
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After moving to another page, focus goes to the page (its heading once loaded), as on a full page load.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!window.location.hash) main.current?.focus({ preventScroll: true });
  }, [pageKey]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Children’s services explorer
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link href="/search" aria-current={current.page === 'search' ? 'page' : undefined}>
                Search
              </Link>
            </li>
            <li>
              <Link href="/connect" aria-current={current.page === 'connect' ? 'page' : undefined}>
                Connect
              </Link>
            </li>
            <li>
              <a href="/graphql">GraphQL API</a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {current.page === 'search' ? <SearchPage /> : null}
        {current.page === 'entity' ? <EntityPage key={current.id} id={current.id} /> : null}
        {current.page === 'document' ? <DocumentPage key={current.id} id={current.id} /> : null}
        {current.page === 'connect' ? <ConnectPage /> : null}
        {current.page === 'missing' ? <Missing /> : null}
      </main>
      <footer className="site-footer">
        <p>
          Every fact comes from a source document, with its exact words. Dates are as precise as the sources give them; “(inferred)” marks a date no source states.
        </p>
      </footer>
    </>
  );
}

function Missing() {
  useTitle('Page not found');
  return (
    <>
      <h1 tabIndex={-1}>No page here</h1>
      <p>
        Try the <Link href="/search">search</Link>.
      </p>
    </>
  );
}

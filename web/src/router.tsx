import { useEffect, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

// Client-side routing with the History API: every page has a shareable URL, and the API
// answers each of these paths with index.html.

const NAVIGATE = 'explorer:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search + window.location.hash;

/** The current URL; re-renders on navigation. */
export function useLocation(): URL {
  const href = useSyncExternalStore(subscribe, snapshot);
  return new URL(href, window.location.origin);
}

/** Goes to `href` (a same-origin path); `replace` rewrites the current history entry instead. */
export function navigate(href: string, { replace = false } = {}): void {
  const current = snapshot();
  if (href === current) return;
  const samePage = new URL(href, window.location.origin).pathname === window.location.pathname;
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATE));
  if (!samePage && !href.includes('#')) window.scrollTo(0, 0);
}

/** An <a> that navigates without reloading (a modified click still opens a new tab). */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}

/** Sets the document (tab) title for the page shown. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Children's services explorer`;
  }, [title]);
}

import type { ReactNode } from 'react';
import type { ApiError, QueryState } from '../api';
import type { DatePartsFragment } from '../__generated__/graphql';
import { DateText } from '../components/DateText';
import { nodeHref } from '../labels';
import { Link } from '../router';

export function Loading({ what }: { what: string }) {
  return (
    <p className="status" role="status">
      Loading {what}…
    </p>
  );
}

export function Failed({ error, heading = true }: { error: ApiError; heading?: boolean }) {
  return (
    <div className="error" role="alert">
      {heading ? <h1 tabIndex={-1}>Something went wrong</h1> : null}
      <p>
        The API answered: {error.message}
        {error.code ? ` (${error.code})` : ''}{' '}
        <button type="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </p>
    </div>
  );
}

export function NotFound({ id }: { id: string }) {
  return (
    <>
      <h1 tabIndex={-1}>Nothing has the id “{id}”</h1>
      <p>
        It may have been mistyped, or merged into another record. <Link href={`/search?q=${encodeURIComponent(id.replace(/^[a-z]+:/, '').replace(/-/g, ' '))}`}>Search for it</Link>.
      </p>
    </>
  );
}

/** A page section with a heading, left out when it has nothing to show. */
export function Section({ id, title, children, show = true }: { id: string; title: string; children: ReactNode; show?: boolean }) {
  if (!show) return null;
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

export function MentionedIn({ documents, total }: { documents: { id: string; title: string; published: DatePartsFragment | null }[]; total: number }) {
  return (
    <>
      <ul className="plain doc-list">
        {documents.map((d) => (
          <li key={d.id}>
            <Link href={nodeHref({ ...d, __typename: 'Document' })}>{d.title}</Link> <DateText date={d.published} missing="date unknown" />
          </li>
        ))}
      </ul>
      {total > documents.length ? <p className="hint">and {total - documents.length} more.</p> : null}
    </>
  );
}

/** What a page shows of one of its queries: a loading line, the error, or `children` with the data. */
export function Await<T>({ state, what, children }: { state: QueryState<T>; what: string; children: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <Loading what={what} />;
  if (state.status === 'error') return <Failed error={state.error} heading={false} />;
  return <>{children(state.data)}</>;
}

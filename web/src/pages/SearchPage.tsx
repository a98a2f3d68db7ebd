import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { SearchPageDocument, type SearchPageQuery } from '../__generated__/graphql';
import { useQuery } from '../api';
import { FACT_TYPES, nodeHref, nodeName, passageHref, typeLabel } from '../labels';
import { Link, navigate, useLocation, useTitle } from '../router';
import { markRanges } from '../text';
import { useContentReady } from '../ready';
import { useDebounced } from '../useDebounced';

type Result = SearchPageQuery['search']['edges'][number]['node'];

const GROUPS: { key: string; heading: string; test: (typename: string) => boolean }[] = [
  { key: 'people', heading: 'People', test: (t) => t === 'Person' },
  { key: 'organisations', heading: 'Organisations', test: (t) => t === 'Organisation' },
  { key: 'documents', heading: 'Documents', test: (t) => t === 'Document' },
  { key: 'facts', heading: 'Facts', test: (t) => FACT_TYPES.has(t) && t !== 'Policy' },
  { key: 'policies', heading: 'Policies', test: (t) => t === 'Policy' },
];

const FIELD_LABELS: Record<string, string> = {
  NAME: 'name',
  ALIAS: 'also known as',
  TITLE: 'title',
  TEXT: 'in the text',
  QUOTE: 'in a quote',
  SUMMARY: 'in the summary',
};

const SUGGESTIONS = ['Couldrick', 'Tameside', 'Birmingham Children’s Trust', 'overspend', 'inadequate'];

export function SearchPage() {
  const location = useLocation();
  const q = location.searchParams.get('q') ?? '';
  const [text, setText] = useState(q);
  const typed = useDebounced(text, 250);
  const inputId = useId();
  const resultsRef = useRef<HTMLDivElement>(null);
  useTitle(q ? `Search: ${q}` : 'Search');

  // The URL follows what is typed (debounced), so a search is a link; the field follows the URL
  // when it changes otherwise (Back, Forward, a suggestion). Each effect runs on its own input only.
  useEffect(() => {
    const wanted = typed.trim() ? `/search?q=${encodeURIComponent(typed.trim())}` : '/search';
    if (typed.trim() !== q.trim()) navigate(wanted, { replace: location.pathname === '/search' });
  }, [typed]);
  useEffect(() => {
    if (q.trim() !== text.trim()) setText(q);
  }, [q]);

  const query = q.trim().slice(0, 200);
  const state = useQuery(SearchPageDocument, query ? { query } : null);
  useContentReady(!query || state.status !== 'loading');

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      const first = resultsRef.current?.querySelector<HTMLAnchorElement>('a.result-link');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Search the evidence</h1>
      <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId}>Search people, organisations, documents, facts and quotes</label>
        <input id={inputId} type="search" name="q" value={text} autoComplete="off" spellCheck={false} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} aria-describedby={`${inputId}-hint`} />
        <p id={`${inputId}-hint`} className="hint">
          Results appear as you type; spelling need not be exact. Press the down arrow to reach the first result.
        </p>
      </form>
      <div ref={resultsRef} className="results">
        {!query ? <Intro /> : null}
        {query && state.status === 'loading' ? <p className="status">Searching…</p> : null}
        {query && state.status === 'error' ? (
          <p className="error" role="alert">
            The search failed: {state.error.message}
          </p>
        ) : null}
        {query && state.status === 'done' ? <Results query={query} results={state.data.search.edges.map((e) => e.node)} total={state.data.search.totalCount} /> : null}
      </div>
    </>
  );
}

function Intro() {
  return (
    <section className="intro" aria-labelledby="intro-heading">
      <h2 id="intro-heading">Where to start</h2>
      <p>
        The graph holds the people, councils, children’s trusts, inspections and statutory directions that the source articles describe. Every fact links to the
        words of the document it comes from.
      </p>
      <ul className="suggestions">
        {SUGGESTIONS.map((s) => (
          <li key={s}>
            <Link href={`/search?q=${encodeURIComponent(s)}`}>{s}</Link>
          </li>
        ))}
      </ul>
      <p>
        Or <Link href="/connect?from=person:andy-couldrick&to=person:allison-parkinson">see how two people are connected</Link>.
      </p>
    </section>
  );
}

function Results({ query, results, total }: { query: string; results: Result[]; total: number }) {
  return (
    <>
      <p className="status" role="status">
        {total === 0 ? `Nothing matches “${query}”.` : `${total} result${total === 1 ? '' : 's'} for “${query}”${total > results.length ? `; the best ${results.length} shown` : ''}.`}
      </p>
      {GROUPS.map((group) => {
        const items = results.filter((r) => group.test(r.node.__typename));
        if (items.length === 0) return null;
        return (
          <section key={group.key} className="result-group" aria-labelledby={`group-${group.key}`}>
            <h2 id={`group-${group.key}`}>
              {group.heading} <span className="count">({items.length})</span>
            </h2>
            <ol className="result-list">
              {items.map((r) => (
                <ResultItem key={`${r.node.id}-${r.field}-${r.snippet.start ?? ''}`} result={r} />
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}

function Snippet({ snippet }: { snippet: Result['snippet'] }) {
  const pieces = markRanges(
    snippet.text,
    snippet.highlights.map((h) => ({ ...h, data: null })),
  );
  return (
    <>
      {pieces.map((piece, i) => (typeof piece === 'string' ? piece : <mark key={i}>{snippet.text.slice(piece.range.start, piece.range.end)}</mark>))}
    </>
  );
}

function ResultItem({ result }: { result: Result }) {
  const { node, snippet, field } = result;
  const atPassage = (field === 'QUOTE' || field === 'TEXT') && snippet.document && snippet.start !== null && snippet.end !== null;
  const passage = atPassage ? passageHref(snippet.document!.id, snippet.start!, snippet.end!) : null;
  // A text match on a document opens the document at the passage; anything else opens its own page.
  const href = node.__typename === 'Document' && passage ? passage : nodeHref(node);
  return (
    <li className="result">
      <Link className="result-link" href={href}>
        {nodeName(node)}
      </Link>{' '}
      <span className="kind">{typeLabel(node.__typename)}</span>
      <p className="snippet">
        <span className="field">{FIELD_LABELS[field] ?? field}: </span>
        <Snippet snippet={snippet} />
      </p>
      {passage && node.__typename !== 'Document' ? (
        <p className="passage-link">
          <Link href={passage}>Read it in “{snippet.document!.title}”</Link>
        </p>
      ) : null}
    </li>
  );
}

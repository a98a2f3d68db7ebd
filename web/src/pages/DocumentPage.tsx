import { useEffect, useMemo, type ReactNode } from 'react';
import { DocumentPageDocument, type DocumentPageQuery } from '../__generated__/graphql';
import { useQuery } from '../api';
import { DateText } from '../components/DateText';
import { dateExplanation } from '../dates';
import { enumLabel, nodeHref, nodeName, typeLabel } from '../labels';
import { useContentReady } from '../ready';
import { Link, useLocation, useTitle } from '../router';
import { firstIndex, markRanges, type Piece } from '../text';
import { Failed, Loading, NotFound, Section } from './common';

type Doc = NonNullable<DocumentPageQuery['document']>;
type Fact = Doc['supports'][number]['fact'];

/** One marked passage: the facts its words support or contradict, and whether the URL points at it. */
interface Passage {
  id: string;
  supports: Fact[];
  contradicts: Fact[];
  target: boolean;
}

/** `#<start>-<end>` in the URL: a passage to show (a quote, or a search match). */
function targetOf(hash: string, length: number): { start: number; end: number } | null {
  const m = /^#(\d+)-(\d+)$/.exec(hash);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Math.min(Number(m[2]), length);
  return start < end ? { start, end } : null;
}

export function DocumentPage({ id }: { id: string }) {
  const state = useQuery(DocumentPageDocument, { id });
  const location = useLocation();
  const doc = state.status === 'done' ? state.data.document : null;
  useTitle(doc?.title ?? id);
  useContentReady(state.status !== 'loading');
  const target = doc ? targetOf(location.hash, doc.text.length) : null;
  const targetStart = target?.start ?? null;
  const targetEnd = target?.end ?? null;

  // Every quote's range in the text; identical ranges are one passage with all their facts.
  const { passages, numbers } = useMemo(() => {
    const byRange = new Map<string, Passage & { start: number; end: number }>();
    const numbers = new Map<string, number>();
    if (!doc) return { passages: [], numbers };
    const add = (quote: string, fact: Fact | null, side: 'supports' | 'contradicts' | null) => {
      const start = side === null ? targetStart : firstIndex(doc.text, quote);
      if (start === null) return;
      const end = side === null ? (targetEnd ?? start) : start + quote.length;
      const key = `${start}-${end}`;
      const passage = byRange.get(key) ?? { id: key, start, end, supports: [], contradicts: [], target: false };
      if (side && fact && !passage[side].some((f) => f.id === fact.id)) passage[side].push(fact);
      if (side === null) passage.target = true;
      byRange.set(key, passage);
    };
    for (const s of doc.supports) add(s.quote, s.fact, 'supports');
    for (const c of doc.contradicts) add(c.quote, c.fact, 'contradicts');
    if (targetStart !== null) add('', null, null);
    const passages = [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
    // Facts are numbered in the order the text first quotes them.
    for (const p of passages) for (const f of [...p.supports, ...p.contradicts]) if (!numbers.has(f.id)) numbers.set(f.id, numbers.size + 1);
    return { passages, numbers };
  }, [doc, targetStart, targetEnd]);

  useEffect(() => {
    if (!doc || targetStart === null) return;
    const element = document.getElementById(`${targetStart}-${targetEnd}`);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
    }
  }, [doc, targetStart, targetEnd]);

  if (state.status === 'loading') return <Loading what="the document" />;
  if (state.status === 'error') return <Failed error={state.error} />;
  if (!doc) return <NotFound id={id} />;

  const pieces = markRanges(
    doc.text,
    passages.map((p) => ({ start: p.start, end: p.end, data: p })),
  );
  const facts = [...new Map([...doc.supports, ...doc.contradicts].map((s) => [s.fact.id, s.fact])).values()].sort((a, b) => (numbers.get(a.id) ?? 1e9) - (numbers.get(b.id) ?? 1e9));
  const publishedNotes = doc.published ? dateExplanation(doc.published) : [];

  return (
    <>
      <header className="page-head">
        <p className="kind">{enumLabel(doc.kind)}</p>
        <h1 tabIndex={-1}>{doc.title}</h1>
        <dl className="facts-dl doc-meta">
          <div className="dl-row">
            <dt>Published</dt>
            <dd>
              <DateText date={doc.published} missing="date unknown" />
              {doc.published?.inferred ? (
                <details className="published-basis">
                  <summary>How this window is inferred</summary>
                  {publishedNotes.map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                  {doc.published.basisQuotes.length > 0 ? (
                    <ul>
                      {doc.published.basisQuotes.map((q) => {
                        const at = firstIndex(doc.text, q);
                        return <li key={q}>{at === null ? <q>{q}</q> : <a href={`#${at}-${at + q.length}`}>“{q}”</a>}</li>;
                      })}
                    </ul>
                  ) : null}
                </details>
              ) : null}
            </dd>
          </div>
          {doc.outlet ? (
            <div className="dl-row">
              <dt>Outlet</dt>
              <dd>
                <Link href={nodeHref(doc.outlet)}>{doc.outlet.name}</Link>
              </dd>
            </div>
          ) : null}
          {doc.authors.length > 0 ? (
            <div className="dl-row">
              <dt>By</dt>
              <dd>
                {doc.authors.map((a, i) => (
                  <span key={a.id}>
                    {i > 0 ? ', ' : ''}
                    <Link href={nodeHref(a)}>{a.name}</Link>
                  </span>
                ))}
              </dd>
            </div>
          ) : null}
          {doc.url ? (
            <div className="dl-row">
              <dt>Source</dt>
              <dd>
                <a href={doc.url} rel="noreferrer noopener">
                  {doc.url}
                </a>
              </dd>
            </div>
          ) : null}
          {doc.corpusFile ? (
            <div className="dl-row">
              <dt>Corpus file</dt>
              <dd>
                <code>{doc.corpusFile}</code>
              </dd>
            </div>
          ) : null}
        </dl>
      </header>
      <div className="document-layout">
        <article className="document-text" aria-label="Full text">
          <p className="legend">
            <mark className="supports">words that support a fact</mark> <mark className="contradicts">words that contradict one</mark>; the number after a passage links to its
            fact.
          </p>
          <div className="text">{pieces.map((piece, i) => renderPiece(piece, i, numbers, true))}</div>
        </article>
        <aside className="document-side">
          <Section id="supports" title={`Facts it is evidence for (${facts.length})`}>
            <ol className="fact-index">
              {facts.map((f) => {
                const passage = passages.find((p) => p.supports.some((x) => x.id === f.id) || p.contradicts.some((x) => x.id === f.id));
                const against = passage?.contradicts.some((x) => x.id === f.id) && !passage.supports.some((x) => x.id === f.id);
                return (
                  <li key={f.id} value={numbers.get(f.id)}>
                    <Link href={nodeHref(f)}>{nodeName(f)}</Link> <span className="kind">{typeLabel(f.__typename)}</span>
                    {against ? <span className="badge">contradicted here</span> : null}
                    {f.dispute ? <span className="badge">disputed</span> : null}{' '}
                    {passage ? <a href={`#${passage.id}`}>in the text</a> : null}
                  </li>
                );
              })}
            </ol>
          </Section>
          <Section id="mentions" title={`Who and what it mentions (${doc.mentions.length})`}>
            <ul className="plain mention-list">
              {doc.mentions.map((m) => (
                <li key={m.id}>
                  <Link href={nodeHref(m)}>{nodeName(m)}</Link> <span className="kind">{typeLabel(m.__typename)}</span>
                </li>
              ))}
            </ul>
          </Section>
        </aside>
      </div>
    </>
  );
}

/** A marked passage as <mark> (its own id, `<start>-<end>`, the first piece only), then the numbers of its facts. */
function renderPiece(piece: Piece<Passage>, key: number, numbers: Map<string, number>, top: boolean): ReactNode {
  if (typeof piece === 'string') return piece;
  const p = piece.range.data;
  const classes = [p.supports.length > 0 ? 'supports' : p.contradicts.length > 0 ? 'contradicts' : 'passage', p.target ? 'target' : ''].filter(Boolean).join(' ');
  const names = [...p.supports.map((f) => f.name), ...p.contradicts.map((f) => `against: ${f.name}`)];
  const mark = (
    <mark key={`m${key}`} id={piece.first ? p.id : undefined} className={classes} title={names.join('; ') || undefined} tabIndex={piece.first && p.target ? -1 : undefined}>
      {piece.children.map((child, i) => renderPiece(child, i, numbers, false))}
    </mark>
  );
  if (!top) return mark;
  // The fact numbers go after the outermost mark, so a mark's text is exactly the quoted words.
  const refs: { fact: Fact; against: boolean }[] = [];
  const collect = (x: Piece<Passage>) => {
    if (typeof x === 'string') return;
    if (x.first) {
      for (const fact of x.range.data.supports) refs.push({ fact, against: false });
      for (const fact of x.range.data.contradicts) refs.push({ fact, against: true });
    }
    x.children.forEach(collect);
  };
  collect(piece);
  const seen = new Set<string>();
  return (
    <span key={key}>
      {mark}
      {refs
        .filter(({ fact }) => !seen.has(fact.id) && Boolean(seen.add(fact.id)))
        .map(({ fact, against }) => (
          <sup key={fact.id} className={against ? 'ref against' : 'ref'}>
            <Link href={nodeHref(fact)} title={fact.name}>
              {numbers.get(fact.id)}
              <span className="visually-hidden">
                {' '}
                {against ? 'contradicts' : 'supports'}: {fact.name}
              </span>
            </Link>
          </sup>
        ))}
    </span>
  );
}

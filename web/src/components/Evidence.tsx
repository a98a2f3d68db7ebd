import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { DocumentTextsDocument, type EvidencePartsFragment } from '../__generated__/graphql';
import { useQuery } from '../api';
import { passageHref, urlId } from '../labels';
import { Link } from '../router';
import { firstIndex } from '../text';

// A quote links to its place in its document: `/document/<id>#<start>-<end>`, where start is
// the quote's index in the document's text. Pages fetch the texts of the documents they quote
// once (DocumentTexts) and share them through this context.
const DocumentTexts = createContext<ReadonlyMap<string, string>>(new Map());

/** Every document id quoted anywhere in `data` (any object with a quote and a document). */
export function quotedDocumentIds(data: unknown): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const document = record.document as { id?: unknown } | null | undefined;
      if (typeof record.quote === 'string' && typeof document?.id === 'string') ids.add(document.id);
      Object.values(record).forEach(walk);
    }
  };
  walk(data);
  return [...ids].sort();
}

/** Provides the texts of the documents that `data` quotes to the quotes inside. */
export function DocumentTextsProvider({ data, children }: { data: unknown; children: ReactNode }) {
  const ids = useMemo(() => quotedDocumentIds(data), [data]);
  const state = useQuery(DocumentTextsDocument, ids.length > 0 ? { ids: ids.slice(0, 100) } : null);
  const texts = useMemo(() => {
    const map = new Map<string, string>();
    if (state.status === 'done') for (const node of state.data.nodes) if (node?.__typename === 'Document') map.set(node.id, node.text);
    return map;
  }, [state]);
  return <DocumentTexts.Provider value={texts}>{children}</DocumentTexts.Provider>;
}

/** Where a quote is in its document, when the document's text is known. */
export function useQuoteHref(documentId: string, quote: string): string {
  const text = useContext(DocumentTexts).get(documentId);
  const at = text === undefined ? null : firstIndex(text, quote);
  return at === null ? `/document/${urlId(documentId)}` : passageHref(documentId, at, at + quote.length);
}

function Quote({ evidence, against }: { evidence: EvidencePartsFragment; against?: boolean }) {
  const href = useQuoteHref(evidence.document.id, evidence.quote);
  return (
    <li className={against ? 'quote against' : 'quote'}>
      <blockquote>{evidence.quote}</blockquote>
      <span className="source">
        {against ? 'Against, in ' : ''}
        <Link href={href}>{evidence.document.title}</Link>
      </span>
    </li>
  );
}

/**
 * A fact's quotes, each linked to its place in the document; `against` for contradicting ones.
 * With `limit`, the first quotes and a button for the rest (a timeline repeats a fact's quotes).
 */
export function EvidenceList({ evidence, against = false, limit }: { evidence: EvidencePartsFragment[]; against?: boolean; limit?: number }) {
  const [all, setAll] = useState(false);
  if (evidence.length === 0) return null;
  const shown = all || limit === undefined ? evidence : evidence.slice(0, limit);
  return (
    <>
      <ul className="quotes" aria-label={against ? 'Quotes against' : 'Quotes'}>
        {shown.map((e, i) => (
          <Quote key={`${e.document.id}-${i}`} evidence={e} against={against} />
        ))}
      </ul>
      {shown.length < evidence.length ? (
        <button type="button" className="more" onClick={() => setAll(true)}>
          Show all {evidence.length} quotes
        </button>
      ) : null}
    </>
  );
}

import { useEffect, useId, useState } from 'react';
import { PickEntityDocument, type NodeLabelFragment } from '../__generated__/graphql';
import { useQuery } from '../api';
import { nodeName, typeLabel } from '../labels';
import { useDebounced } from '../useDebounced';

/** Chooses an entity by searching for it: a search field and the matches as buttons. */
export function EntityPicker({ label, value, onChange }: { label: string; value: NodeLabelFragment | null; onChange: (node: NodeLabelFragment) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 250);
  const state = useQuery(PickEntityDocument, query ? { query } : null);
  useEffect(() => {
    if (value) setText('');
  }, [value]);
  const options = state.status === 'done' ? state.data.search.edges.map((e) => e.node.node) : [];
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      {value ? (
        <p className="picked">
          <strong>{nodeName(value)}</strong> <span className="kind">{typeLabel(value.__typename)}</span>
        </p>
      ) : null}
      <input id={id} type="search" value={text} autoComplete="off" placeholder={value ? 'Search to change' : 'Search a person or organisation'} onChange={(e) => setText(e.target.value)} />
      {query ? (
        <ul className="options" aria-label={`Matches for ${label.toLowerCase()}`}>
          {state.status === 'loading' ? <li className="hint">Searching…</li> : null}
          {state.status === 'error' ? <li className="error">{state.error.message}</li> : null}
          {state.status === 'done' && options.length === 0 ? <li className="hint">No match.</li> : null}
          {options.map((node) => (
            <li key={node.id}>
              <button type="button" onClick={() => onChange(node)}>
                {nodeName(node)} <span className="kind">{typeLabel(node.__typename)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

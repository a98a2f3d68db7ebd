import { queryString } from '../labels';

// Downloads of a subgraph from the API's export endpoints, for Gephi and spreadsheets.
const FORMATS = [
  { file: 'graph.gexf', label: 'GEXF (Gephi)' },
  { file: 'graph.graphml', label: 'GraphML' },
  { file: 'nodes.csv', label: 'Nodes (CSV)' },
  { file: 'edges.csv', label: 'Relationships (CSV)' },
  { file: 'graph.json', label: 'JSON' },
];

/** `params`: `{ around, depth }` or `{ from, to }`. */
export function ExportLinks({ params, description }: { params: Record<string, string>; description: string }) {
  const query = queryString(params);
  return (
    <section className="exports" aria-labelledby="exports-heading">
      <h2 id="exports-heading">Export</h2>
      <p>{description}</p>
      <ul>
        {FORMATS.map(({ file, label }) => (
          <li key={file}>
            <a href={`/export/${file}?${query}`} download>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Turns whatever a user types into a safe Lucene query: only letters and digits survive as
 * terms (so no query syntax can be injected), each term matched exactly, as a prefix, and
 * fuzzily for typos; every term must match. Returns null when nothing searchable is left.
 */
export function toLuceneQuery(input: string): string | null {
  const terms = (input.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 10);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      if (term.length < 3) return `(${term}^4 OR ${term}*)`;
      const fuzzy = term.length >= 5 ? `${term}~2` : `${term}~1`;
      return `(${term}^4 OR ${term}*^2 OR ${fuzzy})`;
    })
    .join(' AND ');
}

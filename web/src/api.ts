import { useEffect, useState } from 'react';
import type { TypedDocumentString } from './__generated__/graphql';

// The explorer's only way to the data: the public GraphQL API, POST /graphql, with the typed
// documents that graphql-codegen generates from web/src/graphql/*.graphql.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Runs one operation; rejects with the first error (a partial answer is not shown as whole).
 * Reads are idempotent, so one that timed out (a cold or busy server) is asked once more.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  try {
    return await requestOnce(document, variables, signal);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'TIMEOUT' && !signal?.aborted) return requestOnce(document, variables, signal);
    throw error;
  }
}

async function requestOnce<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, signal?: AbortSignal): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal,
  });
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError(`The API answered ${response.status} without JSON`, undefined);
  }
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code);
  if (!body.data) throw new ApiError(`The API answered ${response.status} without data`, undefined);
  return body.data;
}

export type QueryState<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'done'; data: T };

// Answers already seen in this tab, so that Back shows a page at once. Bounded, and only for
// this tab's lifetime: the explorer keeps no state that could go stale between visits.
const cache = new Map<string, unknown>();
const CACHE_SIZE = 50;

/** Runs an operation when its variables change; `null` variables mean "nothing to ask yet". */
export function useQuery<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables | null): QueryState<TResult> {
  const key = variables === null ? null : `${document.toString()}\n${JSON.stringify(variables)}`;
  const [state, setState] = useState<{ key: string | null; state: QueryState<TResult> }>({ key: null, state: { status: 'loading' } });

  useEffect(() => {
    if (key === null || variables === null) return;
    const cached = cache.get(key) as TResult | undefined;
    if (cached !== undefined) {
      setState({ key, state: { status: 'done', data: cached } });
      return;
    }
    const controller = new AbortController();
    setState({ key, state: { status: 'loading' } });
    request(document, variables, controller.signal).then(
      (data) => {
        cache.set(key, data);
        if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        setState({ key, state: { status: 'done', data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ key, state: { status: 'error', error: error instanceof ApiError ? error : new ApiError(String(error), undefined) } });
      },
    );
    return () => controller.abort();
    // `key` stands for document and variables.
  }, [key]);

  if (key === null) return { status: 'loading' };
  const cached = cache.get(key) as TResult | undefined;
  if (state.key !== key) return cached !== undefined ? { status: 'done', data: cached } : { status: 'loading' };
  return state.state;
}

import { useEffect } from 'react';

/**
 * Marks the moment a page first shows its content (`explorer:content` in the Performance
 * timeline, measured from navigation start); the browser tests read it as time to first render.
 */
export function useContentReady(ready: boolean): void {
  useEffect(() => {
    if (ready && performance.getEntriesByName('explorer:content').length === 0) performance.mark('explorer:content');
  }, [ready]);
}

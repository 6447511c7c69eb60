'use client';

import { useRef } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/**
 * For a state that can end by itself while focus is in it (the connection comes back, a refetch works):
 * a ref for its root, and when that root leaves the page with focus inside, `refocus` puts focus back in
 * the component instead of letting it fall to the page. Read as the root goes (React runs the cleanup while
 * its DOM is still attached), acted on once it has gone, so a root that stays (StrictMode's test unmount)
 * keeps its focus.
 */
export function useRefocusOnLeave<T extends HTMLElement>(refocus: (() => void) | undefined) {
  const root = useRef<T>(null);
  // The first `refocus` is kept: the components read their targets from refs when called.
  useIsomorphicLayoutEffect(() => {
    const node = root.current;
    return () => {
      if (node?.matches(':focus-within'))
        queueMicrotask(() => !node.isConnected && node.ownerDocument.activeElement === node.ownerDocument.body && refocus?.());
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return root;
}

'use client';

import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` during server rendering, where layout effects never run and
 * React 18's `renderToString` warns about each one. Decided per call, not at import: importing touches no global.
 */
export function useIsomorphicLayoutEffect(effect: () => void | (() => void), deps: readonly unknown[]): void {
  // The environment never changes during a component's life, so the hook called is always the same one.
  (typeof document === 'undefined' ? useEffect : useLayoutEffect)(effect, deps);
}

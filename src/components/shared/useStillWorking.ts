'use client';
import { useEffect, useState } from 'react';

/** How long a load runs before the component says it is still working. */
const STILL_WORKING_AFTER_MS = 4_000;

/**
 * True once `active` has stayed true for `afterMs`, so a slow load says it is still working instead of
 * spinning in silence; false again as soon as it stops.
 */
export function useStillWorking(active: boolean, afterMs = STILL_WORKING_AFTER_MS): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!active) return setSlow(false);
    const timer = setTimeout(() => setSlow(true), afterMs);
    return () => clearTimeout(timer);
  }, [active, afterMs]);
  return active && slow;
}

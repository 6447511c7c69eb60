'use client';

import { useEffect, useState } from 'react';

/** How long a region stays empty before it is refilled: emptied and refilled in one task, nothing changed to announce. */
const REFILL_MS = 100;

/**
 * `text` one commit late: '' when the live region holding it is inserted, then `text`. Screen readers
 * announce a region's changes, not what it was inserted with, so a message inserted with its region may
 * never be read. `sayAgain` empties the region and refills it a moment later, for a message that still holds
 * after the traveller did something (a retry while offline) and would otherwise be met with silence.
 */
export function useLiveText(text: string): [spoken: string, sayAgain: () => void] {
  const [spoken, setSpoken] = useState('');
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (round === 0) {
      setSpoken(text);
      return;
    }
    // A click's effects run in the click's own task, with the emptying: the refill waits for a later one.
    const timer = setTimeout(() => setSpoken(text), REFILL_MS);
    return () => clearTimeout(timer);
  }, [text, round]);
  return [
    spoken,
    () => {
      setSpoken('');
      setRound((count) => count + 1);
    },
  ];
}

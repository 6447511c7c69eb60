'use client';

import { useEffect, useState } from 'react';

/**
 * `text` one commit late: '' when the live region holding it is inserted, then `text`. Screen readers
 * announce a region's changes, not what it was inserted with, so a message inserted with its region may
 * never be read. `sayAgain` empties the region and fills it again, for a message that still holds after
 * the traveller did something (a retry while offline) and would otherwise be met with silence.
 */
export function useLiveText(text: string): [spoken: string, sayAgain: () => void] {
  const [spoken, setSpoken] = useState('');
  const [round, setRound] = useState(0);
  useEffect(() => setSpoken(text), [text, round]);
  return [
    spoken,
    () => {
      setSpoken('');
      setRound((count) => count + 1);
    },
  ];
}

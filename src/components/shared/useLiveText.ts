'use client';

import { useEffect, useState } from 'react';

/**
 * `text` one commit late: '' when the live region holding it is inserted, then `text`. Screen readers
 * announce a region's changes, not what it was inserted with, so a message inserted with its region may
 * never be read.
 */
export function useLiveText(text: string): string {
  const [spoken, setSpoken] = useState('');
  useEffect(() => setSpoken(text), [text]);
  return spoken;
}

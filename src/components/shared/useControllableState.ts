'use client';

import { useRef, useState } from 'react';

/**
 * One hook for controlled (`value` given) and uncontrolled (`defaultValue`) props. `onChange` fires only
 * when the value really changes, so a re-pick of the current value does not re-notify the host. The
 * setter is stable for the component's life and reads the latest value, mode and `onChange`.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const [internal, setInternal] = useState(defaultValue);
  const current = value === undefined ? internal : value;
  // [value the setter compares with, whether this hook holds the value, the host's onChange]
  const latest = useRef<[T, boolean, typeof onChange]>(null!);
  latest.current = [current, value === undefined, onChange];
  const [setValue] = useState(() => (next: T) => {
    const [now, uncontrolled, notify] = latest.current;
    if (Object.is(next, now)) return;
    if (uncontrolled) setInternal(next);
    // A second call before the re-render compares with this value, not the rendered one.
    latest.current[0] = next;
    notify?.(next);
  });
  return [current, setValue];
}

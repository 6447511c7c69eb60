import { useCallback, useRef, useState } from 'react';

/**
 * One hook for controlled (`value` given) and uncontrolled (`defaultValue`) props. `onChange` fires only
 * when the value really changes, so a re-pick of the current value does not re-notify the host.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const [internal, setInternal] = useState(defaultValue);
  const isControlled = value !== undefined;
  const current = isControlled ? value : internal;
  const currentRef = useRef(current);
  currentRef.current = current;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const setValue = useCallback(
    (next: T) => {
      if (Object.is(next, currentRef.current)) return;
      if (!isControlled) setInternal(next);
      currentRef.current = next;
      onChangeRef.current?.(next);
    },
    [isControlled],
  );
  return [current, setValue];
}

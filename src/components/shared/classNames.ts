/** A part's `className`: a string, or a function of the part's state (render prop). */
export type ClassNameProp<State> = string | ((state: State) => string | undefined) | undefined;

/** The part's stable default class first, then the partner's, so their selectors can extend ours. */
export function partClassName<State>(base: string, className: ClassNameProp<State>, state: State): string {
  const extra = typeof className === 'function' ? className(state) : className;
  return extra ? `${base} ${extra}` : base;
}

/** `data-*` flags are present (empty) when truthy and absent otherwise, so `[data-selected]` selectors work. */
export const dataFlag = (on: unknown): '' | undefined => (on ? '' : undefined);

/** A part's `className` and, for each `true` in its state, a present `data-*` flag (`{ selected: true }` → `data-selected`). */
export function partProps<State extends object>(base: string, className: ClassNameProp<State>, state: State) {
  const props: { className: string; [flag: `data-${string}`]: '' } = { className: partClassName(base, className, state) };
  for (const key in state) if (state[key] === true) props[`data-${key}`] = '';
  return props;
}

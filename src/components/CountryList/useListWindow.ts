'use client';

import { useCallback, useRef, useState, type SyntheticEvent } from 'react';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';

// Heights until the first option and heading are measured: the default theme's `--esim-option-height`
// (3.5rem at 16 px) and its group heading (2rem).
const DEFAULT_ROW_HEIGHT = 56;
const DEFAULT_HEADING_HEIGHT = 32;
// Rows rendered beyond each edge of the visible area, so a fast wheel scroll rarely shows a gap.
const OVERSCAN = 3;
// jsdom and a hidden list report no size; render about a list's worth of rows anyway.
const FALLBACK_VIEWPORT_ROWS = 8;
// Windowing needs a scroll box even without the stylesheet. At most half the viewport high, so a phone
// keeps room for the page; no overscroll containment, so the page scrolls on once the list ends.
const LISTBOX_STYLE = { overflowY: 'auto', maxHeight: 'min(var(--esim-list-height, 22rem), 50dvh)' } as const;

/** Marks a heading row, so the window can measure it. */
export const HEADING_ATTRIBUTE = 'data-heading';

/**
 * Windowing over `rowCount` rows of two fixed heights: option rows, and heading rows at `headingRows`
 * (sorted, a handful). Rows sit in normal flow after a padding that stands in for the rows above, inside a
 * box as tall as the whole list (no absolute positioning, so an unstyled list never overlaps, it only
 * scrolls slightly off). Rows `start`…`end - 1` are the ones to render.
 */
export function useListWindow(rowCount: number, headingRows: readonly number[]) {
  const [first, setFirst] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [[rowHeight, headingHeight], setMeasured] = useState([DEFAULT_ROW_HEIGHT, DEFAULT_HEADING_HEIGHT]);
  // The list, its scroll position, its height and the first row as last seen: reading them back after every
  // commit would force a synchronous layout on every keystroke.
  const box = useRef<{
    node?: HTMLElement | null;
    top: number;
    view: number;
    first: number;
    optionSeen?: boolean;
    headingSeen?: boolean;
    observer?: ResizeObserver | undefined;
  }>({
    top: 0,
    view: 0,
    first: 0,
  });

  /** Distance from the list's top to row `row`'s top. */
  const rowTop = (row: number) => {
    let headingsAbove = 0;
    for (const heading of headingRows) if (heading < row) headingsAbove++;
    return row * rowHeight + headingsAbove * (headingHeight - rowHeight);
  };
  /** The row at distance `y` from the list's top. */
  const rowAt = (y: number) => {
    let row = 0;
    let top = 0;
    for (const heading of headingRows) {
      const optionsEnd = top + (heading - row) * rowHeight;
      if (y < optionsEnd) break;
      if (y < optionsEnd + headingHeight) return heading;
      row = heading + 1;
      top = optionsEnd + headingHeight;
    }
    return Math.max(0, Math.min(rowCount - 1, row + Math.floor((y - top) / rowHeight)));
  };

  const visible = viewport ? Math.ceil(viewport / rowHeight) : FALLBACK_VIEWPORT_ROWS;
  const start = Math.max(0, Math.min(first, rowCount - visible) - OVERSCAN);
  const scrollTo = (top: number) => {
    const now = box.current;
    now.top = top;
    const row = rowAt(top);
    // Same first row: no state update, so a keystroke that keeps the list at its top renders once.
    if (row !== now.first) setFirst((now.first = row));
  };

  // Measured when the list's box changes size (a ResizeObserver reads it after layout, for free), and in a layout
  // effect when the first option and the first heading show: a reading there forces a layout, so never per
  // keystroke. A list cut short by few results shows them all anyway, so the window keeps the largest height
  // seen; a list that scrolls is as high as it gets now, which may be less than before (a phone's soft
  // keyboard shrinks the 50dvh cap): windowing by the old height put the active option under the list's edge.
  const measureOption = rowCount > headingRows.length && !box.current.optionSeen;
  const measureHeading = headingRows.length > 0 && !box.current.headingSeen;
  const measure = () => {
    const now = box.current;
    const node = now.node;
    if (!node) return;
    const height = node.clientHeight;
    setViewport((now.view = node.scrollHeight > height ? height : Math.max(now.view, height)));
    const option = node.querySelector<HTMLElement>('[role="option"]')?.offsetHeight;
    const heading = node.querySelector<HTMLElement>(`[${HEADING_ATTRIBUTE}]`)?.offsetHeight;
    if (option) now.optionSeen = true;
    if (heading) now.headingSeen = true;
    // The same heights keep the same array, so React skips the render.
    setMeasured((last) => (option && option !== last[0]) || (heading && heading !== last[1]) ? [option || last[0], heading || last[1]] : last);
  };
  useIsomorphicLayoutEffect(measure, [measureOption, measureHeading]);

  return {
    start,
    end: Math.min(rowCount, first + visible + OVERSCAN),
    /** Rows in view, at least one: how far PageUp/PageDown move. */
    visible,
    rowTop,
    /** Scrolls the least needed so that rows `from`…`to` are in view; the target rows render in the same commit. */
    reveal(from: number, to: number) {
      // A list hidden when its rows came (a checkout step or tab not shown yet) had no height to measure then.
      if (!box.current.view) measure();
      const { node, top: now, view } = box.current;
      // Until the stylesheet or layout gives the list a size (jsdom, hidden), assume a list's worth of rows.
      // rowTop(to + 1) is where row `to` ends, whether it is an option or a heading.
      const top = Math.max(0, Math.min(rowTop(from), now), rowTop(to + 1) - (view || visible * rowHeight));
      // Already there (a new result list starting at its top): no DOM write.
      if (top !== now && node) node.scrollTop = top;
      scrollTo(top);
    },
    listboxProps: {
      ref: useCallback((node: HTMLElement | null) => {
        const now = box.current;
        now.observer?.disconnect();
        now.observer = undefined;
        now.node = node;
        if (node && typeof ResizeObserver == 'function') (now.observer = new ResizeObserver(measure)).observe(node);
      }, []), // eslint-disable-line react-hooks/exhaustive-deps
      style: LISTBOX_STYLE,
      // Browsers dispatch scroll events at most once per frame, just before requestAnimationFrame callbacks,
      // so a rAF throttle would only add a frame of blank rows. No render unless the first row changed.
      onScroll: (event: SyntheticEvent<HTMLElement>) => scrollTo(event.currentTarget.scrollTop),
    },
    /** The single child of the listbox: as tall as the whole list, rows in view after a padding. */
    sizerProps: {
      style: { position: 'relative', height: rowTop(rowCount) - rowTop(start), paddingTop: rowTop(start) },
    } as const,
  };
}

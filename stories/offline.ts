import { onlineManager } from '@tanstack/react-query';

/** A story's `beforeEach`: the browser reads as offline (TanStack Query pauses requests) until the story ends. */
export function whileOffline() {
  onlineManager.setOnline(false);
  return () => onlineManager.setOnline(true);
}

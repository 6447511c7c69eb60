interface ImportMetaEnv {
  /** 'off' to call a real backend (set VITE_ESIM_BASE_URL) instead of the in-browser mock API. */
  readonly VITE_ESIM_MOCKS?: string;
  readonly VITE_ESIM_BASE_URL?: string;
  readonly VITE_ESIM_DEMO_TOKEN?: string;
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createEsimClient, EsimProvider } from 'esim-picker';
import 'esim-picker/styles.css';
import { App } from './App';

// Mock API by default: MSW's service worker answers in the browser (after `npx msw init public`).
// In a real app the client points at your backend's proxy instead: createEsimClient({ baseUrl: '/esim-proxy' }).
const useMocks = import.meta.env.VITE_ESIM_MOCKS !== 'off';

async function start() {
  let token: string | undefined;
  if (useMocks) {
    const [{ setupWorker }, { createEsimHandlers, mockToken }] = await Promise.all([
      import('msw/browser'),
      import('esim-picker/mocks'),
    ]);
    await setupWorker(...createEsimHandlers()).start({ onUnhandledRequest: 'bypass', quiet: true });
    // The mock API accepts any bearer token; a build may name its own to prove where it travels.
    token = import.meta.env.VITE_ESIM_DEMO_TOKEN || mockToken;
  }
  const client = createEsimClient({ baseUrl: import.meta.env.VITE_ESIM_BASE_URL ?? '', ...(token && { token }) });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <EsimProvider client={client} locale={navigator.language}>
        <App />
      </EsimProvider>
    </StrictMode>,
  );
}

void start();

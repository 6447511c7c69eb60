import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { useState } from 'react';
import { configure } from 'storybook/test';
import { createEsimClient } from '../src/api/client.js';
import { createEsimHandlers, mockToken } from '../src/mocks/index.js';
import { EsimProvider } from '../src/query/provider.js';
import '../src/styles.css';
import type { Messages } from '../src/i18n/messages.js';
import ar from '../src/locales/ar.js';
import de from '../src/locales/de.js';
import es from '../src/locales/es.js';
import fr from '../src/locales/fr.js';
import he from '../src/locales/he.js';
import it from '../src/locales/it.js';
import ja from '../src/locales/ja.js';
import ko from '../src/locales/ko.js';
import nl from '../src/locales/nl.js';
import pl from '../src/locales/pl.js';
import pt from '../src/locales/pt.js';
import tr from '../src/locales/tr.js';
import zh from '../src/locales/zh.js';

/** A story's `parameters.locale` also picks the shipped strings of its language, as a partner would. */
const LOCALE_MESSAGES: Record<string, Messages> = { ar, de, es, fr, he, it, ja, ko, nl, pl, pt, tr, zh };

// Play functions wait on conditions; this is only how long before they give up, so a busy machine is slow,
// not red.
configure({ asyncUtilTimeout: 15_000 });

/**
 * Every story gets a fresh cache, the built-in mock API and the provider's locale; `parameters.theme`
 * sets the preset (light, dark, flat) and `parameters.unstyled` drops the stylesheet's classes' effect.
 */
const withEsimProvider: Decorator = (Story, context) => {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retryDelay: 200 } } }),
  );
  const [client] = useState(() => createEsimClient({ baseUrl: '', token: mockToken }));
  const locale = (context.parameters.locale as string | undefined) ?? 'en-US';
  const theme = context.parameters.theme as string | undefined;
  return (
    <EsimProvider
      client={client}
      queryClient={queryClient}
      locale={locale}
      messages={(context.parameters.messages as Partial<Messages> | undefined) ?? LOCALE_MESSAGES[locale.split('-')[0]!]}
    >
      <div data-esim-theme={theme} className="esim-story-frame">
        <Story />
      </div>
    </EsimProvider>
  );
};

const preview: Preview = {
  loaders: [mswLoader()],
  decorators: [withEsimProvider],
  tags: ['autodocs'],
  parameters: {
    msw: createEsimHandlers({ latencyMs: 120 }),
    a11y: { test: 'error' },
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;

/**
 * `esim-picker/mocks`: a mock eSIM API for Storybook (msw/browser) and tests (msw/node).
 *
 *   setupServer(...createEsimHandlers({ scenario: 'slow-hydration' }))
 */
export { createEsimHandlers, mockScenarios, type MockApiOptions, type MockScenario } from './handlers.js';
export { mockToken } from './token.js';
export {
  eurCatalogue,
  generateCatalogue,
  jpyCatalogue,
  usdCatalogue,
  type GenerateCatalogueOptions,
  type MockCatalogue,
  type MockCurrency,
  type MockProductDetail,
  type MockVariant,
} from './catalogue.js';

/**
 * `esim-picker/mocks`: a mock eSIM API for Storybook (msw/browser) and tests (msw/node).
 *
 *   setupServer(...createEsimHandlers({ scenario: 'slow-hydration' }))
 */
export {
  createEsimHandlers,
  mockScenarios,
  mockToken,
  type MockApiOptions,
  type MockScenario,
} from './handlers.js';
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

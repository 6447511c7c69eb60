// The mock API of `esim-picker/mocks`, answered in-process by msw's handlers: no server, no service worker.
import { getResponse } from 'msw';
import { createEsimHandlers, mockToken, usdCatalogue } from 'esim-picker/mocks';

export const MOCK_API_ORIGIN = 'https://mock-esim-api.invalid';
export const MOCK_API_TOKEN = mockToken;

// The mock catalogue's images are served where the mocks run in the browser. Here they run on the server, so
// the browser would ask the image host itself and log a failed load per row: the products come without
// images instead, as the API sends a product that has none.
const catalogue = { products: usdCatalogue.products.map((product) => ({ ...product, image_url: '' })) };
const handlers = createEsimHandlers({ baseUrl: MOCK_API_ORIGIN, catalogue });

export async function mockApiFetch(input: string, init: RequestInit): Promise<Response> {
  const response = await getResponse(handlers, new Request(input, init));
  return (
    response ??
    Response.json({ error: { name: 'NotFoundError', code: 'NOT_FOUND', message: 'No such mock endpoint' } }, { status: 404 })
  );
}

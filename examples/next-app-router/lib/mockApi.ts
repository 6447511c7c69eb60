// The mock API of `esim-picker/mocks`, answered in-process by msw's handlers: no server, no service worker.
import { getResponse } from 'msw';
import { createEsimHandlers, mockToken } from 'esim-picker/mocks';

export const MOCK_API_ORIGIN = 'https://mock-esim-api.invalid';
export const MOCK_API_TOKEN = mockToken;

const handlers = createEsimHandlers({ baseUrl: MOCK_API_ORIGIN });

export async function mockApiFetch(input: string, init: RequestInit): Promise<Response> {
  const response = await getResponse(handlers, new Request(input, init));
  return (
    response ??
    Response.json({ error: { name: 'NotFoundError', code: 'NOT_FOUND', message: 'No such mock endpoint' } }, { status: 404 })
  );
}

import { esimProxy } from '../../../../lib/esim';

const proxy = esimProxy();

/** Every GET under /api/esim/ goes to the API through the proxy's allow-list, with the server's token. */
export function GET(request: Request): Promise<Response> {
  return proxy(request);
}

// Real sockets on 127.0.0.1 for the proxy suite: a recording stand-in for the eSIM API, and a plain Node
// server that runs a fetch-standard handler the way a partner's Node backend would.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<RunningServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Hanging upstream answers keep sockets open; they must not keep the suite alive.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Reply = (request: IncomingMessage, response: ServerResponse) => void;

/** An upstream that records every request it gets and answers with whatever `reply` is at that moment. */
export async function startRecordingUpstream() {
  const received: Received[] = [];
  const state = { reply: (() => {}) as Reply };
  const server = createServer((request, response) => {
    received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    state.reply(request, response);
  });
  return { ...(await listen(server)), received, state };
}

/** Answers `body` as JSON text with `status` and extra headers. */
export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Reply =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

/** A Node server in front of a fetch-standard handler: IncomingMessage → Request, Response → the socket. */
export async function serveFetchHandler(handle: () => (request: Request) => Promise<Response>) {
  const server = createServer(async (incoming, outgoing) => {
    const cancel = new AbortController();
    outgoing.on('close', () => cancel.abort());
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
    }
    const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
    const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
      method: incoming.method ?? 'GET',
      headers,
      signal: cancel.signal,
      ...(hasBody ? { body: Readable.toWeb(incoming) as ReadableStream, duplex: 'half' } : {}),
    } as RequestInit);
    const response = await handle()(request);
    outgoing.writeHead(response.status, [...response.headers].flat());
    if (response.body) for await (const chunk of response.body) outgoing.write(chunk);
    outgoing.end();
  });
  return listen(server);
}

import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request an SDK client made: its form-encoded query-protocol parameters. */
export interface AwsQueryCall {
  readonly params: Record<string, string>;
  readonly authorization: string | undefined;
}

/**
 * An HTTP endpoint on loopback that answers AWS query-protocol calls (SES, SNS) with the given XML
 * and records them, so a real SDK client can be pointed at it.
 */
export async function startFakeAwsEndpoint(responseXml: (action: string) => string): Promise<{ url: string; calls: AwsQueryCall[]; close(): Promise<void> }> {
  const calls: AwsQueryCall[] = [];
  const server: Server = createServer(async (request, response) => {
    const params = Object.fromEntries(new URLSearchParams(await bodyOf(request)));
    calls.push({ params, authorization: request.headers.authorization });
    response.writeHead(200, { 'Content-Type': 'text/xml' }).end(responseXml(params.Action ?? ''));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ApprovalAnswer = 'approved' | 'denied' | 'expired' | 'pending';

/** A stand-in for the Authy API on a local port: registers users and answers approval requests as told. */
export class FakeAuthy {
  readonly requests: { method: string; path: string; apiKey: string | undefined; body: string }[] = [];
  answer: ApprovalAnswer = 'approved';
  private server: Server | undefined;
  private nextUserId = 4000;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const path = request.url ?? '';
        const apiKey = request.headers['x-authy-api-key'] as string | undefined;
        this.requests.push({ method: request.method ?? '', path, apiKey, body });
        const send = (status: number, json: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
        if (apiKey !== 'test-authy-key') return send(401, { success: false, message: 'Invalid API key' });
        if (request.method === 'POST' && path === '/protected/json/users/new') return send(200, { success: true, user: { id: this.nextUserId++ } });
        if (request.method === 'POST' && /^\/onetouch\/json\/users\/\d+\/approval_requests$/.test(path)) {
          return send(200, { success: true, approval_request: { uuid: `uuid-${this.requests.length}` } });
        }
        if (request.method === 'GET' && path.startsWith('/onetouch/json/approval_requests/')) {
          return send(200, { success: true, approval_request: { status: this.answer } });
        }
        send(404, { success: false, message: 'not found' });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

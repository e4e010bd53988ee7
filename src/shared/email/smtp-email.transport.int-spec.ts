import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { SmtpEmailTransport } from './smtp-email.transport.js';

describe(SmtpEmailTransport.name, () => {
  let server: SMTPServer;
  let port: number;
  const received: { envelopeFrom: string; envelopeTo: string[]; mail: ParsedMail }[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            received.push({
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              mail,
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('delivers a plain-text message with From, To, Subject, Date and Message-ID headers', async () => {
    const transport = new SmtpEmailTransport({ endpoint: `127.0.0.1:${port}`, user: undefined, password: undefined, fromAddress: 'help@aptrust.org', requireTls: false });
    await transport.send({ to: 'user@inst1.edu', subject: 'Reset your APTrust password', text: 'Hello,\n\nfollow this link: https://example.org/x?token=abc\n' });
    transport.close();

    expect(received).toHaveLength(1);
    const [{ envelopeFrom, envelopeTo, mail }] = received;
    expect(envelopeFrom).toBe('help@aptrust.org');
    expect(envelopeTo).toEqual(['user@inst1.edu']);
    expect(mail.from?.text).toBe('help@aptrust.org');
    expect((mail.to as { text: string }).text).toBe('user@inst1.edu');
    expect(mail.subject).toBe('Reset your APTrust password');
    expect(mail.date).toBeInstanceOf(Date);
    expect(Math.abs(mail.date!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@aptrust\.org>$/);
    expect(mail.text).toContain('follow this link: https://example.org/x?token=abc');
  });

  it('fails when the server cannot be reached, so the mailer retries', async () => {
    const transport = new SmtpEmailTransport({ endpoint: '127.0.0.1:1', user: undefined, password: undefined, fromAddress: 'help@aptrust.org', requireTls: false });
    await expect(transport.send({ to: 'a@b.edu', subject: 's', text: 't' })).rejects.toThrow();
    transport.close();
  });
});

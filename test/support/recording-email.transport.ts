import { EmailTransport, type EmailMessage } from '../../src/shared/email/email-transport.js';

/** An EmailTransport for tests: records what it is given, and fails for the addresses it is told to. */
export class RecordingEmailTransport extends EmailTransport {
  readonly sent: EmailMessage[] = [];
  readonly failing = new Map<string, string>();

  async send(message: EmailMessage): Promise<void> {
    const failure = this.failing.get(message.to);
    if (failure) throw new Error(failure);
    this.sent.push(message);
  }

  /** The first email sent that matches, waiting for the mailer's background run (not starting one) up to `timeoutMs`. */
  waitFor(matches: (message: EmailMessage) => boolean, timeoutMs = 3000): Promise<EmailMessage> {
    return waitForEmail(() => this.sent, matches, timeoutMs);
  }
}

/** Polls `sent()` until an email matches; fails after `timeoutMs`. */
export async function waitForEmail(sent: () => readonly EmailMessage[], matches: (message: EmailMessage) => boolean, timeoutMs: number): Promise<EmailMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = sent().find(matches);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching email within ${timeoutMs} ms; sent: ${JSON.stringify(sent().map((m) => [m.to, m.subject]))}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

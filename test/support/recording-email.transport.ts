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
}

import { AlertMailer } from '../../src/shared/email/alert-email.mailer.js';
import { EmailTransport, type EmailMessage } from '../../src/shared/email/email-transport.js';
import { LoggingEmailTransport } from '../../src/shared/email/logging-email.transport.js';
import { waitForEmail } from './recording-email.transport.js';
import type { TestApp } from './test-app.js';

/** Sends the queued alert emails now and returns every email "sent" so far (EMAIL_ENABLED=false records them). */
export async function sentEmails(t: TestApp): Promise<EmailMessage[]> {
  await t.app.get(AlertMailer).flush();
  return recordedEmails(t);
}

/**
 * The first email "sent" that matches, as the mailer sends it by itself once the alert's transaction
 * has committed: neither the delivery job nor a flush runs here. Fails after `timeoutMs`.
 */
export function emailSentWithoutDelivery(t: TestApp, matches: (message: EmailMessage) => boolean, timeoutMs = 3000): Promise<EmailMessage> {
  return waitForEmail(() => recordedEmails(t), matches, timeoutMs);
}

function recordedEmails(t: TestApp): EmailMessage[] {
  const transport = t.app.get(EmailTransport);
  if (!(transport instanceof LoggingEmailTransport)) throw new Error('the test app must run with EMAIL_ENABLED=false');
  return transport.messages;
}

/** The newest email to `to`, after sending what is queued. */
export async function lastEmailTo(t: TestApp, to: string): Promise<EmailMessage | undefined> {
  return (await sentEmails(t)).filter((m) => m.to === to).at(-1);
}

/** The user id and token of the reset link in an email. */
export function resetLinkOf(message: EmailMessage | undefined): { path: string; userId: number; token: string } {
  const match = /\/users\/complete_password_reset\/(\d+)\?token=([0-9a-f]{32})/.exec(message?.text ?? '');
  if (!match) throw new Error(`no reset link in ${JSON.stringify(message)}`);
  return { path: match[0], userId: Number(match[1]), token: match[2] };
}

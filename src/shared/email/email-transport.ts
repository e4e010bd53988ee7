/** One plain-text email to one recipient. */
export interface EmailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Sends email; throws when the message was not accepted (the mailer then retries). */
export abstract class EmailTransport {
  abstract send(message: EmailMessage): Promise<void>;
}

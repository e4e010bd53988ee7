/** Sends a text message; throws when it was not accepted. */
export abstract class SmsSender {
  abstract send(phoneNumber: string, message: string): Promise<void>;
}

import type { SNSClient } from '@aws-sdk/client-sns';
import { awsClientConfig, type AwsClientSettings } from '../../../../shared/aws/aws-client-settings.js';
import { SmsSender } from '../../application/sms-sender.js';

export type SnsSettings = AwsClientSettings;

type SnsPublisher = Pick<SNSClient, 'send'>;

/**
 * Text messages through Amazon SNS `Publish` (ENABLE_TWO_FACTOR_SMS=true). The SDK is loaded with
 * the first message, so a process that sends none does not hold it.
 */
export class SnsSmsSender extends SmsSender {
  private client: Promise<SnsPublisher> | undefined;

  constructor(
    private readonly settings: SnsSettings,
    client?: SnsPublisher,
  ) {
    super();
    if (client) this.client = Promise.resolve(client);
  }

  async send(phoneNumber: string, message: string): Promise<void> {
    const { PublishCommand } = await import('@aws-sdk/client-sns');
    const client = await (this.client ??= this.createClient());
    await client.send(new PublishCommand({ PhoneNumber: phoneNumber, Message: message }));
  }

  private async createClient(): Promise<SnsPublisher> {
    const { SNSClient } = await import('@aws-sdk/client-sns');
    return new SNSClient(awsClientConfig(this.settings));
  }
}

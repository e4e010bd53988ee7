/** Where an Amazon SDK client connects, and as whom (the default credential chain when no key pair is set). */
export interface AwsClientSettings {
  readonly region: string;
  readonly endpoint: string | undefined;
  readonly accessKeyId: string | undefined;
  readonly secretAccessKey: string | undefined;
}

/** The constructor options of an SDK client for these settings. */
export function awsClientConfig({ region, endpoint, accessKeyId, secretAccessKey }: AwsClientSettings) {
  return {
    region,
    ...(endpoint ? { endpoint } : {}),
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
  };
}

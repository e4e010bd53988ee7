import { loadAppConfig } from '../../config/app-config.js';
import { NsqHttpPublisher } from './nsq-http-publisher.js';
import { createNsqPublisher } from './nsq-publisher.js';
import { NsqTcpPublisher } from './nsq-tcp-publisher.js';

describe(createNsqPublisher.name, () => {
  const publisherFor = (env: Record<string, string>) => createNsqPublisher(loadAppConfig({ APT_ENV: 'test', ...env }).nsq);

  it('publishes over TCP when NSQD_TCP_ADDRESS is set, even with an HTTP address', () => {
    const publisher = publisherFor({ NSQD_TCP_ADDRESS: 'nsqd:4150', NSQ_URL: 'http://nsqd:4151' });
    expect(publisher).toBeInstanceOf(NsqTcpPublisher);
    expect(publisher?.target).toBe('nsqd over TCP at nsqd:4150');
  });

  it("publishes over HTTP to the reference's NSQ_URL when there is no TCP address", () => {
    const publisher = publisherFor({ NSQ_URL: 'http://nsqd:4151' });
    expect(publisher).toBeInstanceOf(NsqHttpPublisher);
    expect(publisher?.target).toBe('nsqd over HTTP at http://nsqd:4151/');
  });

  it('publishes over HTTP to NSQD_HTTP_ADDRESS, which wins over NSQ_URL', () => {
    const publisher = publisherFor({ NSQD_HTTP_ADDRESS: 'http://nsqd-a:4151/nsq', NSQ_URL: 'http://nsqd-b:4151' });
    expect(publisher).toBeInstanceOf(NsqHttpPublisher);
    expect(publisher?.target).toBe('nsqd over HTTP at http://nsqd-a:4151/nsq/');
  });

  it('has no publisher when no nsqd address is set', () => {
    expect(publisherFor({})).toBeUndefined();
  });
});

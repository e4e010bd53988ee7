import type { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { JobRegistry } from './job.registry.js';

const registry = () =>
  new JobRegistry({ getProviders: () => [] } as unknown as DiscoveryService, { getAllMethodNames: () => [] } as unknown as MetadataScanner);

describe('JobRegistry', () => {
  const noop = async () => undefined;

  it('keeps jobs and task handlers with their parsed periods and retry settings', () => {
    const jobs = registry();
    jobs.schedule({ name: 'b-job', every: '5m', startAfter: '30s' }, noop);
    jobs.schedule({ name: 'a-job', every: 1000 }, noop);
    jobs.handle({ name: 'send-email' }, noop);
    expect(jobs.allScheduled().map((j) => [j.name, j.everyMs, j.startAfterMs])).toEqual([
      ['a-job', 1000, 0],
      ['b-job', 300_000, 30_000],
    ]);
    expect(jobs.task('send-email')).toMatchObject({ attempts: 5, backoffMs: 30_000 });
  });

  it('refuses duplicate and malformed names, bad settings, and registrations after the start', () => {
    const jobs = registry();
    jobs.schedule({ name: 'count-caches', every: '1h' }, noop);
    expect(() => jobs.handle({ name: 'count-caches' }, noop)).toThrow('Two background jobs are named "count-caches"');
    expect(() => jobs.schedule({ name: 'Count:Caches', every: '1h' }, noop)).toThrow('must match');
    expect(() => jobs.handle({ name: 'mail', attempts: 0 }, noop)).toThrow('attempts must be a whole number');
    expect(() => jobs.schedule({ name: 'never', every: '0s' }, noop)).toThrow('Not a positive duration');
    jobs.close();
    expect(() => jobs.schedule({ name: 'late', every: '1h' }, noop)).toThrow('register it in onModuleInit');
  });
});

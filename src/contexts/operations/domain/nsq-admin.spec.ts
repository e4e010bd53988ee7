import { requeueTopic } from '../../work-items/index.js';
import { describeTarget, INGEST_TOPICS, nsqdActionPath, parseNsqAdminCommand, successMessage } from './nsq-admin.js';

describe('NSQ admin commands', () => {
  it('reads one-target and apply-to-all commands', () => {
    expect(parseNsqAdminCommand({ operation: 'pause', targetType: 'channel', topicName: 't', channelName: 'c', applyToAll: 'false' })).toEqual({
      operation: 'pause', targetType: 'channel', topicName: 't', channelName: 'c', applyToAll: false,
    });
    expect(parseNsqAdminCommand({ operation: 'empty', targetType: 'topic', applyToAll: 'true' }).applyToAll).toBe(true);
  });

  it.each([
    [{ operation: 'explode', targetType: 'topic', topicName: 't' }, 'unknown operation: explode'],
    [{ operation: 'pause', targetType: 'queue', topicName: 't' }, 'unknown target type: queue'],
    [{ operation: 'pause', targetType: 'topic' }, 'topic name is required'],
    [{ operation: 'pause', targetType: 'channel', topicName: 't' }, 'channel name is required'],
  ])('refuses %j', (fields, message) => {
    expect(() => parseNsqAdminCommand(fields)).toThrow(message);
  });

  it('names the target as the reference does', () => {
    const base = { operation: 'pause' as const, topicName: 'ingest01_prefetch', channelName: 'worker', applyToAll: false };
    expect(successMessage({ ...base, targetType: 'topic' })).toBe('Succeeded: pause ingest01_prefetch');
    expect(describeTarget({ ...base, targetType: 'channel' })).toBe('worker');
    expect(describeTarget({ ...base, targetType: 'channel', applyToAll: true })).toBe('all channels');
    expect(describeTarget({ ...base, targetType: 'topic', applyToAll: true })).toBe('all topics');
  });

  it("builds nsqd's endpoints with escaped names", () => {
    expect(nsqdActionPath('pause', 'topic', 'a b')).toBe('/topic/pause?topic=a+b');
    expect(nsqdActionPath('empty', 'channel', 't', 'c&d')).toBe('/channel/empty?topic=t&channel=c%26d');
  });

  it('lists the ingest topics the work items are requeued to', () => {
    const stages = ['Receive', 'Validate', 'Reingest Check', 'Copy To Staging', 'Format Identification', 'Store', 'Storage Validation', 'Record', 'Cleanup'];
    expect(INGEST_TOPICS).toEqual(stages.map((stage) => requeueTopic('Ingest', stage)));
  });
});

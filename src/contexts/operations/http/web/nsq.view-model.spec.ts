import { toNsqViewModel } from './nsq.view-model.js';

describe(toNsqViewModel.name, () => {
  it('shows nsqd, its topics by name and their channels and clients', () => {
    const view = toNsqViewModel({
      status: 'ok',
      address: 'http://127.0.0.1:4151',
      info: { version: '1.3.0', broadcast_address: 'nsq.local', hostname: 'h', http_port: 4151, tcp_port: 4150, start_time: 1795405954 },
      stats: {
        version: '1.3.0',
        health: 'OK',
        start_time: 1795405954,
        topics: [
          { topic_name: 'restore_object', channels: null, depth: 0, backend_depth: 0, message_count: 0, paused: false },
          {
            topic_name: 'ingest01_prefetch', depth: 1200, backend_depth: 0, message_count: 34567, paused: true,
            channels: [{
              channel_name: 'worker', depth: 3, backend_depth: 0, in_flight_count: 1, deferred_count: 0, message_count: 9, requeue_count: 2, timeout_count: 1, client_count: 1, paused: false,
              clients: [{ client_id: 'w1', hostname: 'worker-1', state: 3, ready_count: 5, in_flight_count: 1, message_count: 9, finish_count: 8, requeue_count: 2, connect_ts: 1795405960 }],
            }],
          },
        ],
      },
    });
    expect(view.nsqd).toEqual({ version: '1.3.0', broadcastAddress: 'nsq.local', httpPort: 4151, tcpPort: 4150, startTime: 'Nov 23, 2026 03:52:34', health: 'OK' });
    expect(view.topics.map((t) => t.name)).toEqual(['ingest01_prefetch', 'restore_object']);
    expect(view.topics[0]).toMatchObject({ paused: true, depth: '1,200', messages: '34,567' });
    expect(view.topics[0].channels[0].clients[0]).toMatchObject({ id: 'w1', host: 'worker-1', state: 'Subscribed', finished: '8', connectedSince: 'Nov 23, 2026 03:52:40' });
    expect(view.topics[1].channels).toEqual([]);
  });

  it('carries the address and error when nsqd cannot be reached', () => {
    expect(toNsqViewModel({ status: 'unreachable', address: 'http://x:4151', error: 'boom' })).toEqual({ status: 'unreachable', address: 'http://x:4151', error: 'boom', topics: [] });
    expect(toNsqViewModel({ status: 'not-configured' })).toMatchObject({ status: 'not-configured', address: null });
  });
});

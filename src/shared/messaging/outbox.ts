import type { EntityManager } from 'typeorm';

export interface OutboxMessage {
  readonly topic: string;
  readonly body: string;
}

/**
 * Queues messages for NSQ inside the caller's transaction: they are published only if, and as soon
 * as, that transaction commits (by the OutboxRelay).
 */
export async function enqueueMessages(manager: EntityManager, messages: readonly OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  const values = messages.map((_, i) => `($${i * 2 + 1}, $${i * 2 + 2})`).join(', ');
  await manager.query(`INSERT INTO queue_outbox (topic, body) VALUES ${values}`, messages.flatMap((m) => [m.topic, m.body]));
}

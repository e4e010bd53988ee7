import { Global, Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay.service.js';

/** The NSQ outbox relay, shared by every context that queues work for Preserv. */
@Global()
@Module({ providers: [OutboxRelay], exports: [OutboxRelay] })
export class MessagingModule {}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PremisEventWriter } from '../infrastructure/persistence/premis-event.writer.js';
import type { FileWriteWithEvent } from './event-file-effects.port.js';
import type { NewPremisEvent, PremisEventRow } from './premis-event.record.js';

/**
 * The one place events are inserted, for this context's routes and for other contexts (events nested
 * in file saves, deletion events). It writes in the caller's transaction and does not validate:
 * callers run `validatePremisEvent` (nested and generated events) or `validateStandalonePremisEvent`
 * (the admin create route) first.
 */
@Injectable()
export class PremisEventsFacade {
  constructor(private readonly writer: PremisEventWriter) {}

  /** One statement however many events; the rows come back in the order of `events`. */
  insertEvents(manager: EntityManager, events: readonly NewPremisEvent[]): Promise<PremisEventRow[]> {
    return this.writer.insertMany(manager, events);
  }

  /** One statement: `fileWrite`, then the event if the write found its file; null, and nothing written, when it did not. */
  insertEventWithFileWrite(manager: EntityManager, event: NewPremisEvent, fileWrite: FileWriteWithEvent): Promise<PremisEventRow | null> {
    return this.writer.insertWithFileWrite(manager, event, fileWrite);
  }
}

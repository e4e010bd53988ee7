import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { NotFoundError, NotSupportedError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { assertValid } from '../../../shared/errors/validation-failed.error.js';
import { validateStandalonePremisEvent } from '../domain/premis-event.validation.js';
import { EVENT_FILE_EFFECTS, type EventFileEffects } from './event-file-effects.port.js';
import { PremisEventsFacade } from './premis-events.facade.js';
import type { NewPremisEvent, PremisEventRow } from './premis-event.record.js';

/** Standalone event creates of the admin API (sys admins; the access guard has checked that). */
@Injectable()
export class PremisEventWritesService {
  private fileEffects?: EventFileEffects;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: PremisEventsFacade,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Looked up on first use, so that modules importing this one without the files context still start. */
  private effects(): EventFileEffects {
    this.fileEffects ??= this.moduleRef.get<EventFileEffects>(EVENT_FILE_EFFECTS, { strict: false });
    return this.fileEffects;
  }

  /**
   * Events are insert-only: a body with an id is refused (405). The event and its effect on its file
   * (a fixity check's date) are one statement, so they commit together or not at all (the reference
   * commits the event first); a missing file answers 404 and nothing is written.
   */
  async create(submittedId: number, event: NewPremisEvent): Promise<PremisEventRow> {
    if (submittedId !== 0) throw new NotSupportedError();
    assertValid(validateStandalonePremisEvent(event));
    const manager = this.dataSource.manager;
    const fileWrite = this.effects().fileWriteFor(event);
    if (!fileWrite) return (await this.events.insertEvents(manager, [event]))[0]!;
    return (await this.events.insertEventWithFileWrite(manager, event, fileWrite)) ?? raise(new NotFoundError());
  }
}

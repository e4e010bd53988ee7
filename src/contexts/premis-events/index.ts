export { PremisEventsModule } from './premis-events.module.js';
export { PremisEventsService } from './application/premis-events.service.js';
export { PremisEventsFacade } from './application/premis-events.facade.js';
export { EVENT_FILE_EFFECTS, type EventFileEffects, type FileWriteWithEvent, type RecordedEventFacts } from './application/event-file-effects.port.js';
export type { PremisEventViewRow } from './application/premis-event.read-model.js';
export type { NewPremisEvent, PremisEventRow } from './application/premis-event.record.js';
export { PremisEventViewResponse, toPremisEventViewResponse } from './http/premis-event-view.response.js';
export { PremisEventResponse, toPremisEventResponse } from './http/premis-event.response.js';
export { premisEventBodySchema, PremisEventRequest, toNewPremisEvent, type PremisEventBody } from './http/admin/premis-event.request.js';
export {
  EVENT_TYPES,
  EVENT_OUTCOMES,
  FIXITY_FAILED_OUTCOME,
  newFileDeletionEvent,
  newObjectDeletionEvent,
  validatePremisEvent,
  validateStandalonePremisEvent,
  type DeletionEventInput,
  type PremisEventFields,
} from './domain/index.js';

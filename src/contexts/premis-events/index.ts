export { PremisEventsModule } from './premis-events.module.js';
export { PremisEventsService } from './application/premis-events.service.js';
export type { PremisEventViewRow } from './application/premis-event.read-model.js';
export { PremisEventViewResponse, toPremisEventViewResponse } from './http/premis-event-view.response.js';

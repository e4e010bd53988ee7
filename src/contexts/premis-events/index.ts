export { PremisEventsModule } from './premis-events.module.js';

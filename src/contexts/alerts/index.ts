export { AlertsModule } from './alerts.module.js';
export { AlertsService } from './application/alerts.service.js';
export type { AlertViewRow } from './application/alert.read-model.js';
export { AlertViewResponse, toAlertViewResponse } from './http/alert-view.response.js';

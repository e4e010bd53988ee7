export { AlertsModule } from './alerts.module.js';
export { AlertsService } from './application/alerts.service.js';
export type { AlertViewRow } from './application/alert.read-model.js';
export { AlertViewResponse, toAlertViewResponse } from './http/alert-view.response.js';
export { AlertsFacade, type NewAlert } from './application/alerts.facade.js';
export { alertTemplates } from './application/alert-templates.js';
export type { AlertRecipient } from './infrastructure/persistence/alert-recipients.query.js';
export { ALERT_TYPES, SPOT_TEST_ALERT_SUBJECT, type AlertType } from './domain/alert.js';
export { FailedFixityAlertsService, type FailedFixityRun, type FailedFixitySummary } from './application/failed-fixity-alerts.service.js';

export { DeletionRequestsModule } from './deletion-requests.module.js';
export { DeletionRequestsService } from './application/deletion-requests.service.js';
export type { DeletionRequestViewRow } from './application/deletion-request.read-model.js';
export { DeletionRequestViewResponse, toDeletionRequestViewResponse } from './http/deletion-request-view.response.js';

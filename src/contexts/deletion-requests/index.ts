export { DeletionRequestsModule } from './deletion-requests.module.js';
export { DeletionRequestsService, INVALID_TOKEN_MESSAGE, type CreatedDeletionRequest, type NewDeletionRequest } from './application/deletion-requests.service.js';
export type { DeletionRequestViewRow } from './application/deletion-request.read-model.js';
export type { DeletionRequestDetail, DeletionRequestRow, DeletionRequestUserRow } from './application/deletion-request.record.js';
export { DeletionRequestViewResponse, toDeletionRequestViewResponse } from './http/deletion-request-view.response.js';
export {
  DeletionRequestMinResponse,
  DeletionRequestResponse,
  toDeletionRequestMinResponse,
  toDeletionRequestResponse,
} from './http/deletion-request.response.js';

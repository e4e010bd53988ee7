export { DeletionRequestsModule } from './deletion-requests.module.js';

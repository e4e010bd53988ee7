export { InstitutionsModule } from './institutions.module.js';
export { InstitutionsService } from './application/institutions.service.js';
export type { InstitutionViewRow } from './application/institution.read-model.js';
export { InstitutionViewResponse, toInstitutionViewResponse } from './http/institution-view.response.js';

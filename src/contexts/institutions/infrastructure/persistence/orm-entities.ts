import { InstitutionOrmEntity } from './institution.orm-entity.js';

export const institutionsOrmEntities = [InstitutionOrmEntity];

import { UserOrmEntity } from './user.orm-entity.js';

export const identityOrmEntities = [UserOrmEntity];

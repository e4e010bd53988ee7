import { IntellectualObjectOrmEntity } from './intellectual-object.orm-entity.js';

export const intellectualObjectsOrmEntities = [IntellectualObjectOrmEntity];

export { GenericFilesModule } from './generic-files.module.js';

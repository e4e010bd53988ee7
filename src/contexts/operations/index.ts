export { OperationsModule } from './operations.module.js';
export { ShutdownState } from './application/shutdown-state.js';
export { gracefulShutdown, type GracefulShutdownSteps } from './application/graceful-shutdown.js';

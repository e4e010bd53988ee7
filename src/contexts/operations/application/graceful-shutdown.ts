export interface GracefulShutdownSteps {
  /** Marks the process as shutting down (readiness answers 503 from now on). */
  readonly begin: () => void;
  /** Stops accepting connections, waits for in-flight requests, then closes pools and clients (Nest's app.close()). */
  readonly closeApp: () => Promise<void>;
  /** Runs after the application closed: stopping the embedded PostgreSQL, which must go last. */
  readonly afterClose: () => Promise<void>;
  readonly graceMs: number;
  readonly log: (level: 'info' | 'error', message: string) => void;
  readonly exit: (code: number) => void;
}

/**
 * Returns the SIGTERM/SIGINT handler. The first signal shuts down in order and exits 0; if that
 * takes longer than the grace period, or fails, the process exits 1 anyway. A second signal
 * during shutdown exits at once (Ctrl-C twice).
 */
export function gracefulShutdown(steps: GracefulShutdownSteps): (signal: string) => Promise<void> {
  let started = false;
  return async (signal) => {
    if (started) {
      steps.log('error', `${signal} received again during shutdown, exiting now`);
      steps.exit(1);
      return;
    }
    started = true;
    steps.begin();
    steps.log('info', `${signal} received, shutting down (at most ${Math.round(steps.graceMs / 1000)}s)`);
    const deadline = setTimeout(() => {
      steps.log('error', `Shutdown did not finish within ${Math.round(steps.graceMs / 1000)}s, exiting anyway`);
      steps.exit(1);
    }, steps.graceMs);
    deadline.unref();
    try {
      await steps.closeApp();
      await steps.afterClose();
      clearTimeout(deadline);
      steps.log('info', 'Shutdown complete');
      steps.exit(0);
    } catch (error) {
      clearTimeout(deadline);
      steps.log('error', `Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
      steps.exit(1);
    }
  };
}

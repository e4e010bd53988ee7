import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';

/** Whether the process is shutting down: probes answer 503 from the first moment, so traffic moves elsewhere. */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  private began: Date | undefined;

  begin(): void {
    this.began ??= new Date();
  }

  get shuttingDown(): boolean {
    return this.began !== undefined;
  }

  beforeApplicationShutdown(): void {
    this.begin();
  }
}

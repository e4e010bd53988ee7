import { gracefulShutdown, type GracefulShutdownSteps } from './graceful-shutdown.js';

function steps(overrides: Partial<GracefulShutdownSteps> = {}) {
  const events: string[] = [];
  const exits: number[] = [];
  const all: GracefulShutdownSteps = {
    begin: () => events.push('begin'),
    closeApp: async () => void events.push('closeApp'),
    afterClose: async () => void events.push('afterClose'),
    graceMs: 1000,
    log: () => undefined,
    exit: (code) => void exits.push(code),
    ...overrides,
  };
  return { all, events, exits };
}

describe(gracefulShutdown.name, () => {
  it('marks the shutdown, closes the app, then runs the last step, then exits 0', async () => {
    const { all, events, exits } = steps();
    await gracefulShutdown(all)('SIGTERM');
    expect(events).toEqual(['begin', 'closeApp', 'afterClose']);
    expect(exits).toEqual([0]);
  });

  it('exits 1 after the grace period when closing hangs', async () => {
    jest.useFakeTimers();
    try {
      const { all, exits } = steps({ closeApp: () => new Promise(() => undefined), graceMs: 25_000 });
      void gracefulShutdown(all)('SIGTERM');
      jest.advanceTimersByTime(24_999);
      expect(exits).toEqual([]);
      jest.advanceTimersByTime(1);
      expect(exits).toEqual([1]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('exits 1 when a step fails', async () => {
    const { all, exits } = steps({ afterClose: async () => Promise.reject(new Error('stuck')) });
    await gracefulShutdown(all)('SIGINT');
    expect(exits).toEqual([1]);
  });

  it('exits at once on a second signal', async () => {
    const { all, events, exits } = steps({ closeApp: () => new Promise(() => undefined) });
    const handler = gracefulShutdown(all);
    void handler('SIGINT');
    await handler('SIGINT');
    expect(events).toEqual(['begin']);
    expect(exits).toEqual([1]);
  });
});

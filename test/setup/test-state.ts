/** What the global setup started, kept in the jest parent process for the global teardown. */
export const testState: {
  serverUrl?: string;
  templates: string[];
  embedded?: { stop: () => Promise<void>; dir: string };
} = ((globalThis as Record<string, unknown>).__registryTestState ??= { templates: [] }) as never;

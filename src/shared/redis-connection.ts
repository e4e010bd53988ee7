/**
 * REDIS_URL and REDIS_PASSWORD as ioredis takes them (`new Redis(url, rest)`, which BullMQ also does
 * with a `url`): REDIS_PASSWORD applies when the URL carries none; the URL's database number selects
 * the database.
 */
export function redisConnection(url: string, password: string | undefined): { url: string; password?: string } {
  const passwordInUrl = new URL(url).password !== '';
  return { url, ...(passwordInUrl || !password ? {} : { password }) };
}

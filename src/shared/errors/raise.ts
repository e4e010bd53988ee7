/** Throws `error`; for `value ?? raise(new NotFoundError())`. */
export function raise(error: Error): never {
  throw error;
}

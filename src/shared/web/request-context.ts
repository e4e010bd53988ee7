declare module '@fastify/secure-session' {
  interface SessionData {
    /** The token naming the server-side session (user_sessions.id is its SHA-256). */
    sid: string;
    /** The CSRF secret @fastify/csrf-protection keeps in the session. */
    _csrf: string;
    /** An authenticator-app secret shown for set-up and not yet confirmed with a code. */
    pendingTotp: string;
  }
}

declare module 'fastify' {
  interface FastifyReply {
    /** Template data every page of this response sees (@fastify/view merges it into each render). */
    locals: Record<string, unknown> | null;
  }
}

export {};

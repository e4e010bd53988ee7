# syntax=docker/dockerfile:1
# The registry's image: the web UI and both APIs on port 8080, and the migration command.
#   docker build -t registry .
#   docker run --rm -e DATABASE_URL=postgres://... registry node dist/src/cli/db-migrate.js
#   docker run -p 8080:8080 -e DATABASE_URL=postgres://... -e MIGRATE_ON_START=false -e COOKIE_HASH_KEY=... -e COOKIE_BLOCK_KEY=... registry
# DATABASE_URL is required: the image has neither the embedded PostgreSQL nor the demo fixtures.

# Production dependencies only. No optional packages (the embedded PostgreSQL binaries among
# them) and no install scripts: nothing in the runtime set needs one.
FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund && npm cache clean --force

# Compiles the TypeScript with the image's own Node (the `node` devDependency is not used here).
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY migrations ./migrations
COPY src ./src
RUN node node_modules/typescript/bin/tsc -p tsconfig.build.json

FROM node:24-slim AS runtime
ENV NODE_ENV=production APT_ENV=production PORT=8080
# A bounded heap: a small young generation and a capped old one keep the server near 150 MB
# resident under load (README, Benchmarks); V8 would otherwise size both from the host's memory.
ENV NODE_OPTIONS="--max-old-space-size=160 --max-semi-space-size=4"
WORKDIR /app
# package.json marks the application root, where views/ and public/ are looked up.
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY views ./views
COPY public ./public
# The files stay root-owned and read-only to the app; it writes nothing but logs to stdout.
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/src/main.js"]

# Foramen server image: small (slim Debian, production dependencies only), runs as the unprivileged
# `node` user, health-checked on /health. Build: docker build -t foramen .  Run at scale: compose.yaml.

# --- build: compile TypeScript and bundle the CLI (needs the dev dependencies) ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts && npm rebuild better-sqlite3 @node-rs/argon2 esbuild
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY test ./test
COPY bin ./bin
COPY web ./web
RUN npm run build

# --- runtime: production dependencies and the build output only ---
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts skips `prepare` (a build, which needs dev dependencies); the two native modules
# then fetch their prebuilt binaries.
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts \
  && npm rebuild better-sqlite3 @node-rs/argon2 \
  && npm cache clean --force
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/dist/bundle ./dist/bundle
COPY bin ./bin
COPY web ./web
# SQLite fallback folder, owned by the runtime user (unused when DATABASE_URL is set).
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "bin/foramen.js"]
CMD ["serve"]

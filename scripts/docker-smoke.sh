#!/usr/bin/env bash
# Builds the server image and checks it the way an orchestrator would: it starts as the unprivileged
# `node` user, its HEALTHCHECK turns healthy, and /api/assess answers a presentation (and a 400 naming
# the field for a bad one). Needs a Docker daemon; not part of `npm test` (CI has none).
# Usage: scripts/docker-smoke.sh [image-tag]
set -euo pipefail
tag="${1:-foramen:smoke}"
name="foramen-smoke-$$"
port="${SMOKE_PORT:-18080}"
cd "$(dirname "$0")/.."
docker build -t "$tag" .
trap 'docker rm -f "$name" >/dev/null 2>&1 || true' EXIT
docker run -d --name "$name" -p "127.0.0.1:$port:8080" "$tag" >/dev/null
for _ in $(seq 1 60); do
  status="$(docker inspect --format '{{.State.Health.Status}}' "$name")"
  [ "$status" = healthy ] && break
  sleep 1
done
[ "$status" = healthy ] || { echo "not healthy: $status" >&2; docker logs "$name" >&2; exit 1; }
[ "$(docker exec "$name" id -u)" != 0 ] || { echo 'runs as root' >&2; exit 1; }
presentation="$(node -e "process.stdout.write(JSON.stringify(require('./test/fixtures/vignettes/dev.json').cases[0].presentation))")"
curl -fsS -X POST "http://127.0.0.1:$port/api/assess" -H 'content-type: application/json' \
  -d "$presentation" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const a=JSON.parse(s);if(!a.triage||!a.disclaimer)process.exit(1);console.log('assess: triage '+a.triage.level)})"
code="$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/api/assess" \
  -H 'content-type: application/json' -d '{"age":"x"}')"
[ "$code" = 400 ] || { echo "bad input answered $code" >&2; exit 1; }
echo "image $tag: healthy, uid $(docker exec "$name" id -u), /api/assess answers, bad input 400"

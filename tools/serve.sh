#!/usr/bin/env bash
# Serves dist/ with the production nginx configuration on 127.0.0.1:${PORT:-4322}, in the foreground.
# Usage: tools/serve.sh [distDir]
set -euo pipefail
root=$(cd "${1:-$(dirname "$0")/../dist}" && pwd)
port=${PORT:-4322}
tmp=$(mktemp -d /tmp/site-nginx.XXXXXX)
conf="$tmp/nginx.conf"
sed -e "s#__ROOT__#$root#g" -e "s#__PORT__#$port#g" -e "s#__TMP__#$tmp#g" \
  "$(dirname "$0")/../deploy/nginx.conf" > "$conf"
command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install -y nginx)" >&2; exit 1; }
nginx -t -c "$conf" -q
echo "Serving $root on http://127.0.0.1:$port/"
# nginx runs as a child rather than exec'd, so the temp directory goes when the server is stopped.
nginx -c "$conf" -g 'daemon off;' &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
trap 'exit 0' TERM INT
wait "$pid"

#!/usr/bin/env bash
# Runs moto server, the AWS emulator used where there is no Docker, in the foreground.
# On first use it installs the pinned version into a project-local virtual environment
# (.aws-emulator/), so nothing is installed system-wide. moto_server.py beside this
# script starts it with DynamoDB requests applied one at a time, as DynamoDB does, in waitress.
#
#   scripts/moto-server.sh [PORT]        default port 4566, bound to 127.0.0.1 (MOTO_HOST overrides)
#   scripts/moto-server.sh --test        run moto_server.py's own tests (test_moto_server.py) instead
set -euo pipefail

MOTO_VERSION="5.2.5"
# The HTTP server moto_server.py runs moto in: it keeps connections open between requests.
WAITRESS_VERSION="3.0.2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.aws-emulator/moto-$MOTO_VERSION-waitress-$WAITRESS_VERSION"
port="${1:-4566}"
[ "$port" = "--test" ] && port=""
host="${MOTO_HOST:-127.0.0.1}"

# shellcheck source=lib.sh
. "$root/scripts/lib.sh"
if [ ! -f "$venv/.installed" ] && ! command -v python3 >/dev/null 2>&1; then
    echo "moto-server: python3 is not on the PATH. Install Python 3.9+ with venv (Debian: apt-get install python3-venv)," >&2
    echo "or install Docker to use LocalStack, or point AWS_ENDPOINT_URL at a running endpoint." >&2
    exit 127
fi
install_venv_once "$venv" python3 "moto[server]==$MOTO_VERSION" "waitress==$WAITRESS_VERSION"

if [ -z "$port" ]; then
    cd "$root/scripts"
    exec "$venv/bin/python" -m unittest -v test_moto_server
fi
exec "$venv/bin/python" "$root/scripts/moto_server.py" "$host" "$port"

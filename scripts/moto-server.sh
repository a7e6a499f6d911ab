#!/usr/bin/env bash
# Runs moto server, the AWS emulator used where there is no Docker, in the foreground.
# On first use it installs the pinned version into a project-local virtual environment
# (.aws-emulator/), so nothing is installed system-wide. moto_server.py beside this
# script starts it with DynamoDB requests applied one at a time, as DynamoDB does.
#
#   scripts/moto-server.sh [PORT]        default port 4566, bound to 127.0.0.1 (MOTO_HOST overrides)
#   scripts/moto-server.sh --test        run moto_server.py's own tests (test_moto_server.py) instead
set -euo pipefail

MOTO_VERSION="5.2.5"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.aws-emulator/moto-$MOTO_VERSION"
port="${1:-4566}"
[ "$port" = "--test" ] && port=""
host="${MOTO_HOST:-127.0.0.1}"

install_moto() {
    if ! command -v python3 >/dev/null 2>&1; then
        echo "moto-server: python3 is not on the PATH. Install Python 3.9+ with venv (Debian: apt-get install python3-venv)," >&2
        echo "or install Docker to use LocalStack, or point AWS_ENDPOINT_URL at a running endpoint." >&2
        exit 127
    fi
    echo "moto-server: installing moto[server]==$MOTO_VERSION into $venv (first use only)" >&2
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION" >&2
    touch "$venv/.installed"
}

mkdir -p "$root/.aws-emulator"
if [ ! -f "$venv/.installed" ]; then
    if command -v flock >/dev/null 2>&1; then
        # Two builds starting at once install once.
        exec 9>"$root/.aws-emulator/install.lock"
        flock 9
        [ -f "$venv/.installed" ] || install_moto
        flock -u 9
    else
        install_moto
    fi
fi

if [ -z "$port" ]; then
    cd "$root/scripts"
    exec "$venv/bin/python" -m unittest -v test_moto_server
fi
exec "$venv/bin/python" "$root/scripts/moto_server.py" "$host" "$port"

#!/usr/bin/env bash
# Runs LocalStack without Docker, in the foreground, for SQS, SNS, EventBridge and SES. DynamoDB is not among them:
# LocalStack serves it through DynamoDB Local, which is not open source; pair this endpoint with scripts/moto-server.sh
# for DynamoDB (per-service endpoint AWS_ENDPOINT_URL_DYNAMODB).
# On first use it installs the pinned localstack-core into a project-local virtual environment (.aws-emulator/),
# so nothing is installed system-wide. It needs Python 3.12 or newer (python3.13, python3.12, pyenv or python3).
#
#   scripts/localstack-server.sh [PORT]     default port 4566, bound to 127.0.0.1 (LOCALSTACK_HOST_IP overrides)
set -euo pipefail

LOCALSTACK_VERSION="4.14.0"
# Versions localstack-core 4.14.0 starts with; newer releases of these break its start.
PINS=("cbor2<5.7" "pyopenssl==24.2.1" "cryptography==43.0.3" "service_identity<25" "joserfc<1.1")
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.aws-emulator/localstack-$LOCALSTACK_VERSION"
port="${1:-4566}"
host="${LOCALSTACK_HOST_IP:-127.0.0.1}"

python_ok() { "$1" -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; }

find_python() {
    local candidate pyenv_root version
    for candidate in python3.13 python3.12 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    if command -v pyenv >/dev/null 2>&1 && pyenv_root="$(pyenv root 2>/dev/null)"; then
        for version in $(ls -1 "$pyenv_root/versions" 2>/dev/null | sort -rV); do
            candidate="$pyenv_root/versions/$version/bin/python3"
            if [ -x "$candidate" ] && python_ok "$candidate"; then
                echo "$candidate"
                return 0
            fi
        done
    fi
    return 1
}

# shellcheck source=lib.sh
. "$root/scripts/lib.sh"
if [ ! -f "$venv/.installed" ]; then
    if ! python="$(find_python)"; then
        echo "localstack-server: LocalStack $LOCALSTACK_VERSION needs Python 3.12 or newer with venv, and none was found" >&2
        echo "(looked for python3.13, python3.12, python3 on the PATH and in \`pyenv root\`/versions)." >&2
        echo "Install one (pyenv install 3.13, or your distribution's python3.12-venv), or use the moto endpoint." >&2
        exit 127
    fi
    install_venv_once "$venv" "$python" "localstack-core[runtime]==$LOCALSTACK_VERSION" "${PINS[@]}"
fi

# Host mode (not the container layout under /var/lib/localstack), with this port's files under .aws-emulator/,
# started empty: state lives in memory only.
# The directories of earlier runs whose port no longer answers are removed here, since exec leaves no one to do it.
for stale in "$root"/.aws-emulator/localstack-state-*; do
    [ -d "$stale" ] || continue
    (exec 3<>"/dev/tcp/127.0.0.1/${stale##*-}") 2>/dev/null || rm -rf "$stale"
done
state="$root/.aws-emulator/localstack-state-$port"
rm -rf "$state"
mkdir -p "$state"
export OVERRIDE_IN_DOCKER=0 FILESYSTEM_ROOT="$state" PERSISTENCE=0
export GATEWAY_LISTEN="$host:$port" LOCALSTACK_HOST="127.0.0.1:$port"
export SERVICES="sqs,sns,events,ses" EAGER_SERVICE_LOADING=1
# No DNS server (it would need port 53 and an upstream), no certificate download, no telemetry.
export DNS_ADDRESS=0 SKIP_SSL_CERT_DOWNLOAD=1 DISABLE_EVENTS=1 LOCALSTACK_TELEMETRY_DISABLED=1
exec "$venv/bin/python" -m localstack.runtime.main

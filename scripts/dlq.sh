#!/usr/bin/env bash
# The on-call command line: a service's dead letters, moving them back, replaying the bus archive.
# See docs/runbook.md. Builds the operator on first use.
#
#   scripts/dlq.sh list SERVICE                                [--endpoint URL] [--region REGION]
#   scripts/dlq.sh redrive SERVICE --all | --ids ID[,ID...]    [--endpoint URL] [--region REGION]
#   scripts/dlq.sh replay SERVICE --from 2026-11-30T03:00:00Z --to 2026-11-30T04:00:00Z
#
# SERVICE: order, inventory, shipping, notification. Without --endpoint: AWS_ENDPOINT_URL, else AWS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/infra/operator/target/operator-exec.jar"

if [ ! -f "$jar" ]; then
    echo "dlq: building the operator (first use)" >&2
    "$root/mvnw" -q -f "$root/pom.xml" -pl infra/operator -am package -DskipTests >&2
fi

exec java -jar "$jar" "$@"

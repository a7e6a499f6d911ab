#!/usr/bin/env bash
# Creates the shop's queues, bus, rules, topic, subscriptions, tables and SES sender
# on an AWS endpoint. Safe to run again: it changes nothing that is already right.
#
#   scripts/provision.sh [ENDPOINT_URL] [provisioner options...]
#   scripts/provision.sh http://localhost:4566
#   scripts/provision.sh http://localhost:4566 --dynamodb-endpoint http://localhost:4567   (DynamoDB elsewhere)
#   scripts/provision.sh --region eu-west-1        (no URL: the real AWS endpoints)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/infra/provisioner/target/provisioner-exec.jar"

if [ ! -f "$jar" ]; then
    echo "provision: building the provisioner (first use)" >&2
    "$root/mvnw" -q -f "$root/pom.xml" -pl infra/provisioner -am install -DskipTests >&2
fi

args=()
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then
    args+=(--endpoint "$1")
    shift
fi
exec java -jar "$jar" "${args[@]}" "$@"

#!/usr/bin/env bash
# Benchmarks the running shop (start it first with scripts/run.sh): saga latencies at a fixed
# arrival rate against the AWS endpoint's own floor, optionally the highest sustained rate, each
# service's time to ready and peak memory. Writes docs/benchmarks.md and docs/benchmark-latency.svg.
#
#   scripts/benchmark.sh                          20 checkouts/s for 60 s after a 10-s warm-up
#   scripts/benchmark.sh --help                   every option
#   scripts/benchmark.sh --build ...              rebuild the benchmark jar first
#
# What docs/benchmarks.md reports (about 20 minutes):
#   scripts/benchmark.sh --runs 3 --rate 5 --duration 60s --warmup 10s \
#       --throughput --rates 5,10,15,20 --step 60s --startup-runs 5
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jar="benchmark/target/benchmark.jar"

args=()
build=false
for arg in "$@"; do
    if [ "$arg" = "--build" ]; then build=true; else args+=("$arg"); fi
done
if $build || [ ! -f "$jar" ]; then
    echo "Building the benchmark (./mvnw -q -pl benchmark -am package -DskipTests)..." >&2
    ./mvnw -q -pl benchmark -am package -DskipTests
fi

# The same defaults as scripts/run.sh, so both talk to the same endpoint.
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
export AWS_REGION="${AWS_REGION:-us-east-1}"
# scripts/run.sh serves DynamoDB from a second moto on port 4567 when it starts the emulator itself.
# shellcheck source=lib.sh
. "$root/scripts/lib.sh"
if [ -z "${AWS_ENDPOINT_URL:-}" ] && [ -z "${AWS_ENDPOINT_URL_DYNAMODB:-}" ] && port_answers 4567; then
    export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:4567"
fi
export AWS_ENDPOINT_URL="${AWS_ENDPOINT_URL:-http://127.0.0.1:4566}"
export AWS_ENDPOINT_URL_DYNAMODB="${AWS_ENDPOINT_URL_DYNAMODB:-$AWS_ENDPOINT_URL}"

exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$jar" ${args[@]+"${args[@]}"}

#!/usr/bin/env bash
# Benchmarks the shop: saga latencies at a fixed arrival rate against the AWS endpoint's own floor,
# the CPU each process spends per checkout (whole run and steady state, the JIT's share apart),
# optionally the highest sustained rate and what saturated at each step, each service's time to ready
# and peak memory. Writes docs/benchmarks.md and docs/benchmark-latency.svg.
#
#   scripts/benchmark.sh                          the running shop (scripts/run.sh), 20 checkouts/s for 60 s
#   scripts/benchmark.sh --start-shop ...         start a fresh shop with scripts/run.sh first, stop it after
#   scripts/benchmark.sh --help                   every option
#   scripts/benchmark.sh --build ...              rebuild the benchmark jar first
#
# What docs/benchmarks.md reports (about 21 minutes on 2 cores; ports 4566, 4567 and 8081-8084):
#   flock /tmp/shop-ports.lock scripts/benchmark.sh --start-shop --runs 3 --rate 5 --duration 60s \
#       --warmup 30s --throughput --rates 5,10,15,20 --step 60s --startup-runs 5
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jar="benchmark/target/benchmark.jar"

args=()
build=false start_shop=false
for arg in "$@"; do
    case "$arg" in
        --build) build=true ;;
        --start-shop) start_shop=true; args+=("$arg") ;;
        *) args+=("$arg") ;;
    esac
done
if $build || [ ! -f "$jar" ]; then
    echo "Building the benchmark (./mvnw -q -pl benchmark -am package -DskipTests)..." >&2
    ./mvnw -q -pl benchmark -am package -DskipTests
fi

# shellcheck source=lib.sh
. "$root/scripts/lib.sh"
if $start_shop; then
    for port in 4566 4567 8081 8082 8083 8084; do
        if port_answers "$port"; then echo "benchmark: port $port is taken; --start-shop needs a fresh shop" >&2; exit 2; fi
    done
    stop_started_on_exit
    mkdir -p .run/logs
    echo "Starting the shop (scripts/run.sh, log .run/logs/run.log)..." >&2
    scripts/run.sh > .run/logs/run.log 2>&1 &
    pids+=($!)
    for port in 8081 8082 8083 8084; do
        wait_until "the shop's start" 600 service_ready "$port" || { tail -20 .run/logs/run.log >&2; exit 1; }
    done
fi

# The same defaults as scripts/run.sh, so both talk to the same endpoint.
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
export AWS_REGION="${AWS_REGION:-us-east-1}"
# scripts/run.sh serves DynamoDB from a second moto on port 4567 when it starts the emulator itself.
if [ -z "${AWS_ENDPOINT_URL:-}" ] && [ -z "${AWS_ENDPOINT_URL_DYNAMODB:-}" ] && port_answers 4567; then
    export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:4567"
fi
export AWS_ENDPOINT_URL="${AWS_ENDPOINT_URL:-http://127.0.0.1:4566}"
export AWS_ENDPOINT_URL_DYNAMODB="${AWS_ENDPOINT_URL_DYNAMODB:-$AWS_ENDPOINT_URL}"

java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$jar" ${args[@]+"${args[@]}"}

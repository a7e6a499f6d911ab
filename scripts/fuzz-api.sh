#!/usr/bin/env bash
# Fuzzes the four services' REST APIs against their own OpenAPI documents with schemathesis: every check it has
# (--checks all), so the run fails on any 5xx, on a status or body the document does not describe, on a request the
# document allows being refused, and on one it forbids being accepted. The seed is fixed and the examples per operation
# bounded, so a failure is reproducible and the run takes minutes.
#
# It starts what it needs on free ports, so it runs beside anything on 4566 and 8081-8084: its own moto server (or
# AWS_ENDPOINT_URL, if set), the topology, and the four service jars (built first if missing). Everything it started
# is stopped when it ends, whatever the outcome. schemathesis is installed on first use into .aws-emulator/.
#
#   scripts/fuzz-api.sh                 FUZZ_SEED (default 20261130), FUZZ_MAX_EXAMPLES (default 50) override
set -euo pipefail

SCHEMATHESIS_VERSION="4.32.5"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
venv="$root/.aws-emulator/schemathesis-$SCHEMATHESIS_VERSION"
seed="${FUZZ_SEED:-20261130}"
examples="${FUZZ_MAX_EXAMPLES:-50}"
services=(order-service inventory-service shipping-service notification-service)
logs="$root/.run/fuzz"
mkdir -p "$logs" "$root/.aws-emulator"
# shellcheck source=lib.sh
. "$root/scripts/lib.sh"
stop_started_on_exit

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# 1. schemathesis, pinned, in a project-local virtual environment.
install_venv_once "$venv" python3 "schemathesis==$SCHEMATHESIS_VERSION"

# 2. The service jars.
for name in "${services[@]}"; do
    if [ ! -f "$name/target/$name.jar" ]; then
        echo "fuzz-api: building the services (./mvnw -q package -DskipTests)"
        ./mvnw -q package -DskipTests
        break
    fi
done

# 3. An AWS endpoint of its own, with the topology.
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
export AWS_REGION="${AWS_REGION:-us-east-1}"
endpoint="${AWS_ENDPOINT_URL:-}"
if [ -z "$endpoint" ]; then
    moto_port="$(free_port)"
    scripts/moto-server.sh "$moto_port" > "$logs/moto.log" 2>&1 &
    pids+=($!)
    endpoint="http://127.0.0.1:$moto_port"
    wait_until "moto server start" 300 port_answers "$moto_port"
fi
scripts/provision.sh "$endpoint" > "$logs/provision.log" 2>&1 || { cat "$logs/provision.log" >&2; exit 1; }

# 4. The four services on free ports.
declare -A ports
for name in "${services[@]}"; do
    ports[$name]="$(free_port)"
    SPRING_CLOUD_AWS_ENDPOINT="$endpoint" SPRING_CLOUD_AWS_REGION_STATIC="$AWS_REGION" \
        scripts/start-service.sh "$name" --server.port="${ports[$name]}" > "$logs/$name.log" 2>&1 &
    pids+=($!)
done
for name in "${services[@]}"; do
    wait_until "$name readiness" 240 service_ready "${ports[$name]}" || { tail -30 "$logs/$name.log" >&2; exit 1; }
done

# 5. The fuzzer, one service after the other; every failure is reported before the run fails.
started=$SECONDS
failed=()
for name in "${services[@]}"; do
    echo "fuzz-api: $name (seed $seed, at most $examples examples per operation)"
    if ! (cd "$logs" && "$venv/bin/st" --config-file "$root/scripts/schemathesis.toml" \
            run "http://127.0.0.1:${ports[$name]}/v3/api-docs" \
            --checks all --seed "$seed" --max-examples "$examples" --workers 1 --request-timeout 20 \
            --generation-database none --no-color); then
        failed+=("$name")
    fi
done
echo "fuzz-api: fuzzing took $((SECONDS - started))s (service logs in .run/fuzz/)"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz-api: FAILED for ${failed[*]}" >&2
    exit 1
fi
echo "fuzz-api: all four APIs behave as their OpenAPI documents say"

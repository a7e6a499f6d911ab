#!/usr/bin/env bash
# Starts the whole shop on this machine: the AWS emulator (moto server, unless
# AWS_ENDPOINT_URL points elsewhere), the topology, and the four services.
# Ctrl-C stops everything this script started.
#
#   scripts/run.sh            run until Ctrl-C
#   scripts/run.sh --demo     also walk one order to DELIVERED and print each step
#   scripts/run.sh --build    rebuild the services first
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
demo=false build=false
for arg in "$@"; do
    case "$arg" in
        --demo) demo=true ;;
        --build) build=true ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "run: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

services=(order-service:8081 inventory-service:8082 shipping-service:8083 notification-service:8084)
logs="$root/.run/logs"
mkdir -p "$logs"
pids=()

stop_all() {
    trap - INT TERM EXIT
    if [ ${#pids[@]} -gt 0 ]; then
        echo
        echo "Stopping ${#pids[@]} process(es)..."
        for pid in "${pids[@]}"; do pkill -TERM -P "$pid" 2>/dev/null || true; kill -TERM "$pid" 2>/dev/null || true; done
        wait "${pids[@]}" 2>/dev/null || true
    fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_until() { # description, seconds, command...
    local what="$1" seconds="$2"; shift 2
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        if [ $SECONDS -ge $deadline ]; then echo "run: $what did not happen within ${seconds}s" >&2; return 1; fi
        sleep 0.5
    done
}

# 1. Build once (or when asked).
for entry in "${services[@]}"; do
    name="${entry%%:*}"
    [ -f "$name/target/$name.jar" ] || build=true
done
if $build; then
    echo "Building the services (first run only; ./mvnw -q install -DskipTests)..."
    ./mvnw -q install -DskipTests
fi

# 2. The AWS endpoint.
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
export AWS_REGION="${AWS_REGION:-us-east-1}"
if [ -z "${AWS_ENDPOINT_URL:-}" ]; then
    export AWS_ENDPOINT_URL="http://127.0.0.1:4566"
    if port_answers 4566; then
        echo "Using the AWS emulator already listening on port 4566."
    else
        echo "Starting moto server on port 4566 (installed into .aws-emulator/ on first use)..."
        scripts/moto-server.sh 4566 > "$logs/moto.log" 2>&1 &
        pids+=($!)
        wait_until "moto server start" 300 port_answers 4566
    fi
fi

# 3. Topology and tables.
scripts/provision.sh "$AWS_ENDPOINT_URL" | sed 's/^/  /'

# 4. A local trace receiver on UDP 2000, where the services send their X-Ray segments, unless something (an X-Ray
#    daemon, say) listens there already. scripts/xray-local.py show <orderId> prints what it received.
udp_port_free() { python3 -c 'import socket, sys; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).bind(("127.0.0.1", int(sys.argv[1])))' "$1" 2>/dev/null; }
if udp_port_free 2000; then
    python3 scripts/xray-local.py receive > "$logs/xray-local.log" 2>&1 &
    pids+=($!)
    echo "Started the trace receiver on UDP 2000 (pid $!, segments in .run/traces.jsonl)"
else
    echo "Something listens on UDP 2000 already; the services' segments go there."
fi

# 5. The services.
for entry in "${services[@]}"; do
    name="${entry%%:*}" port="${entry##*:}"
    if port_answers "$port"; then echo "run: port $port is taken; stop what uses it first" >&2; exit 1; fi
    # JVM settings in scripts/service-jvm.options; the first start after a build also records a CDS archive.
    SPRING_CLOUD_AWS_ENDPOINT="$AWS_ENDPOINT_URL" SPRING_CLOUD_AWS_REGION_STATIC="$AWS_REGION" \
        scripts/start-service.sh "$name" > "$logs/$name.log" 2>&1 &
    pids+=($!)
    echo "Started $name (pid $!, log .run/logs/$name.log)"
done
ready() { curl -fs "http://127.0.0.1:$1/actuator/health/readiness" > /dev/null; }
for entry in "${services[@]}"; do
    name="${entry%%:*}" port="${entry##*:}"
    wait_until "$name readiness" 180 ready "$port" || { tail -20 "$logs/$name.log" >&2; exit 1; }
done

cat <<INFO

All four services are ready (AWS endpoint $AWS_ENDPOINT_URL).

Swagger UI:
  order         http://localhost:8081/swagger-ui.html
  inventory     http://localhost:8082/swagger-ui.html
  shipping      http://localhost:8083/swagger-ui.html
  notification  http://localhost:8084/swagger-ui.html

Traces (X-Ray segments, received on UDP 2000):
  python3 scripts/xray-local.py show <orderId>

Try it:
  curl -X PUT localhost:8082/api/stock/MUG-BLUE -H 'Content-Type: application/json' -d '{"available": 10}'
  curl -X POST localhost:8081/api/carts -H 'Content-Type: application/json' -d '{"customerId": "cust-1"}'
  curl -X POST localhost:8081/api/carts/<cartId>/items -H 'Content-Type: application/json' \\
       -d '{"sku": "MUG-BLUE", "quantity": 2, "unitPrice": {"amount": 12.50, "currency": "EUR"}}'
  curl -X POST localhost:8081/api/carts/<cartId>/checkout -H 'Content-Type: application/json' \\
       -d '{"email": "ada@example.com", "shippingAddress": {"name": "Ada", "line1": "1 Main St", "city": "London", "postalCode": "N1", "country": "GB"}}'
  curl localhost:8081/api/orders/<orderId>
  curl "localhost:8083/api/shipments?orderId=<orderId>"
  curl -X POST localhost:8083/api/shipments/<shipmentId>/dispatch
  curl -X POST localhost:8083/api/shipments/<shipmentId>/deliver
  curl "localhost:8084/api/notifications?orderId=<orderId>"

Press Ctrl-C to stop everything.
INFO

if $demo; then
    python3 scripts/demo.py || echo "run: the demo failed; the services keep running" >&2
fi
wait

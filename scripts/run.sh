#!/usr/bin/env bash
# Starts the whole shop on this machine: the AWS emulator (moto server on port 4566, with DynamoDB on a second
# one on port 4567, unless AWS_ENDPOINT_URL points elsewhere), the topology, the four services, and the storefront
# (the web shop, port 8080).
# Ctrl-C stops everything this script started.
#
#   scripts/run.sh               run until Ctrl-C
#   scripts/run.sh --demo        also walk one order to DELIVERED and print each step
#   scripts/run.sh --build       rebuild the services first
#   scripts/run.sh --localstack  LocalStack (no Docker; installed on first use, Python 3.12+) on port 4566 for
#                                SQS, SNS, EventBridge and SES, with DynamoDB on moto server on port 4567
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
demo=false build=false localstack=false
for arg in "$@"; do
    case "$arg" in
        --demo) demo=true ;;
        --build) build=true ;;
        --localstack) localstack=true ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "run: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

services=(order-service:8081 inventory-service:8082 shipping-service:8083 notification-service:8084)
storefront_port=8080
logs="$root/.run/logs"
mkdir -p "$logs"
# shellcheck source=lib.sh
. "$root/scripts/lib.sh"
stop_started_on_exit

localstack_answers() { curl -fs "http://127.0.0.1:$1/_localstack/health" > /dev/null; }
localstack_ready() { # every service it serves for the shop is running
    local health
    health="$(curl -fs "http://127.0.0.1:$1/_localstack/health" | tr -d ' ')" || return 1
    for service in sqs sns events ses; do [[ "$health" == *"\"$service\":\"running\""* ]] || return 1; done
}

start_moto() { # port
    if port_answers "$1"; then
        echo "Using the AWS emulator already listening on port $1."
    else
        echo "Starting moto server on port $1 (installed into .aws-emulator/ on first use)..."
        scripts/moto-server.sh "$1" > "$logs/moto-$1.log" 2>&1 &
        pids+=($!)
        wait_until "moto server start" 300 port_answers "$1"
    fi
}


# 1. Build once (or when asked).
for entry in "${services[@]}" storefront:$storefront_port; do
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
if $localstack; then
    # LocalStack serves DynamoDB through DynamoDB Local, which is not open source: DynamoDB goes to moto instead,
    # through the per-service endpoint settings (AWS_ENDPOINT_URL_DYNAMODB, spring.cloud.aws.dynamodb.endpoint).
    export AWS_ENDPOINT_URL="http://127.0.0.1:4566" AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:4567"
    start_moto 4567
    if localstack_answers 4566; then
        echo "Using the LocalStack already listening on port 4566."
    elif port_answers 4566; then
        echo "run: port 4566 is taken by something other than LocalStack; stop it first" >&2; exit 1
    else
        echo "Starting LocalStack on port 4566 (installed into .aws-emulator/ on first use; the first install takes minutes)..."
        scripts/localstack-server.sh 4566 > "$logs/localstack.log" 2>&1 &
        pids+=($!)
    fi
    wait_until "LocalStack start" 900 localstack_ready 4566 || { tail -20 "$logs/localstack.log" >&2; exit 1; }
elif [ -z "${AWS_ENDPOINT_URL:-}" ]; then
    # DynamoDB on a moto of its own: moto is one Python process, which runs one thread at a time, so a second one
    # lets the emulator use a second core; DynamoDB is about half of its work for a checkout.
    export AWS_ENDPOINT_URL="http://127.0.0.1:4566" AWS_ENDPOINT_URL_DYNAMODB="${AWS_ENDPOINT_URL_DYNAMODB:-http://127.0.0.1:4567}"
    start_moto 4566
    if [ "$AWS_ENDPOINT_URL_DYNAMODB" = "http://127.0.0.1:4567" ]; then start_moto 4567; fi
fi
export AWS_ENDPOINT_URL_DYNAMODB="${AWS_ENDPOINT_URL_DYNAMODB:-$AWS_ENDPOINT_URL}"

# 3. Topology and tables.
scripts/provision.sh "$AWS_ENDPOINT_URL" --dynamodb-endpoint "$AWS_ENDPOINT_URL_DYNAMODB" | sed 's/^/  /'

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

# 5. The services, and the storefront, which talks to them over their REST APIs only.
for entry in "${services[@]}" storefront:$storefront_port; do
    name="${entry%%:*}" port="${entry##*:}"
    if port_answers "$port"; then echo "run: port $port is taken; stop what uses it first" >&2; exit 1; fi
    # JVM settings in scripts/service-jvm.options; the first start after a build also records a CDS archive.
    SPRING_CLOUD_AWS_ENDPOINT="$AWS_ENDPOINT_URL" SPRING_CLOUD_AWS_DYNAMODB_ENDPOINT="$AWS_ENDPOINT_URL_DYNAMODB" \
        SPRING_CLOUD_AWS_REGION_STATIC="$AWS_REGION" scripts/start-service.sh "$name" > "$logs/$name.log" 2>&1 &
    pids+=($!)
    echo "Started $name (pid $!, log .run/logs/$name.log)"
done
for entry in "${services[@]}" storefront:$storefront_port; do
    name="${entry%%:*}" port="${entry##*:}"
    wait_until "$name readiness" 180 service_ready "$port" || { tail -20 "$logs/$name.log" >&2; exit 1; }
done

cat <<INFO

All four services are ready (AWS endpoint $AWS_ENDPOINT_URL, DynamoDB at $AWS_ENDPOINT_URL_DYNAMODB).

Storefront (products, cart, checkout, each order's journey live, the topology):
  http://localhost:$storefront_port/

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

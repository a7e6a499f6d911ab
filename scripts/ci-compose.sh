#!/usr/bin/env bash
# The compose stage of CI: a Docker engine (installed and started if none answers), stand-ins for base images no
# registry serves, then ComposeSystemTests: `docker compose up --build --wait` of the moto variant, the saga over
# the published ports, `down -v`. Prints the time of each phase and the total.
#
#   scripts/ci-compose.sh                          the moto variant (docker-compose.yml + docker-compose.moto.yml)
#   COMPOSE_FILES=docker-compose.yml scripts/ci-compose.sh      LocalStack (needs its image)
#
# The stack publishes the fixed ports 4566 and 8080-8084; on a machine shared with other runs, hold a lock around
# it (flock /tmp/shop-ports.lock scripts/ci-compose.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export MAVEN_ARGS="${MAVEN_ARGS:---batch-mode --no-transfer-progress}"
compose_files="${COMPOSE_FILES:-docker-compose.yml,docker-compose.moto.yml}"
# shellcheck source=lib.sh
. scripts/lib.sh

scripts/docker-engine.sh
phase_done engine

scripts/docker-standins.sh
phase_done stand-ins

# Image builds trust the CA certificates this machine adds to its own store (a TLS-intercepting proxy's, where
# there is one), as a user behind such a proxy does by hand (compose/ca-certificates/README.md).
for certificate in /usr/local/share/ca-certificates/*.crt; do
    [ -f "$certificate" ] || continue
    cmp -s "$certificate" "compose/ca-certificates/$(basename "$certificate")" \
        || cp "$certificate" compose/ca-certificates/
done

./mvnw -pl system-tests -am verify -Pcompose -Dshop.compose.files="$compose_files" \
    -Dit.test=ComposeSystemTests -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
phase_done "compose system test"

phases_report

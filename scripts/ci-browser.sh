#!/usr/bin/env bash
# The browser stage of CI: a headless Chromium and its driver (Debian's chromium and chromium-driver, installed
# with apt when missing, by scripts/chromium.sh), then StorefrontSystemTests: the four services and the storefront
# as processes on free ports against moto, a customer buying in the browser, the journey reaching DELIVERED, a
# rejection, the topology page (-Pbrowser: the default build leaves this test out). Prints the time of each phase
# and the total.
#
#   scripts/ci-browser.sh                                   the test
#   scripts/ci-browser.sh -Dshop.screenshots=docs/images    the test, writing the pages' screenshots (README images)
#
# Arguments are passed on to Maven. The services take free ports, so no lock on the shared ports is needed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export MAVEN_ARGS="${MAVEN_ARGS:---batch-mode --no-transfer-progress}"
# shellcheck source=lib.sh
. scripts/lib.sh

scripts/chromium.sh
phase_done chromium

./mvnw -pl system-tests -am verify -Pbrowser -Dshop.test.endpoint=moto \
    -Dit.test=StorefrontSystemTests -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "$@"
phase_done "build and browser system test"

phases_report

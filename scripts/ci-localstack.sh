#!/usr/bin/env bash
# The CI stage that runs the routing, provisioner and system tests (tracing included) against the second endpoint:
# LocalStack without Docker (installed into .aws-emulator/ on first use; needs Python 3.12+) for SQS, SNS, EventBridge
# and SES, with DynamoDB on moto server. The unit tests are not run again here (the main build runs them); the
# integration and system tests named below must all run and pass, none may be skipped.
#
#   scripts/ci-localstack.sh [extra Maven arguments]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

modules=(service-runtime infra/provisioner system-tests)
expected=(
    service-runtime:io.shoponevents.runtime.publish.RoutingIntegrationTests
    infra/provisioner:io.shoponevents.infra.provision.ProvisionerIntegrationTests
    system-tests:io.shoponevents.systemtests.OrderSagaSystemTests
    system-tests:io.shoponevents.systemtests.OversellSystemTests
    system-tests:io.shoponevents.systemtests.FaultSystemTests
    system-tests:io.shoponevents.systemtests.TracingSystemTests
    system-tests:io.shoponevents.systemtests.StalledEndpointSystemTests
    system-tests:io.shoponevents.systemtests.RedriveSystemTests
)
# Exactly the classes above: a pattern would also pick ComposeSystemTests, since -Dit.test overrides the excludes.
tests="$(for entry in "${expected[@]}"; do printf '%s,' "${entry##*.}"; done)"
tests="${tests%,}"

started=$SECONDS
for module in "${modules[@]}"; do rm -rf "$module/target/failsafe-reports"; done

modules_csv="$(IFS=,; echo "${modules[*]}")"
./mvnw verify -pl "$modules_csv" -am \
    -Dshop.test.endpoint=localstack \
    "-Dit.test=$tests" -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    "$@"

# Report what ran, from Failsafe's own reports; a test class that did not run, or a skipped test, fails the stage.
status=0 total=0
echo
echo "LocalStack stage: tests run against LocalStack $(sed -n 's/^LOCALSTACK_VERSION="\(.*\)"/\1/p' scripts/localstack-server.sh) with DynamoDB on moto"
for entry in "${expected[@]}"; do
    module="${entry%%:*}" class="${entry#*:}"
    report="$module/target/failsafe-reports/TEST-$class.xml"
    if [ ! -f "$report" ]; then
        echo "  MISSING  $class (no report in $module/target/failsafe-reports)"
        status=1
        continue
    fi
    counts="$(sed -n '0,/<testsuite /{s/.*<testsuite \([^>]*\)>.*/\1/p}' "$report")"
    count() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<< " $counts"; }
    run="$(count tests)" skipped="$(count skipped)" failed=$(( $(count failures) + $(count errors) ))
    total=$((total + run))
    printf '  %-8s %-60s %3s run, %s failed, %s skipped\n' \
        "$([ "$failed" -eq 0 ] && [ "$skipped" -eq 0 ] && [ "$run" -gt 0 ] && echo ok || echo FAILED)" \
        "$class" "$run" "$failed" "$skipped"
    if [ "$failed" -ne 0 ] || [ "$skipped" -ne 0 ] || [ "$run" -eq 0 ]; then status=1; fi
done
echo "LocalStack stage: $total tests in $((SECONDS - started))s"
exit $status

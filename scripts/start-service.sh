#!/usr/bin/env bash
# Starts one service's jar in the foreground with the JVM settings of scripts/service-jvm.options, from a class data
# sharing (CDS) archive that cuts its start time. The archive is made once per build: the jar is extracted into
# <service>/target/cds/ and started once until its context is refreshed, recording the classes it loads. That run
# needs the service's AWS endpoint (SPRING_CLOUD_AWS_ENDPOINT or AWS_ENDPOINT_URL), as any start does; when it fails,
# the service starts without an archive.
#
# The JVM settings (docs/benchmarks.md measures them): the C1 compiler only. On two cores shared with the emulators,
# C2 spent a third of the services' CPU compiling for the whole of a 25-minute benchmark, and after two minutes its
# code was no cheaper per checkout than C1's (C2 pays off in services that run for hours; the container image keeps
# both). The serial collector and a small heap that gives back what it does not use (a service holds little beyond
# the requests and messages in flight); a code cache and compiler count sized for a service this size; two malloc
# arenas (below).
#
#   scripts/start-service.sh order-service [--server.port=8081 ...]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
service="${1:?usage: scripts/start-service.sh <service> [arguments for the service]}"
shift
jar="$root/$service/target/$service.jar"
cds="$root/$service/target/cds"
options="@$root/scripts/service-jvm.options"
[ -f "$jar" ] || { echo "start-service: $jar is missing; build first (./mvnw install -DskipTests)" >&2; exit 1; }

if [ ! -f "$cds/$service.jsa" ] || [ "$jar" -nt "$cds/$service.jsa" ]; then
    rm -rf "$cds"
    java -Djarmode=tools -jar "$jar" extract --destination "$cds" > /dev/null
    echo "start-service: recording the CDS archive of $service (once per build)" >&2
    if ! java "$options" -XX:ArchiveClassesAtExit="$cds/$service.jsa" -Dspring.context.exit=onRefresh \
            -jar "$cds/$service.jar" "$@" > "$cds/training.log" 2>&1; then
        echo "start-service: the CDS training run failed (see $cds/training.log); starting without the archive" >&2
        rm -f "$cds/$service.jsa"
    fi
fi

# glibc gives each thread that allocates its own malloc arena, up to eight per core, and each keeps what it freed:
# two arenas are enough for the few threads of a service that allocate natively (the JIT's compilers foremost).
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
archive=()
[ -f "$cds/$service.jsa" ] && archive=(-XX:SharedArchiveFile="$cds/$service.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
exec java "$options" ${archive[@]+"${archive[@]}"} -jar "$cds/$service.jar" "$@"

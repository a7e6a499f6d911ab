#!/usr/bin/env bash
# Builds local stand-ins for the base images the compose files and Dockerfiles name, for a machine that
# reaches Debian's package mirror but no container registry. Only images that are neither present nor
# pullable are built; each stand-in is tagged with the exact name it stands in for and says so in its labels
# (`docker inspect -f '{{json .Config.Labels}}' eclipse-temurin:21-jre`).
#
#   eclipse-temurin:21-jdk, eclipse-temurin:21-jre   Debian's openjdk-21-jdk-headless / openjdk-21-jre-headless
#   python:3.13-slim                                 Debian's python3 (3.13) with venv
#
# They are built on a Debian base made with debootstrap (--variant=minbase) and `docker import`. Images that
# cannot be made honestly from Debian packages (LocalStack, Jaeger, the OpenTelemetry Collector) are reported
# and left out; the moto variant of the compose stack runs without them.
#
#   scripts/docker-standins.sh            needs a running engine (scripts/docker-engine.sh), root, debootstrap
set -euo pipefail

DEBIAN_SUITE="trixie"
DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
BASE_IMAGE="shop-on-events/debian-base:$DEBIAN_SUITE"
PULL_SECONDS="${PULL_SECONDS:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { echo "docker-standins: $*" >&2; }
started=$SECONDS

# Every image a build or a container of the stack starts from: FROM lines of the project's Dockerfiles (not
# their own stage names) and the images of compose services that are not built (all profiles).
named_images() {
    local dockerfile
    for dockerfile in "$root/Dockerfile" "$root"/compose/*/Dockerfile "$root"/infra/*/Dockerfile; do
        [ -f "$dockerfile" ] || continue
        awk 'toupper($1) == "FROM" { for (i = 2; i <= NF; i++) if ($i !~ /^--/) { image = $i; break }
                                     if (!(tolower(image) in stages)) print image
                                     if (toupper($(NF - 1)) == "AS") stages[tolower($NF)] = 1 }' "$dockerfile"
    done
    (cd "$root" && docker compose -f docker-compose.yml -f docker-compose.moto.yml --profile '*' config --format json \
        && docker compose -f docker-compose.yml --profile '*' config --format json) \
        | jq -r '.services[] | select(.build == null) | .image // empty'
}

# require TOOL: installs the Debian package of that name when the tool is missing.
require() {
    command -v "$1" >/dev/null && return 0
    say "installing $1 (apt)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$1" >/dev/null
}

available() {
    local image="$1"
    docker image inspect "$image" >/dev/null 2>&1 && return 0
    timeout "$PULL_SECONDS" docker pull --quiet "$image" >/dev/null 2>&1
}

ensure_base() {
    docker image inspect "$BASE_IMAGE" >/dev/null 2>&1 && return 0
    require debootstrap
    local dir
    dir=$(mktemp -d)
    say "making $BASE_IMAGE with debootstrap --variant=minbase $DEBIAN_SUITE (about a minute)"
    debootstrap --variant=minbase "$DEBIAN_SUITE" "$dir" "$DEBIAN_MIRROR" >"$dir.log" 2>&1 \
        || { say "debootstrap failed: $(tail -n 20 "$dir.log")"; exit 1; }
    rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/*
    tar -C "$dir" -c . | docker import \
        --change 'ENV LANG=C.UTF-8' --change 'CMD ["bash"]' \
        --message "Debian $DEBIAN_SUITE minbase from $DEBIAN_MIRROR" - "$BASE_IMAGE" >/dev/null
    rm -rf "$dir" "$dir.log"
}

# build_standin IMAGE DESCRIPTION PACKAGES [DOCKERFILE LINES...]: IMAGE from the Debian base and PACKAGES.
build_standin() {
    local image="$1" description="$2" packages="$3"
    shift 3
    ensure_base
    say "building stand-in $image: $description"
    {
        echo "FROM $BASE_IMAGE"
        echo "LABEL io.shoponevents.stand-in-for=\"$image\" \\"
        echo "      org.opencontainers.image.description=\"Local stand-in for $image: $description, built by scripts/docker-standins.sh where no registry is reachable\""
        echo "RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null \\"
        echo "    && rm -rf /var/lib/apt/lists/*"
        printf '%s\n' "$@"
    } | docker build --quiet --tag "$image" - >/dev/null
}

standin() {
    local image="$1"
    case "$image" in
        eclipse-temurin:21-jdk)
            build_standin "$image" "Debian $DEBIAN_SUITE openjdk-21-jdk-headless" \
                "openjdk-21-jdk-headless ca-certificates curl" \
                'RUN mkdir -p /opt/java && ln -s "$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")" /opt/java/openjdk' \
                'ENV JAVA_HOME=/opt/java/openjdk' ;;
        eclipse-temurin:21-jre)
            build_standin "$image" "Debian $DEBIAN_SUITE openjdk-21-jre-headless" \
                "openjdk-21-jre-headless ca-certificates" \
                'RUN mkdir -p /opt/java && ln -s "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" /opt/java/openjdk' \
                'ENV JAVA_HOME=/opt/java/openjdk' ;;
        python:3.13-slim)
            build_standin "$image" "Debian $DEBIAN_SUITE python3 (3.13) with venv" \
                "python3 python3-venv python-is-python3 ca-certificates" \
                'CMD ["python3"]' ;;
        *)
            return 1 ;;
    esac
}

timeout 20 docker info >/dev/null 2>&1 || { say "no Docker engine answers: run scripts/docker-engine.sh first"; exit 1; }
require jq
present=() built=() missing=()
for image in $(named_images | sort -u); do
    if available "$image"; then
        present+=("$image")
    elif standin "$image"; then
        built+=("$image")
    else
        missing+=("$image")
    fi
done
say "present or pulled: ${present[*]:-none}"
say "stand-ins built:   ${built[*]:-none}"
if [ "${#missing[@]}" -gt 0 ]; then
    say "not available and not made here (no honest build from Debian or PyPI packages): ${missing[*]}"
    say "the moto variant runs without them: docker compose -f docker-compose.yml -f docker-compose.moto.yml up"
fi
say "done in $((SECONDS - started))s"

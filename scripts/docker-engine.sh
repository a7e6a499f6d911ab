#!/usr/bin/env bash
# Makes `docker compose` work on a Debian machine that has no Docker engine running: what is already
# there is left alone, what is missing is provided, and each step says what it did.
#
#   1. An engine: if `docker info` does not answer, installs Debian's docker.io (engine, containerd,
#      iptables; debootstrap and jq for scripts/docker-standins.sh) with apt and starts dockerd as root in the
#      background, logging to /var/log/dockerd.log, then waits (bounded) until it answers.
#   2. The `docker compose` and `docker buildx` CLI plugins: Debian does not package them, so each is
#      built from its Go module (the Go module proxy) at a pinned version, cached under
#      ~/.cache/shop-on-events/docker-plugins/, and installed where the docker CLI looks for plugins.
#
# Idempotent: a second run only checks. Needs root for step 1 (apt, dockerd) and Go for step 2.
#   scripts/docker-engine.sh
set -euo pipefail

COMPOSE_VERSION="v2.40.3"
BUILDX_VERSION="v0.29.1"
ENGINE_WAIT_SECONDS="${ENGINE_WAIT_SECONDS:-120}"
DOCKERD_LOG="${DOCKERD_LOG:-/var/log/dockerd.log}"
plugin_cache="${XDG_CACHE_HOME:-$HOME/.cache}/shop-on-events/docker-plugins"

say() { echo "docker-engine: $*" >&2; }
fail() { say "$*"; exit 1; }
started=$SECONDS

engine_answers() { timeout 20 docker info >/dev/null 2>&1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

apt_updated=false
apt_install() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    command -v apt-get >/dev/null || fail "no engine and no apt-get: install Docker Engine for this OS, then run again"
    if [ "$apt_updated" = false ]; then
        say "apt-get update"
        as_root apt-get update -qq
        apt_updated=true
    fi
    say "installing ${missing[*]} (apt)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

start_engine() {
    apt_install docker.io containerd runc iptables ca-certificates debootstrap jq
    if pgrep -x dockerd >/dev/null; then
        say "dockerd is running but does not answer yet; waiting for it"
    else
        say "starting dockerd (log: $DOCKERD_LOG)"
        # setsid: the engine outlives this script and the shell that ran it.
        as_root setsid dockerd >>"$DOCKERD_LOG" 2>&1 </dev/null &
    fi
    local deadline=$((SECONDS + ENGINE_WAIT_SECONDS))
    until engine_answers; do
        [ "$SECONDS" -lt "$deadline" ] \
            || fail "dockerd did not answer within ${ENGINE_WAIT_SECONDS}s; last lines of $DOCKERD_LOG: $(tail -n 20 "$DOCKERD_LOG" 2>/dev/null)"
        sleep 1
    done
    say "engine started in $((SECONDS - started))s"
}

plugin_dir() {
    if [ "$(id -u)" -eq 0 ]; then echo /usr/local/lib/docker/cli-plugins; else echo "$HOME/.docker/cli-plugins"; fi
}

# build_plugin NAME MODULE VERSION PACKAGE LDFLAGS: go build of PACKAGE inside a copy of MODULE@VERSION.
# `go install MODULE/PACKAGE@VERSION` refuses both modules (their go.mod has replace directives), so the
# module is downloaded and built in place, with its own go.mod and go.sum.
build_plugin() {
    local name="$1" module="$2" version="$3" package="$4" ldflags="$5"
    local cached="$plugin_cache/docker-$name-$version"
    if [ ! -x "$cached" ]; then
        command -v go >/dev/null || PATH="$PATH:/usr/local/go/bin"
        command -v go >/dev/null || fail "the docker $name plugin is missing and Go is not installed to build it (https://go.dev/dl/)"
        say "building docker-$name $version from the Go module $module (first run only, a few minutes)"
        local source work log="$plugin_cache/docker-$name-$version.log"
        mkdir -p "$plugin_cache"
        source=$(timeout 900 go mod download -json "$module@$version" 2>"$log" \
            | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p') || true
        [ -d "$source" ] || fail "go mod download $module@$version gave no module directory: $(tail -n 20 "$log")"
        work=$(mktemp -d)
        cp -r "$source/." "$work/"
        chmod -R u+w "$work"
        (cd "$work" && CGO_ENABLED=0 timeout 1800 go build -trimpath -ldflags "-s -w $ldflags" -o "$cached.tmp" "$package") \
            >>"$log" 2>&1 || { rm -rf "$work"; fail "go build of docker-$name failed: $(tail -n 20 "$log")"; }
        mv "$cached.tmp" "$cached"
        rm -rf "$work"
    fi
    local target
    target="$(plugin_dir)/docker-$name"
    mkdir -p "$(dirname "$target")"
    install -m 0755 "$cached" "$target"
    say "installed docker-$name $version as $target"
}

ensure_plugins() {
    if docker compose version >/dev/null 2>&1; then
        say "compose plugin present: $(docker compose version --short 2>/dev/null)"
    else
        build_plugin compose github.com/docker/compose/v2 "$COMPOSE_VERSION" ./cmd \
            "-X github.com/docker/compose/v2/internal.Version=$COMPOSE_VERSION"
    fi
    if docker buildx version >/dev/null 2>&1; then
        say "buildx plugin present: $(docker buildx version 2>/dev/null | cut -d' ' -f2)"
    else
        # Compose checks the buildx version before it builds, so the version must be stamped in.
        build_plugin buildx github.com/docker/buildx "$BUILDX_VERSION" ./cmd/buildx \
            "-X github.com/docker/buildx/version.Version=$BUILDX_VERSION -X github.com/docker/buildx/version.Package=github.com/docker/buildx"
    fi
}

command -v docker >/dev/null || apt_install docker.io
if engine_answers; then
    say "engine answers: $(docker version --format 'server {{.Server.Version}} (API {{.Server.APIVersion}}), client {{.Client.Version}}')"
else
    start_engine
    say "engine answers: $(docker version --format 'server {{.Server.Version}} (API {{.Server.APIVersion}}), client {{.Client.Version}}')"
fi
ensure_plugins
say "ready in $((SECONDS - started))s"

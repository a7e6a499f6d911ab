#!/usr/bin/env bash
# Makes a headless Chromium and its WebDriver available to the browser tests: Debian's `chromium` and
# `chromium-driver` packages, installed with apt when `chromium` or `chromedriver` is missing. Nothing is downloaded
# at test time (Selenium is given the driver's path, so its own driver manager stays idle).
# Idempotent: a second run only checks. Needs root (or sudo) for apt. Prints the two paths.
#   scripts/chromium.sh
set -euo pipefail

say() { echo "chromium: $*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    command -v apt-get >/dev/null || { say "no chromium and no apt-get: install Chromium and its driver, then run again"; exit 1; }
    started=$SECONDS
    say "installing chromium and chromium-driver (apt)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        chromium chromium-driver fonts-dejavu-core >/dev/null
    say "installed in $((SECONDS - started))s"
fi
echo "CHROMIUM=$(command -v chromium)"
echo "CHROMEDRIVER=$(command -v chromedriver)"

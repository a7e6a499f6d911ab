#!/bin/sh
# Run inside an image build: trusts the extra CA certificates of compose/ca-certificates/ (PEM files named *.crt),
# for builds behind a TLS-intercepting proxy. They join the system store (curl, pip with PIP_CERT) and, when a JDK
# is present, its cacerts (Maven). Without extra certificates it does nothing.
set -eu
extra=/usr/local/share/ca-certificates/extra
found=false
for certificate in "$extra"/*.crt; do
    [ -f "$certificate" ] || continue
    found=true
    if command -v keytool >/dev/null 2>&1; then
        keytool -importcert -noprompt -cacerts -storepass changeit \
            -alias "extra-$(basename "$certificate" .crt)" -file "$certificate" >/dev/null
    fi
done
if [ "$found" = true ]; then
    update-ca-certificates >/dev/null
    echo "trusting the extra CA certificates: $(cd "$extra" && ls ./*.crt | tr '\n' ' ')"
fi

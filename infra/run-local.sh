#!/usr/bin/env bash
# Runs the whole of OnPump locally with demo data, on a machine with only a JDK (17 or newer).
# Builds everything (tests skipped), then starts PostgreSQL, Kafka, a local mailbox, a local identity provider
# (port 8090), both services and the demo department. Extra arguments are local-stack settings such as
# --scheduler-port=9080 or --identity-port=9090 (see the README). Every /api/ call needs a bearer token; the demo
# users (chief, p-02 ... p-12, admin, hospital) get one with: curl -s -d username=chief http://127.0.0.1:8090/token
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Building OnPump (the first build downloads its dependencies and takes a few minutes) ..."
./mvnw -q -B -DskipTests install
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar infra/local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar "$@"

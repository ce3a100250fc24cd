#!/usr/bin/env bash
# Runs the whole of OnPump locally with demo data, on a machine with only a JDK (17 or newer).
# Builds everything (tests skipped), then starts PostgreSQL, Kafka, a local mailbox, both services and the demo
# department. Extra arguments are local-stack settings such as --scheduler-port=9080 (see the README).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Building OnPump (the first build downloads its dependencies and takes a few minutes) ..."
./mvnw -q -B -DskipTests install
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar infra/local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar "$@"

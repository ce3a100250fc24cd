#!/usr/bin/env bash
# The paging benchmark of issue 5 (docs/benchmarks.md, "Paging"): pages per second sustained end to end by one
# notifier (Kafka to the SMS gateway) and escalation timer lateness at that load, beside the gateway's own ceiling
# for a plain client, over several rounds. Builds what it needs (tests skipped), then runs; options:
#   infra/paging-benchmark.sh                          # 100, 200 and 400 pages/s offered, 30 s each, 3 rounds, steps after 10 s
#   infra/paging-benchmark.sh --rates 50,400 --seconds 20 --rounds 5 --step PT5S
# Holds the build lock like infra/pipeline-benchmark.sh (ONPUMP_BUILD_LOCK; "none" to skip); MAVEN_ARGS and
# SKIP_BUILD=true work the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
lock=${ONPUMP_BUILD_LOCK:-/tmp/onpump-build.lock}
if [ "$lock" != none ] && command -v flock >/dev/null; then
  exec 9>"$lock"
  echo "Waiting for the build lock $lock ..." >&2
  flock 9
fi
if [ "${SKIP_BUILD:-false}" != true ]; then
  echo "Building the benchmark and the services (tests skipped) ..." >&2
  # shellcheck disable=SC2086
  ./mvnw -q -B ${MAVEN_ARGS:-} -pl infra/benchmarks -am install -DskipTests
fi
target=infra/benchmarks/target
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g \
  -cp "$target/onpump-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$target/run-classpath.txt")" \
  org.onpump.infra.benchmarks.PagingBenchmark "$@"

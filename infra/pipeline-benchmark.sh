#!/usr/bin/env bash
# The pipeline benchmarks of issue 4 (docs/benchmarks.md): on real servers with both services running from their
# jars, (1) emergency, elective and raw Kafka latency side by side at a steady load on an M department, and (2) the
# scheduler replaying 100,000 case events beside a plain consumer reading the same topic. Builds what it needs (tests
# skipped), then runs; arguments pass through (--help lists them), for example:
#   infra/pipeline-benchmark.sh                                   # both, full size (about 30 minutes)
#   infra/pipeline-benchmark.sh --only latency --emergencies 10   # a quick look at the latency paths
# The whole run holds the build lock (ONPUMP_BUILD_LOCK, default /tmp/onpump-build.lock; "none" to skip), so no build
# runs beside it on a shared machine. Maven options go in MAVEN_ARGS (e.g. MAVEN_ARGS=-o for an offline build),
# SKIP_BUILD=true runs what is built; JVM options of the benchmark itself in BENCHMARK_JAVA_OPTS.
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
# shellcheck disable=SC2086
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx2g ${BENCHMARK_JAVA_OPTS:-} \
  -cp "$target/onpump-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$target/run-classpath.txt")" \
  org.onpump.infra.benchmarks.PipelineBenchmark "$@"

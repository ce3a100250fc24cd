#!/usr/bin/env bash
# The roster benchmark (docs/benchmarks.md): OnPump's solver, a manager's greedy roster and, on S, the CP-SAT optimum,
# side by side in one JVM with a 1 GiB heap. Builds what it needs (tests skipped), then runs; arguments pass through:
#   infra/benchmark.sh [--sizes S,M,L] [--seconds 60] [--reference-minutes 10] [--cpsat-seconds 300]
#                      [--cpsat-workers 8] [--warm-up-seconds 5] [--seed 1] [--out docs/benchmarks/roster-latest.json]
# Maven options go in MAVEN_ARGS (e.g. MAVEN_ARGS=-o for an offline build); JVM options in BENCHMARK_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Building the benchmark (tests skipped) ..." >&2
./mvnw -q -B -pl infra/benchmarks -am install -DskipTests
target=infra/benchmarks/target
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g ${BENCHMARK_JAVA_OPTS:-} \
  -cp "$target/onpump-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$target/run-classpath.txt")" \
  org.onpump.infra.benchmarks.RosterBenchmark "$@"

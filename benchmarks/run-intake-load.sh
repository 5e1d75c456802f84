#!/usr/bin/env bash
# Starts a fresh Callsheet (embedded broker, empty temporary data dir, fixed credentials, free ports),
# runs IntakeLoadGenerator against it, then stops the app and deletes the data dir. Arguments are
# passed to the generator (--webhooks=20000 --concurrency=16 ...). Needs both jars built first:
#   ./mvnw -pl benchmarks -am package -DskipTests
# and JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=benchmarks/app.sh
source benchmarks/app.sh

port=$(free_port)
# Under target/ rather than /tmp: on disk like a real data dir, and Streams warns about temp dirs.
data_dir=$(mktemp -d "$PWD/benchmarks/target/load-data.XXXXXX")
app_log=benchmarks/target/intake-load-app.log
export CALLSHEET_INTAKE_RADARR_USERNAME=radarr
export CALLSHEET_INTAKE_RADARR_PASSWORD=load-test-radarr-password
export CALLSHEET_APIKEY=load-test-api-key

echo "starting Callsheet on port $port (data in $data_dir, log in $app_log)"
start_app

started=$(date +%s)
until curl -fsS "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "Callsheet exited during start-up; last lines of $app_log:" >&2
    tail -n 30 "$app_log" >&2
    exit 1
  fi
  if [ $(($(date +%s) - started)) -gt 120 ]; then
    echo "Callsheet was not UP within 120 s; see $app_log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "UP after $(($(date +%s) - started)) s"

"$java" -cp "$bench_jar" dev.callsheet.benchmarks.load.IntakeLoadGenerator \
  --url="http://localhost:$port" --pid="$app_pid" "$@"

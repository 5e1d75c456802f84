#!/usr/bin/env bash
# Starts a fresh Callsheet (embedded broker, empty temporary data dir, fixed credentials, free ports),
# runs IntakeLoadGenerator against it, then stops the app and deletes the data dir. Arguments are
# passed to the generator (--webhooks=20000 --concurrency=16 ...). Needs both jars built first:
#   ./mvnw -pl benchmarks -am package -DskipTests
# and JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."

java_home=${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}
java="$java_home/bin/java"
major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${major:-0}" -lt 21 ]; then
  echo "JAVA_HOME=$java_home is Java $major; Callsheet needs 21 or newer" >&2
  exit 1
fi

app_jar=$(ls orchestrator/target/callsheet-orchestrator-*-exec.jar 2>/dev/null | head -n 1 || true)
bench_jar=benchmarks/target/benchmarks.jar
if [ -z "$app_jar" ] || [ ! -f "$bench_jar" ]; then
  echo "build first: ./mvnw -pl benchmarks -am package -DskipTests" >&2
  exit 1
fi

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

port=$(free_port)
# Under target/ rather than /tmp: on disk like a real data dir, and Streams warns about temp dirs.
data_dir=$(mktemp -d "$PWD/benchmarks/target/load-data.XXXXXX")
app_log=benchmarks/target/intake-load-app.log
export CALLSHEET_INTAKE_RADARR_USERNAME=radarr
export CALLSHEET_INTAKE_RADARR_PASSWORD=load-test-radarr-password
export CALLSHEET_APIKEY=load-test-api-key

app_pid=
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$data_dir"
}
trap stop_app EXIT

echo "starting Callsheet on port $port (data in $data_dir, log in $app_log)"
# shellcheck disable=SC2086  # APP_JAVA_OPTS is a list of JVM options
"$java" --enable-native-access=ALL-UNNAMED ${APP_JAVA_OPTS:-} -jar "$app_jar" \
  --callsheet.data-dir="$data_dir" \
  --callsheet.kafka.embedded.port=0 \
  --callsheet.kafka.embedded.controller-port=0 \
  --server.port="$port" >"$app_log" 2>&1 &
app_pid=$!

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

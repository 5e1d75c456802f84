#!/usr/bin/env bash
# Starts a fresh Callsheet (embedded broker, empty temporary data dir, fixed credentials, free ports)
# with a Plex server and a Sonarr instance pointing at the stubs that PlexConfirmLoadGenerator runs
# in-process, runs the generator, then stops the app and deletes the data dir. Arguments are passed
# to the generator (--movies=120 --episodes=80 --concurrency=8 ...); the app's Plex timings are set
# through its environment (CALLSHEET_PLEX_SECTIONSPACING=1s ...). Needs both jars built first:
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
plex_port=$(free_port)
sonarr_port=$(free_port)
if [ "$plex_port" = "$port" ] || [ "$sonarr_port" = "$port" ] || [ "$plex_port" = "$sonarr_port" ]; then
  echo "two of the free ports drawn are the same; run again" >&2
  exit 1
fi
# Under target/ rather than /tmp: on disk like a real data dir, and Streams warns about temp dirs.
data_dir=$(mktemp -d "$PWD/benchmarks/target/plex-confirm-data.XXXXXX")
app_log=benchmarks/target/plex-confirm-app.log
export CALLSHEET_APIKEY=load-test-api-key
export CALLSHEET_INTAKE_OVERSEERR_AUTHORIZATION="Bearer load-test-overseerr"
export CALLSHEET_INTAKE_RADARR_USERNAME=radarr
export CALLSHEET_INTAKE_RADARR_PASSWORD=load-test-radarr-password
export CALLSHEET_INTAKE_SONARR_USERNAME=sonarr
export CALLSHEET_INTAKE_SONARR_PASSWORD=load-test-sonarr-password
# The stub Plex: Radarr's and Sonarr's folders as its movie and show sections see them.
export CALLSHEET_INSTANCES_PLEX_KIND=plex
export CALLSHEET_INSTANCES_PLEX_URL="http://localhost:$plex_port"
export CALLSHEET_INSTANCES_PLEX_TOKEN=load-test-plex-token
export CALLSHEET_INSTANCES_PLEX_PATHMAPPINGS_0_FROM=/data/media/movies
export CALLSHEET_INSTANCES_PLEX_PATHMAPPINGS_0_TO=/data/media/films
export CALLSHEET_INSTANCES_PLEX_PATHMAPPINGS_1_FROM=/data/media/tv
export CALLSHEET_INSTANCES_PLEX_PATHMAPPINGS_1_TO=/data/media/series
# The stub Sonarr, which gives the series requests their scope.
export CALLSHEET_INSTANCES_SONARR_KIND=sonarr
export CALLSHEET_INSTANCES_SONARR_URL="http://localhost:$sonarr_port"
export CALLSHEET_INSTANCES_SONARR_APIKEY=load-test-sonarr-api-key

app_pid=
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$data_dir"
}
trap stop_app EXIT

echo "starting Callsheet on port $port (stub Plex on $plex_port, stub Sonarr on $sonarr_port;" \
  "data in $data_dir, log in $app_log)"
# shellcheck disable=SC2086  # APP_JAVA_OPTS is a list of JVM options
"$java" --enable-native-access=ALL-UNNAMED ${APP_JAVA_OPTS:-} -jar "$app_jar" \
  --callsheet.data-dir="$data_dir" \
  --callsheet.kafka.embedded.port=0 \
  --callsheet.kafka.embedded.controller-port=0 \
  --server.port="$port" >"$app_log" 2>&1 &
app_pid=$!

# The generator starts the stubs first and then waits for the app's health (at most 180 s): the app
# may look for its Plex server while it starts.
if ! "$java" -cp "$bench_jar" dev.callsheet.benchmarks.load.PlexConfirmLoadGenerator \
  --url="http://localhost:$port" --pid="$app_pid" --plex-port="$plex_port" --sonarr-port="$sonarr_port" "$@"; then
  echo "the run failed or missed its target; last lines of $app_log:" >&2
  tail -n 20 "$app_log" >&2
  exit 1
fi

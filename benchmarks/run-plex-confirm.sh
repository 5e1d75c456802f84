#!/usr/bin/env bash
# Starts a fresh Callsheet (embedded broker, empty temporary data dir, fixed credentials, free ports)
# with a Plex server and a Sonarr instance pointing at the stubs that PlexConfirmLoadGenerator runs
# in-process, runs the generator, then stops the app and deletes the data dir. Arguments are passed
# to the generator (--movies=120 --episodes=80 --concurrency=8 ...); the app's Plex timings are set
# through its environment (CALLSHEET_PLEX_SECTIONSCANTIMEOUT=10s ...). With --notify the app also gets
# a Discord channel at the stub Plex's port and a route telling requesters their media is available,
# and the generator times each movie's notice. Needs both jars built first:
#   ./mvnw -pl benchmarks -am package -DskipTests
# and JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=benchmarks/app.sh
source benchmarks/app.sh

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

notify=false
for arg in "$@"; do
  case "$arg" in
    --notify | --notify=true) notify=true ;;
    --notify=false) notify=false ;;
  esac
done
if [ "$notify" = true ]; then
  # A Discord webhook the stub Plex's server also answers. A channel name with a dash can only be
  # declared in YAML; the file lives in the data dir, so it goes with it.
  export BENCH_DISCORD_WEBHOOK_URL="http://localhost:$plex_port/api/webhooks/1390000000000000001/load-test-discord-token"
  cat >"$data_dir/notifications.yaml" <<'YAML'
callsheet:
  notifications:
    channels:
      bench-discord: { type: discord, url: "${BENCH_DISCORD_WEBHOOK_URL}" }
    routes:
      - { events: [available], audience: requester, channels: [bench-discord] }
YAML
  export SPRING_CONFIG_ADDITIONALLOCATION="file:$data_dir/notifications.yaml"
fi

echo "starting Callsheet on port $port (stub Plex on $plex_port, stub Sonarr on $sonarr_port;" \
  "data in $data_dir, log in $app_log)"
start_app

# The generator starts the stubs first and then waits for the app's health (at most 180 s): the app
# may look for its Plex server while it starts. Native access is for Netty's epoll transport, which
# the stub Plex runs on.
if ! "$java" --enable-native-access=ALL-UNNAMED -cp "$bench_jar" dev.callsheet.benchmarks.load.PlexConfirmLoadGenerator \
  --url="http://localhost:$port" --pid="$app_pid" --plex-port="$plex_port" --sonarr-port="$sonarr_port" "$@"; then
  echo "the run failed or missed its target; last lines of $app_log:" >&2
  tail -n 20 "$app_log" >&2
  exit 1
fi

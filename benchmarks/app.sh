# Sourced by the run-*.sh scripts: checks the JDK and the two jars, and gives them free_port,
# start_app and a trap that stops the app and deletes its data dir (set data_dir and app_log first).
# shellcheck shell=bash

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

app_pid=
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$data_dir"
}

start_app() {
  trap stop_app EXIT
  # shellcheck disable=SC2086  # APP_JAVA_OPTS is a list of JVM options
  "$java" --enable-native-access=ALL-UNNAMED ${APP_JAVA_OPTS:-} -jar "$app_jar" \
    --callsheet.data-dir="$data_dir" \
    --callsheet.kafka.embedded.port=0 \
    --callsheet.kafka.embedded.controller-port=0 \
    --server.port="$port" >"$app_log" 2>&1 &
  app_pid=$!
}

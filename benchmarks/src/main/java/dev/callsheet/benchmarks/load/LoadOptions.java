package dev.callsheet.benchmarks.load;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What one load run does, from {@code --name=value} arguments. Everything is bounded: the target
 * must be this machine, and the count, the concurrency and both waits have ceilings, so a mistyped
 * argument cannot turn the generator on someone else's server or keep it running.
 *
 * @param webhooks measured webhooks to post
 * @param warmup webhooks posted (and processed) first, not measured, so JIT and connections are warm
 * @param concurrency senders posting at once, each waiting for its answer before the next post
 * @param movies distinct movies the grabs are spread over (each its own media item and key)
 * @param maxDuration sending stops after this, whatever has been sent
 * @param drainTimeout how long to wait for the pipeline to process what was accepted
 * @param pid the app's process id, for its resident memory; empty to skip
 */
record LoadOptions(
        URI baseUrl,
        int webhooks,
        int warmup,
        int concurrency,
        int movies,
        long firstTmdbId,
        Duration maxDuration,
        Duration drainTimeout,
        OptionalLong pid) {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Set<String> NAMES = Set.of(
            "url",
            "webhooks",
            "warmup",
            "concurrency",
            "movies",
            "first-tmdb-id",
            "max-duration",
            "drain-timeout",
            "pid");

    static final String USAGE = """
            IntakeLoadGenerator [--url=http://localhost:8080] [--webhooks=20000] [--warmup=1000]
                                [--concurrency=16] [--movies=200] [--first-tmdb-id=100000]
                                [--max-duration=120s] [--drain-timeout=180s] [--pid=<app pid>]
            environment: CALLSHEET_INTAKE_RADARR_PASSWORD (required), CALLSHEET_INTAKE_RADARR_USERNAME
                         (default radarr), CALLSHEET_APIKEY (required)""";

    static LoadOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
            if (name == null || !NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
            given.put(name, arg.substring(equals + 1));
        }
        var options = new LoadOptions(
                URI.create(given.getOrDefault("url", "http://localhost:8080")),
                bounded(given, "webhooks", 20_000, 1, 200_000),
                bounded(given, "warmup", 1_000, 0, 20_000),
                bounded(given, "concurrency", 16, 1, 256),
                bounded(given, "movies", 200, 1, 10_000),
                bounded(given, "first-tmdb-id", 100_000, 1, 1_000_000_000),
                seconds(given, "max-duration", 120, 600),
                seconds(given, "drain-timeout", 180, 600),
                given.containsKey("pid") ? OptionalLong.of(Long.parseLong(given.get("pid"))) : OptionalLong.empty());
        if (!"http".equals(options.baseUrl.getScheme()) || !LOCAL_HOSTS.contains(options.baseUrl.getHost())) {
            throw new IllegalArgumentException("only http://localhost targets are allowed, not " + options.baseUrl);
        }
        return options;
    }

    private static int bounded(Map<String, String> given, String name, int fallback, int min, int max) {
        int value = given.containsKey(name) ? Integer.parseInt(given.get(name)) : fallback;
        if (value < min || value > max) {
            throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max);
        }
        return value;
    }

    private static Duration seconds(Map<String, String> given, String name, int fallback, int max) {
        String text = given.getOrDefault(name, fallback + "s");
        int value = bounded(
                Map.of(name, text.endsWith("s") ? text.substring(0, text.length() - 1) : text), name, fallback, 1, max);
        return Duration.ofSeconds(value);
    }
}

package dev.callsheet.benchmarks.load;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What one Plex confirmation run does, from {@code --name=value} arguments. As with {@link
 * LoadOptions}, the target must be this machine and every count and wait has a ceiling.
 *
 * @param movies movie imports, each its own request and folder
 * @param episodes episode imports, spread evenly over {@code series} season-1 requests
 * @param concurrency imports in flight at once, each followed to {@code available} before the next
 * @param ceiling how long one import may take to become available before it counts as a failure
 * @param plexPort the port the stub Plex listens on (the app was started with it)
 * @param sonarrPort the port the stub Sonarr listens on (the app was started with it)
 * @param push whether the stub Plex serves its push channel; without it the app can only look on its
 *     schedule, as with a Plex whose websocket a proxy does not pass
 * @param notices whether the run also times each movie's availability notice, from Plex confirming the
 *     movie to a stub Discord receiving the notice (the app must have been given that channel)
 * @param pid the app's process id, to stop waiting when it has exited; empty to skip
 */
record PlexConfirmOptions(
        URI baseUrl,
        int movies,
        int episodes,
        int series,
        int concurrency,
        Duration ceiling,
        int plexPort,
        int sonarrPort,
        boolean push,
        boolean notices,
        OptionalLong pid) {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Set<String> NAMES = Set.of(
            "url",
            "movies",
            "episodes",
            "series",
            "concurrency",
            "ceiling",
            "plex-port",
            "sonarr-port",
            "push",
            "notify",
            "pid");

    static final String USAGE = """
            PlexConfirmLoadGenerator --plex-port=<port> --sonarr-port=<port> [--url=http://localhost:8080]
                                     [--movies=120] [--episodes=80] [--series=4] [--concurrency=4]
                                     [--ceiling=180s] [--push=true|false] [--notify[=true|false]]
                                     [--pid=<app pid>]
            environment (the values the app was started with): CALLSHEET_APIKEY,
              CALLSHEET_INTAKE_OVERSEERR_AUTHORIZATION, CALLSHEET_INTAKE_RADARR_USERNAME/_PASSWORD,
              CALLSHEET_INTAKE_SONARR_USERNAME/_PASSWORD, CALLSHEET_INSTANCES_PLEX_TOKEN,
              CALLSHEET_INSTANCES_SONARR_APIKEY; with --notify, BENCH_DISCORD_WEBHOOK_URL""";

    static PlexConfirmOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String written : args) {
            // A flag alone is the flag set.
            String arg = written.equals("--notify") ? "--notify=true" : written;
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
            if (name == null || !NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
            given.put(name, arg.substring(equals + 1));
        }
        if (!given.containsKey("plex-port") || !given.containsKey("sonarr-port")) {
            throw new IllegalArgumentException("--plex-port and --sonarr-port are required");
        }
        var options = new PlexConfirmOptions(
                URI.create(given.getOrDefault("url", "http://localhost:8080")),
                bounded(given, "movies", 120, 0, 5_000),
                bounded(given, "episodes", 80, 0, 5_000),
                bounded(given, "series", 4, 1, 100),
                bounded(given, "concurrency", 4, 1, 64),
                seconds(given, "ceiling", 180, 600),
                bounded(given, "plex-port", 0, 1, 65_535),
                bounded(given, "sonarr-port", 0, 1, 65_535),
                flag(given, "push", true),
                flag(given, "notify", false),
                given.containsKey("pid") ? OptionalLong.of(Long.parseLong(given.get("pid"))) : OptionalLong.empty());
        if (!"http".equals(options.baseUrl.getScheme()) || !LOCAL_HOSTS.contains(options.baseUrl.getHost())) {
            throw new IllegalArgumentException("only http://localhost targets are allowed, not " + options.baseUrl);
        }
        if (options.movies + options.episodes == 0) {
            throw new IllegalArgumentException("nothing to import: --movies and --episodes are both 0");
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

    private static boolean flag(Map<String, String> given, String name, boolean fallback) {
        return switch (given.getOrDefault(name, Boolean.toString(fallback))) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("--" + name + " must be true or false");
        };
    }

    private static Duration seconds(Map<String, String> given, String name, int fallback, int max) {
        String text = given.getOrDefault(name, fallback + "s");
        int value = bounded(
                Map.of(name, text.endsWith("s") ? text.substring(0, text.length() - 1) : text), name, fallback, 1, max);
        return Duration.ofSeconds(value);
    }
}

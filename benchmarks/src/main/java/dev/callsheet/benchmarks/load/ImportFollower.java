package dev.callsheet.benchmarks.load;

import dev.callsheet.benchmarks.load.ConfirmCatalogue.Episode;
import dev.callsheet.benchmarks.load.ConfirmCatalogue.Imported;
import dev.callsheet.benchmarks.load.ConfirmCatalogue.Movie;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * Takes one item from its request to {@code available} and times the last stretch: the grab, then
 * (once the request is {@code downloading}, so the import is not measured behind its own grab) the
 * import, whose {@code 202} starts the clock; the clock stops at the first poll that reads the movie
 * request, or the imported episode, {@code available}. Polls are {@link #POLL} apart, and every wait
 * has a ceiling. A movie request whose notice went out before the poll saw it {@code available} reads
 * {@code notified}, its next state, which counts as available too.
 */
final class ImportFollower {

    static final Duration POLL = Duration.ofMillis(50);

    /** For the steps before the import: the request appearing, the grab taking effect. */
    static final Duration STEP_CEILING = Duration.ofSeconds(60);

    /**
     * What became of one import.
     *
     * @param acceptedAt when the import's {@code 202} arrived ({@link System#nanoTime()})
     * @param nanos import {@code 202} to {@code available}; meaningless when {@code failure} is set
     * @param failure why it was not measured, or null
     */
    record Outcome(Imported item, long acceptedAt, long nanos, String failure) {

        boolean measured() {
            return failure == null;
        }
    }

    @FunctionalInterface
    interface Condition {
        boolean holds() throws InterruptedException;
    }

    private final CallsheetClient callsheet;
    private final ConfirmBodies bodies;
    private final StubPlex plex;
    private final Duration ceiling;

    ImportFollower(CallsheetClient callsheet, ConfirmBodies bodies, StubPlex plex, Duration ceiling) {
        this.callsheet = callsheet;
        this.bodies = bodies;
        this.plex = plex;
        this.ceiling = ceiling;
    }

    Outcome follow(Imported item) throws InterruptedException {
        return switch (item) {
            case Movie movie -> movie(movie);
            case Episode episode -> episode(episode);
        };
    }

    private Outcome movie(Movie movie) throws InterruptedException {
        String path = "/api/requests/" + movie.requestId();
        int requested = callsheet.overseerr(bodies.overseerrRequest(movie));
        if (requested != 202) {
            return failed(movie, "the request webhook was answered " + requested);
        }
        if (!await(STEP_CEILING, () -> callsheet.get(path) != null)) {
            return failed(movie, "the request did not appear within " + STEP_CEILING.toSeconds() + " s");
        }
        int grabbed = callsheet.radarr(bodies.radarrGrab(movie));
        if (grabbed != 202 || !await(STEP_CEILING, () -> "downloading".equals(state(callsheet.get(path))))) {
            return failed(movie, "the grab (answered " + grabbed + ") did not make it downloading");
        }
        plex.expect(movie, bodies.plexItem(movie));
        int imported = callsheet.radarr(bodies.radarrDownload(movie));
        long acceptedAt = System.nanoTime();
        if (imported != 202) {
            return failed(movie, "the import was answered " + imported);
        }
        return timed(movie, acceptedAt, () -> {
            String state = state(callsheet.get(path));
            return "available".equals(state) || "notified".equals(state);
        });
    }

    private Outcome episode(Episode episode) throws InterruptedException {
        String path = "/api/requests/" + episode.requestId() + "/episodes";
        int grabbed = callsheet.sonarr(bodies.sonarrGrab(episode));
        if (grabbed != 202
                || !await(STEP_CEILING, () -> "downloading".equals(episodeState(callsheet.get(path), episode)))) {
            return failed(episode, "the grab (answered " + grabbed + ") did not make it downloading");
        }
        plex.expect(episode, bodies.plexItem(episode));
        int imported = callsheet.sonarr(bodies.sonarrDownload(episode));
        long acceptedAt = System.nanoTime();
        if (imported != 202) {
            return failed(episode, "the import was answered " + imported);
        }
        return timed(episode, acceptedAt, () -> "available".equals(episodeState(callsheet.get(path), episode)));
    }

    private Outcome timed(Imported item, long acceptedAt, Condition available) throws InterruptedException {
        long deadline = acceptedAt + ceiling.toNanos();
        while (System.nanoTime() < deadline) {
            if (available.holds()) {
                return new Outcome(item, acceptedAt, System.nanoTime() - acceptedAt, null);
            }
            Thread.sleep(POLL);
        }
        return failed(item, "not available within " + ceiling.toSeconds() + " s of the import's 202");
    }

    /** Waits until {@code condition} holds, polling; false if it did not within {@code within}. */
    static boolean await(Duration within, Condition condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return true;
            }
            Thread.sleep(POLL);
        }
        return false;
    }

    private static String state(JsonNode request) {
        return request == null ? null : request.path("state").asString();
    }

    private static String episodeState(JsonNode episodes, Episode episode) {
        if (episodes == null) {
            return null;
        }
        for (JsonNode one : episodes.path("episodes")) {
            if (episode.key().equals(one.path("key").asString())) {
                return one.path("state").asString();
            }
        }
        return null;
    }

    private static Outcome failed(Imported item, String why) {
        return new Outcome(item, 0, 0, why);
    }
}

package dev.callsheet.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Radarr {@code Grab} bodies made from the reference payload, each one different: delivery {@code n}
 * is about movie {@code firstTmdbId + n % movies} and has its own release title and download id. So
 * every body has its own fingerprint and the decider processes it as a new fact rather than dropping
 * it as a duplicate, as it would a resent body.
 */
final class GrabBodies {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ObjectNode template;
    private final long firstTmdbId;
    private final int movies;

    GrabBodies(long firstTmdbId, int movies) {
        this.firstTmdbId = firstTmdbId;
        this.movies = movies;
        try (InputStream in = GrabBodies.class.getResourceAsStream("/payloads/radarr-grab.json")) {
            if (in == null) {
                throw new IllegalStateException("no payloads/radarr-grab.json on the class path");
            }
            template = (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Which of the movies delivery {@code n} is about, 0-based. */
    int movieOf(long n) {
        return (int) (n % movies);
    }

    long tmdbId(int movie) {
        return firstTmdbId + movie;
    }

    byte[] body(long n) {
        long tmdbId = tmdbId(movieOf(n));
        String title = "Load Test Movie " + tmdbId;
        ObjectNode body = template.deepCopy();
        ObjectNode movie = (ObjectNode) body.get("movie");
        movie.put("id", tmdbId).put("tmdbId", tmdbId).put("title", title);
        ((ObjectNode) body.get("remoteMovie")).put("tmdbId", tmdbId).put("title", title);
        ((ObjectNode) body.get("release")).put("releaseTitle", "Load.Test.Movie." + tmdbId + ".2160p.WEB-DL-" + n);
        // A torrent info-hash is 40 hex digits; the delivery number makes each one unique.
        body.put("downloadId", HexFormat.of().withUpperCase().toHexDigits(n) + "0".repeat(24));
        return json.writeValueAsBytes(body);
    }
}

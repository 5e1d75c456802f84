package dev.callsheet.benchmarks.load;

import dev.callsheet.benchmarks.load.ConfirmCatalogue.Episode;
import dev.callsheet.benchmarks.load.ConfirmCatalogue.Movie;
import dev.callsheet.benchmarks.load.ConfirmCatalogue.Series;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every body of a Plex confirmation run, made from the reference payloads (copied from the
 * orchestrator's test resources) with a catalogue item's ids, titles and paths put in: the webhooks
 * the generator posts, and the answers of the stub Plex and the stub Sonarr. Field names and shapes
 * stay as copied.
 */
final class ConfirmBodies {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ObjectNode overseerrMovie = object("payloads/overseerr-media-auto-approved-movie.json");
    private final ObjectNode overseerrSeries = object("payloads/overseerr-media-approved-tv.json");
    private final ObjectNode radarrGrab = object("payloads/radarr-grab.json");
    private final ObjectNode radarrDownload = object("payloads/radarr-download.json");
    private final ObjectNode sonarrGrab = object("payloads/sonarr-grab.json");
    private final ObjectNode sonarrDownload = object("payloads/sonarr-download.json");
    private final ObjectNode plexMovie = object("plex/movie-by-file.json");
    private final ObjectNode plexEpisode = object("plex/episode-by-file.json");
    private final ObjectNode plexShow = object("plex/show-metadata.json");
    private final ObjectNode plexNothing = object("plex/nothing-found.json");
    private final ObjectNode sonarrSeries =
            (ObjectNode) read("sonarr/series.json").get(0);
    private final ObjectNode sonarrEpisode =
            (ObjectNode) read("sonarr/episodes.json").get(1);
    private final byte[] plexIdentity = bytes(read("plex/identity.json"));
    private final byte[] plexSections = bytes(read("plex/sections.json"));

    byte[] overseerrRequest(Movie movie) {
        ObjectNode body = overseerrMovie.deepCopy();
        body.put("subject", movie.title() + " (" + movie.year() + ")");
        ((ObjectNode) body.get("media")).put("tmdbId", Long.toString(movie.tmdbId()));
        ((ObjectNode) body.get("request"))
                .put("request_id", Integer.toString(movie.requestNumber()))
                .put("requestedBy_username", movie.requester())
                .put("requestedBy_email", movie.requester() + "@example.org")
                .put("requestedBy_settings_discordId", movie.discordId());
        return bytes(body);
    }

    /** An auto-approved request for season 1: the reference body is an approval, so its type is changed. */
    byte[] overseerrRequest(Series series) {
        ObjectNode body = overseerrSeries.deepCopy();
        body.put("notification_type", "MEDIA_AUTO_APPROVED")
                .put("event", "Series Request Automatically Approved")
                .put("subject", series.title() + " (2024)");
        ((ObjectNode) body.get("media"))
                .put("tmdbId", Long.toString(series.tmdbId()))
                .put("tvdbId", Long.toString(series.tvdbId()));
        ((ObjectNode) body.get("request")).put("request_id", Integer.toString(series.requestNumber()));
        ((ObjectNode) body.get("extra").get(0)).put("value", "1");
        return bytes(body);
    }

    byte[] radarrGrab(Movie movie) {
        return bytes(radarr(radarrGrab, movie));
    }

    byte[] radarrDownload(Movie movie) {
        ObjectNode body = radarr(radarrDownload, movie);
        ((ObjectNode) body.get("movieFile"))
                .put("id", movie.n() + 1)
                .put("relativePath", movie.fileName())
                .put("path", movie.arrFolder() + "/" + movie.fileName())
                .put("sceneName", release(movie.title(), ""));
        return bytes(body);
    }

    private ObjectNode radarr(ObjectNode template, Movie movie) {
        ObjectNode body = template.deepCopy();
        ((ObjectNode) body.get("movie"))
                .put("id", movie.n() + 1)
                .put("title", movie.title())
                .put("year", movie.year())
                .put("folderPath", movie.arrFolder())
                .put("tmdbId", movie.tmdbId())
                .put("imdbId", movie.imdbId());
        ((ObjectNode) body.get("remoteMovie"))
                .put("tmdbId", movie.tmdbId())
                .put("imdbId", movie.imdbId())
                .put("title", movie.title())
                .put("year", movie.year());
        ((ObjectNode) body.get("release")).put("releaseTitle", release(movie.title(), ""));
        body.put("downloadId", "%040X".formatted(0x1_0000_0000L + movie.n()));
        return body;
    }

    byte[] sonarrGrab(Episode episode) {
        return bytes(sonarr(sonarrGrab, episode));
    }

    byte[] sonarrDownload(Episode episode) {
        ObjectNode body = sonarr(sonarrDownload, episode);
        ((ObjectNode) body.get("episodeFile"))
                .put("id", episode.sonarrId())
                .put("relativePath", episode.relativePath())
                .put("path", episode.arrFile())
                .put("sceneName", release(episode.series().title(), "." + episode.key()));
        return bytes(body);
    }

    private ObjectNode sonarr(ObjectNode template, Episode episode) {
        Series series = episode.series();
        ObjectNode body = template.deepCopy();
        ((ObjectNode) body.get("series"))
                .put("id", series.sonarrId())
                .put("title", series.title())
                .put("titleSlug", series.title().toLowerCase().replace(' ', '-'))
                .put("path", series.arrFolder())
                .put("tvdbId", series.tvdbId())
                .put("tmdbId", series.tmdbId())
                .put("imdbId", series.imdbId())
                .put("year", 2024);
        ((ObjectNode) body.get("episodes").get(0))
                .put("id", episode.sonarrId())
                .put("episodeNumber", episode.number())
                .put("seasonNumber", 1)
                .put("title", episode.title())
                .put("seriesId", series.sonarrId())
                .put("tvdbId", episode.tvdbId());
        ((ObjectNode) body.get("release")).put("releaseTitle", release(series.title(), "." + episode.key()));
        body.put("downloadId", "%040X".formatted(0x2_0000_0000L + episode.sonarrId()));
        return body;
    }

    private static String release(String title, String episode) {
        return title.replace(' ', '.') + episode + ".1080p.WEB-DL.DDP5.1.H.264-BENCH";
    }

    byte[] plexIdentity() {
        return plexIdentity;
    }

    byte[] plexSections() {
        return plexSections;
    }

    /** Plex's answer to a look-up by file that finds nothing in {@code section}. */
    byte[] plexNothing(String section) {
        return bytes(plexNothing.deepCopy().put("librarySectionID", Integer.parseInt(section)));
    }

    /** The movie as Plex lists it once indexed, matched to its TMDB and IMDb ids. */
    byte[] plexItem(Movie movie) {
        ObjectNode body = plexMovie.deepCopy();
        ObjectNode item = firstMetadata(body)
                .put("ratingKey", movie.ratingKey())
                .put("key", "/library/metadata/" + movie.ratingKey())
                .put("title", movie.title())
                .put("year", movie.year());
        part(item).put("file", movie.plexFile());
        guids(item, "imdb://" + movie.imdbId(), "tmdb://" + movie.tmdbId());
        return bytes(body);
    }

    /** The episode as Plex lists it once indexed, filed under its show at season 1. */
    byte[] plexItem(Episode episode) {
        Series series = episode.series();
        ObjectNode body = plexEpisode.deepCopy();
        ObjectNode item = firstMetadata(body)
                .put("ratingKey", episode.ratingKey())
                .put("key", "/library/metadata/" + episode.ratingKey())
                .put("grandparentRatingKey", series.showRatingKey())
                .put("grandparentKey", "/library/metadata/" + series.showRatingKey())
                .put("grandparentTitle", series.title())
                .put("title", episode.title())
                .put("index", episode.number())
                .put("parentIndex", 1)
                .put("parentTitle", "Season 1");
        part(item).put("file", episode.plexFile());
        guids(item, "tvdb://" + episode.tvdbId());
        return bytes(body);
    }

    /** The show's metadata, matched to the series' TVDB id. */
    byte[] plexShow(Series series) {
        ObjectNode body = plexShow.deepCopy();
        ObjectNode item = firstMetadata(body)
                .put("ratingKey", series.showRatingKey())
                .put("key", "/library/metadata/" + series.showRatingKey() + "/children")
                .put("title", series.title())
                .put("leafCount", series.episodes())
                .put("childCount", 1);
        guids(item, "imdb://" + series.imdbId(), "tmdb://" + series.tmdbId(), "tvdb://" + series.tvdbId());
        return bytes(body);
    }

    /** Sonarr's {@code /api/v3/series?tvdbId=} answer: the series, season 1 monitored with all its episodes aired. */
    byte[] sonarrSeries(Series series) {
        ObjectNode one = sonarrSeries
                .deepCopy()
                .put("id", series.sonarrId())
                .put("title", series.title())
                .put("tvdbId", series.tvdbId())
                .put("tmdbId", series.tmdbId())
                .put("imdbId", series.imdbId())
                .put("path", series.arrFolder())
                .put("year", 2024);
        ArrayNode seasons = one.putArray("seasons");
        ObjectNode season = seasons.addObject().put("seasonNumber", 1).put("monitored", true);
        season.putObject("statistics")
                .put("episodeFileCount", 0)
                .put("episodeCount", series.episodes())
                .put("totalEpisodeCount", series.episodes());
        return bytes(json.createArrayNode().add(one));
    }

    /** Sonarr's {@code /api/v3/episode?seriesId=} answer: season 1, every episode aired in January 2024. */
    byte[] sonarrEpisodes(Series series) {
        ArrayNode episodes = json.createArrayNode();
        for (int number = 1; number <= series.episodes(); number++) {
            Episode episode = new Episode(series, number);
            String aired = "2024-01-%02d".formatted(Math.min(number, 28));
            episodes.add(sonarrEpisode
                    .deepCopy()
                    .put("id", episode.sonarrId())
                    .put("seriesId", series.sonarrId())
                    .put("tvdbId", episode.tvdbId())
                    .put("seasonNumber", 1)
                    .put("episodeNumber", number)
                    .put("title", episode.title())
                    .put("airDate", aired)
                    .put("airDateUtc", aired + "T02:00:00Z")
                    .put("monitored", true)
                    .put("hasFile", false));
        }
        return bytes(episodes);
    }

    private static ObjectNode firstMetadata(ObjectNode body) {
        return (ObjectNode) body.get("MediaContainer").get("Metadata").get(0);
    }

    private static ObjectNode part(ObjectNode item) {
        return (ObjectNode) item.get("Media").get(0).get("Part").get(0);
    }

    private static void guids(ObjectNode item, String... ids) {
        ArrayNode guids = item.putArray("Guid");
        for (String id : ids) {
            guids.addObject().put("id", id);
        }
    }

    private byte[] bytes(JsonNode node) {
        return json.writeValueAsBytes(node);
    }

    private ObjectNode object(String resource) {
        return (ObjectNode) read(resource);
    }

    private JsonNode read(String resource) {
        try (InputStream in = ConfirmBodies.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

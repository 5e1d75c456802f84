package dev.callsheet.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.normalise.overseerr.OverseerrWebhookParser;
import dev.callsheet.normalise.plex.PlexWebhookParser;
import dev.callsheet.normalise.radarr.RadarrWebhookParser;
import dev.callsheet.normalise.sonarr.SonarrWebhookParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reference payload parses, with the vendor's event type, the right fact and the right key. */
class WebhookParsersTest {

    /** REST responses kept beside the webhooks; they are not webhook bodies. */
    private static final Set<String> NOT_WEBHOOKS = Set.of("overseerr-api-request-tv.json");

    /**
     * @param fact the simple name of the one media event or of the source event; null for neither
     * @param key the media event's key; null when there is no keyed media event
     * @param lookup how the key of the one unkeyed media event is to be found; null when there is none
     */
    record Expectation(String file, String eventType, String fact, String key, String lookup) {

        Expectation(String file, String eventType, String fact, String key) {
            this(file, eventType, fact, key, null);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Expectation> expectations() {
        return List.of(
                new Expectation(
                        "overseerr-issue-comment-tv.json", "ISSUE_COMMENT", "IssueActivity", "series:tvdb:371980"),
                new Expectation(
                        "overseerr-issue-created-tv.json", "ISSUE_CREATED", "IssueActivity", "series:tvdb:371980"),
                new Expectation(
                        "overseerr-issue-reopened-movie.json", "ISSUE_REOPENED", "IssueActivity", "movie:tmdb:693134"),
                new Expectation(
                        "overseerr-issue-resolved-movie.json", "ISSUE_RESOLVED", "IssueActivity", "movie:tmdb:693134"),
                new Expectation(
                        "overseerr-media-approved-tv.json", "MEDIA_APPROVED", "RequestApproved", "series:tvdb:371980"),
                new Expectation(
                        "overseerr-media-auto-approved-movie.json",
                        "MEDIA_AUTO_APPROVED",
                        "RequestAutoApproved",
                        "movie:tmdb:693134"),
                new Expectation(
                        "overseerr-media-available-movie.json",
                        "MEDIA_AVAILABLE",
                        "RequestAvailable",
                        "movie:tmdb:693134"),
                new Expectation(
                        "overseerr-media-available-tv.json",
                        "MEDIA_AVAILABLE",
                        "RequestAvailable",
                        "series:tvdb:371980"),
                new Expectation(
                        "overseerr-media-declined-movie.json",
                        "MEDIA_DECLINED",
                        "RequestDeclined",
                        "movie:tmdb:634492"),
                new Expectation(
                        "overseerr-media-failed-tv.json", "MEDIA_FAILED", "RequestFailed", "series:tvdb:371980"),
                new Expectation(
                        "overseerr-media-pending-movie-4k.json",
                        "MEDIA_PENDING",
                        "RequestSubmitted",
                        "movie:tmdb:693134:4k"),
                new Expectation(
                        "overseerr-media-pending-tv-multi-season.json",
                        "MEDIA_PENDING",
                        "RequestSubmitted",
                        "series:tvdb:436992"),
                new Expectation(
                        "overseerr-media-pending-tv.json", "MEDIA_PENDING", "RequestSubmitted", "series:tvdb:371980"),
                new Expectation("overseerr-test-notification.json", "TEST_NOTIFICATION", "SourceTested", null),
                new Expectation(
                        "jellyseerr-media-available-tv.json",
                        "MEDIA_AVAILABLE",
                        "RequestAvailable",
                        "series:tvdb:371980"),
                new Expectation("radarr-application-update.json", "ApplicationUpdate", "ApplicationUpdated", null),
                new Expectation("radarr-download-upgrade.json", "Download", "MovieImported", "movie:tmdb:693134"),
                new Expectation("radarr-download.json", "Download", "MovieImported", "movie:tmdb:693134"),
                new Expectation("radarr-grab.json", "Grab", "ReleaseGrabbed", "movie:tmdb:693134"),
                new Expectation("radarr-health-restored.json", "HealthRestored", "HealthRestored", null),
                new Expectation("radarr-health.json", "Health", "HealthIssueRaised", null),
                new Expectation(
                        "radarr-manual-interaction-required.json",
                        "ManualInteractionRequired",
                        "ManualInteractionRequired",
                        "movie:tmdb:693134"),
                new Expectation("radarr-movie-added.json", "MovieAdded", "MovieAdded", "movie:tmdb:693134"),
                new Expectation("radarr-movie-delete.json", "MovieDelete", "MovieDeleted", "movie:tmdb:693134"),
                new Expectation(
                        "radarr-movie-file-delete.json", "MovieFileDelete", "MovieFileDeleted", "movie:tmdb:693134"),
                new Expectation("radarr-rename.json", "Rename", "MovieRenamed", "movie:tmdb:693134"),
                new Expectation("radarr-test.json", "Test", "SourceTested", null),
                new Expectation("sonarr-application-update.json", "ApplicationUpdate", "ApplicationUpdated", null),
                new Expectation(
                        "sonarr-download-multi-episode.json", "Download", "EpisodesImported", "series:tvdb:436992"),
                new Expectation("sonarr-download-upgrade.json", "Download", "EpisodesImported", "series:tvdb:371980"),
                new Expectation("sonarr-download.json", "Download", "EpisodesImported", "series:tvdb:371980"),
                new Expectation(
                        "sonarr-episode-file-delete.json",
                        "EpisodeFileDelete",
                        "EpisodeFileDeleted",
                        "series:tvdb:371980"),
                new Expectation("sonarr-grab-season-pack.json", "Grab", "EpisodesGrabbed", "series:tvdb:371980"),
                new Expectation("sonarr-grab.json", "Grab", "EpisodesGrabbed", "series:tvdb:371980"),
                new Expectation("sonarr-health-restored.json", "HealthRestored", "HealthRestored", null),
                new Expectation("sonarr-health.json", "Health", "HealthIssueRaised", null),
                new Expectation("sonarr-import-complete.json", "Download", "DownloadImported", "series:tvdb:371980"),
                new Expectation(
                        "sonarr-manual-interaction-required.json",
                        "ManualInteractionRequired",
                        "ManualInteractionRequired",
                        "series:tvdb:371980"),
                new Expectation("sonarr-rename.json", "Rename", "SeriesRenamed", "series:tvdb:371980"),
                new Expectation("sonarr-series-add.json", "SeriesAdd", "SeriesAdded", "series:tvdb:371980"),
                new Expectation("sonarr-series-delete.json", "SeriesDelete", "SeriesDeleted", "series:tvdb:371980"),
                new Expectation("sonarr-test.json", "Test", "SourceTested", null),
                new Expectation("plex-admin-database-backup.json", "admin.database.backup", null, null),
                new Expectation("plex-device-new.json", "device.new", null, null),
                new Expectation(
                        "plex-library-new-episode.json",
                        "library.new",
                        "EpisodeAvailable",
                        null,
                        "episode:tvdb:10384103"),
                new Expectation("plex-library-new-movie.json", "library.new", "LibraryItemAdded", "movie:tmdb:693134"),
                new Expectation("plex-library-on-deck.json", "library.on.deck", null, null),
                new Expectation("plex-media-pause.json", "media.pause", null, null),
                new Expectation("plex-media-play.json", "media.play", null, null),
                new Expectation("plex-media-rate.json", "media.rate", null, null),
                new Expectation("plex-media-resume.json", "media.resume", null, null),
                new Expectation("plex-media-scrobble-legacy-agent.json", "media.scrobble", null, null),
                new Expectation("plex-media-scrobble.json", "media.scrobble", null, null),
                new Expectation("plex-media-stop.json", "media.stop", null, null),
                new Expectation("plex-playback-started.json", "playback.started", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void parsesReferencePayload(Expectation expected) throws UnparseableWebhook {
        ParsedWebhook parsed = parserFor(expected.file()).parse(Payloads.file(expected.file()), Payloads.ORIGIN);

        assertThat(parsed.eventType()).isEqualTo(expected.eventType());
        if (expected.key() != null) {
            assertThat(parsed.sourceEvent()).isEmpty();
            assertThat(parsed.unkeyedEvents()).isEmpty();
            assertThat(parsed.mediaEvents()).singleElement().satisfies(keyed -> {
                assertThat(keyed.key().value()).isEqualTo(expected.key());
                assertFact(keyed.event(), expected);
            });
        } else if (expected.lookup() != null) {
            assertThat(parsed.sourceEvent()).isEmpty();
            assertThat(parsed.mediaEvents()).isEmpty();
            assertThat(parsed.unkeyedEvents()).singleElement().satisfies(unkeyed -> {
                assertThat(unkeyed.lookup().value()).isEqualTo(expected.lookup());
                assertFact(unkeyed.event(), expected);
            });
        } else if (expected.fact() != null) {
            assertThat(parsed.mediaEvents()).isEmpty();
            assertThat(parsed.unkeyedEvents()).isEmpty();
            assertThat(parsed.sourceEvent())
                    .get()
                    .extracting(event -> event.getClass().getSimpleName())
                    .isEqualTo(expected.fact());
        } else {
            assertThat(parsed.mediaEvents()).isEmpty();
            assertThat(parsed.unkeyedEvents()).isEmpty();
            assertThat(parsed.sourceEvent()).isEmpty();
        }
    }

    private static void assertFact(MediaEvent event, Expectation expected) {
        assertThat(event.getClass().getSimpleName()).isEqualTo(expected.fact());
        assertThat(event.sourceEventType()).isEqualTo(expected.eventType());
        assertThat(event.media()).isNotNull();
    }

    @Test
    void coversEveryReferenceWebhook() throws IOException, URISyntaxException {
        Path directory = Path.of(Payloads.class.getResource("/payloads").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            List<String> webhooks = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !NOT_WEBHOOKS.contains(name))
                    .toList();

            assertThat(expectations()).extracting(Expectation::file).containsExactlyInAnyOrderElementsOf(webhooks);
        }
    }

    private static WebhookParser parserFor(String file) {
        String vendor = file.substring(0, file.indexOf('-'));
        return switch (vendor) {
            case "overseerr", "jellyseerr" -> new OverseerrWebhookParser();
            case "radarr" -> new RadarrWebhookParser();
            case "sonarr" -> new SonarrWebhookParser();
            case "plex" -> new PlexWebhookParser(Set.of("Movies 4K"));
            default -> throw new IllegalArgumentException("no parser for " + file);
        };
    }
}

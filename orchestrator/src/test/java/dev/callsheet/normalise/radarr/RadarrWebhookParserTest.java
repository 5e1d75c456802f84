package dev.callsheet.normalise.radarr;

import static dev.callsheet.normalise.Payloads.FOUR_K_ORIGIN;
import static dev.callsheet.normalise.Payloads.ORIGIN;
import static dev.callsheet.normalise.Payloads.file;
import static dev.callsheet.normalise.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.ManualInteractionRequired;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.MovieAdded;
import dev.callsheet.events.media.MovieDeleted;
import dev.callsheet.events.media.MovieFileDeleted;
import dev.callsheet.events.media.MovieImported;
import dev.callsheet.events.media.MovieRenamed;
import dev.callsheet.events.media.Release;
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.events.media.UnrecognisedEvent;
import dev.callsheet.events.source.ApplicationUpdated;
import dev.callsheet.events.source.HealthIssueRaised;
import dev.callsheet.events.source.HealthRestored;
import dev.callsheet.events.source.SourceTested;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import dev.callsheet.normalise.WebhookOrigin;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RadarrWebhookParserTest {

    private static final String DUNE_FOLDER = "/data/media/movies/Dune Part Two (2024)/";
    private static final MediaInfo DUNE =
            new MediaInfo(MediaType.MOVIE, "Dune: Part Two", 2024, 693134L, null, "tt15239678", false);

    private final RadarrWebhookParser parser = new RadarrWebhookParser();

    private ParsedWebhook.Keyed onlyEvent(byte[] body, WebhookOrigin origin) throws UnparseableWebhook {
        ParsedWebhook parsed = parser.parse(body, origin);
        assertThat(parsed.sourceEvent()).isEmpty();
        assertThat(parsed.mediaEvents()).hasSize(1);
        return parsed.mediaEvents().getFirst();
    }

    private ParsedWebhook.Keyed onlyEvent(byte[] body) throws UnparseableWebhook {
        return onlyEvent(body, ORIGIN);
    }

    @Test
    void speaksForRadarr() {
        assertThat(parser.source()).isEqualTo(SourceKind.RADARR);
    }

    @Nested
    class MovieStory {

        @Test
        void readsGrabWithReleaseAndDownload() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("radarr-grab.json"));

            assertThat(keyed.key()).isEqualTo(MediaKey.movie(693134, false));
            assertThat(keyed.event())
                    .isEqualTo(new ReleaseGrabbed(
                            DUNE,
                            new Release(
                                    "Dune.Part.Two.2024.2160p.MA.WEB-DL.DDP5.1.Atmos.DV.HDR.H.265-FLUX",
                                    "TorrentLeech (Prowlarr)",
                                    27262976000L,
                                    "WEBDL-2160p",
                                    "FLUX"),
                            new DownloadRef(
                                    DownloadId.of("9F1C2A7B3D4E5F60718293A4B5C6D7E8F9012345"),
                                    "qBittorrent",
                                    "qBittorrent"),
                            412,
                            "Grab"));
        }

        @Test
        void readsImportWithItsLibraryFile() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("radarr-download.json"));

            assertThat(keyed.event()).asInstanceOf(type(MovieImported.class)).satisfies(imported -> {
                assertThat(imported.file())
                        .isEqualTo(new ImportedFile(
                                DUNE_FOLDER
                                        + "Dune Part Two (2024) {tmdb-693134} [MA WEBDL-2160p][DV HDR10][EAC3 Atmos 5.1][h265]-FLUX.mkv",
                                "WEBDL-2160p",
                                27261234567L));
                assertThat(imported.upgrade()).isFalse();
                assertThat(imported.release())
                        .isEqualTo(new Release(
                                "Dune.Part.Two.2024.2160p.MA.WEB-DL.DDP5.1.Atmos.DV.HDR.H.265-FLUX",
                                "TorrentLeech (Prowlarr)",
                                27262976000L,
                                null,
                                null));
                assertThat(imported.download().id())
                        .isEqualTo(DownloadId.of("9F1C2A7B3D4E5F60718293A4B5C6D7E8F9012345"));
                assertThat(imported.media()).isEqualTo(DUNE);
            });
        }

        @Test
        void readsUpgradeWithUsenetJobIdKeepingItsCase() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("radarr-download-upgrade.json"));

            assertThat(keyed.event()).asInstanceOf(type(MovieImported.class)).satisfies(imported -> {
                assertThat(imported.upgrade()).isTrue();
                assertThat(imported.file().quality()).isEqualTo("Remux-2160p");
                assertThat(imported.download())
                        .isEqualTo(new DownloadRef(DownloadId.of("SABnzbd_nzo_k2v8q1x3"), "SABnzbd", "SABnzbd"));
                assertThat(imported.download().id().value()).isEqualTo("SABnzbd_nzo_k2v8q1x3");
            });
        }

        @Test
        void keysMoviesOfAFourKInstanceApart() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("radarr-grab.json"), FOUR_K_ORIGIN);

            assertThat(keyed.key()).isEqualTo(MediaKey.parse("movie:tmdb:693134:4k"));
            assertThat(keyed.event().media().fourK()).isTrue();
        }

        @Test
        void readsHowTheMovieWasAdded() throws UnparseableWebhook {
            assertThat(onlyEvent(file("radarr-movie-added.json")).event())
                    .isEqualTo(new MovieAdded(DUNE, "manual", 412, "MovieAdded"));
        }

        @Test
        void readsMovieDeletedWithItsFiles() throws UnparseableWebhook {
            assertThat(onlyEvent(file("radarr-movie-delete.json")).event())
                    .isEqualTo(new MovieDeleted(DUNE, true, "MovieDelete"));
        }

        @Test
        void readsMovieDeletedWithoutFiles() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"movie": {"id": 412, "tmdbId": 693134}, "deletedFiles": false, "movieFolderSize": 0,
                     "eventType": "MovieDelete"}
                    """));

            assertThat(keyed.event())
                    .asInstanceOf(type(MovieDeleted.class))
                    .extracting(MovieDeleted::filesDeleted)
                    .isEqualTo(false);
        }

        @Test
        void readsDeletedFileAndWhy() throws UnparseableWebhook {
            assertThat(onlyEvent(file("radarr-movie-file-delete.json")).event())
                    .isEqualTo(new MovieFileDeleted(
                            DUNE,
                            DUNE_FOLDER
                                    + "Dune Part Two (2024) {tmdb-693134} [MA WEBDL-2160p][DV HDR10][EAC3 Atmos 5.1][h265]-FLUX.mkv",
                            "manual",
                            "MovieFileDelete"));
        }

        @Test
        void countsRenamedFiles() throws UnparseableWebhook {
            assertThat(onlyEvent(file("radarr-rename.json")).event()).isEqualTo(new MovieRenamed(DUNE, 1, "Rename"));
        }
    }

    @Nested
    class ManualInteraction {

        @Test
        void readsStatusAndFlattensMessagesPerFile() throws UnparseableWebhook {
            assertThat(onlyEvent(file("radarr-manual-interaction-required.json"))
                            .event())
                    .isEqualTo(new ManualInteractionRequired(
                            DUNE,
                            new DownloadRef(
                                    DownloadId.of("9F1C2A7B3D4E5F60718293A4B5C6D7E8F9012345"),
                                    "qBittorrent",
                                    "qBittorrent"),
                            "Warning",
                            List.of(
                                    "Dune.Part.Two.2024.2160p.MA.WEB-DL.DDP5.1.Atmos.DV.HDR.H.265-FLUX.mkv: Not an upgrade for existing movie file(s). Existing quality: WEBDL-2160p. New Quality WEBDL-2160p."),
                            List.of(),
                            "ManualInteractionRequired"));
        }

        @Test
        void keepsAStatusTitleWithoutMessagesAsAMessage() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"movie": {"tmdbId": 693134}, "downloadId": "9F1C2A7B3D4E5F60718293A4B5C6D7E8F9012345",
                     "downloadStatus": "Error",
                     "downloadStatusMessages": [
                       {"title": "No files found are eligible for import", "messages": []},
                       {"title": "", "messages": ["Sample", ""]}],
                     "eventType": "ManualInteractionRequired"}
                    """));

            assertThat(keyed.event())
                    .asInstanceOf(type(ManualInteractionRequired.class))
                    .extracting(ManualInteractionRequired::messages)
                    .isEqualTo(List.of("No files found are eligible for import", "Sample"));
        }

        @Test
        void recordsUnmatchedDownloadOnTheSourceOnly() throws UnparseableWebhook {
            ParsedWebhook parsed = parser.parse(json("""
                            {"downloadInfo": {"quality": "WEBDL-1080p", "title": "Some.Unknown.Movie.2024.1080p"},
                             "downloadClient": "qBittorrent", "downloadId": "0123456789ABCDEF0123456789ABCDEF01234567",
                             "downloadStatus": "Warning", "eventType": "ManualInteractionRequired"}
                            """), ORIGIN);

            assertThat(parsed.eventType()).isEqualTo("ManualInteractionRequired");
            assertThat(parsed.mediaEvents()).isEmpty();
            assertThat(parsed.sourceEvent()).isEmpty();
        }
    }

    @Nested
    class OlderRadarr {

        @Test
        void readsV3GrabWithoutInstanceNameClientTypeOrRelease() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"movie": {"id": 7, "title": "Arrival", "releaseDate": "9999-12-31",
                               "folderPath": "/movies/Arrival (2016)", "tmdbId": 329865, "imdbId": "tt2543164"},
                     "remoteMovie": {"tmdbId": 329865, "imdbId": "tt2543164", "title": "Arrival", "year": 2016},
                     "downloadClient": "qBittorrent",
                     "downloadId": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
                     "eventType": "Grab"}
                    """));

            assertThat(keyed.key()).isEqualTo(MediaKey.movie(329865, false));
            assertThat(keyed.event())
                    .isEqualTo(new ReleaseGrabbed(
                            new MediaInfo(MediaType.MOVIE, "Arrival", null, 329865L, null, "tt2543164", false),
                            new Release(null, null, null, null, null),
                            new DownloadRef(
                                    DownloadId.of("A1B2C3D4E5F60718293A4B5C6D7E8F9012345678"), "qBittorrent", null),
                            7,
                            "Grab"));
        }

        @Test
        void buildsLibraryPathWhereOldVersionsSentTheDownloadPath() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"movie": {"tmdbId": 329865, "folderPath": "/movies/Arrival (2016)"},
                     "movieFile": {"relativePath": "Arrival (2016).mkv", "path": "/downloads/Arrival.2016.1080p/arrival.mkv",
                                   "quality": "Bluray-1080p", "size": 8000000000},
                     "isUpgrade": false, "eventType": "Download"}
                    """));

            assertThat(keyed.event())
                    .asInstanceOf(type(MovieImported.class))
                    .extracting(MovieImported::file)
                    .isEqualTo(
                            new ImportedFile("/movies/Arrival (2016)/Arrival (2016).mkv", "Bluray-1080p", 8000000000L));
        }

        @Test
        void joinsWindowsLibraryPathWithBackslash() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"movie": {"tmdbId": 329865, "folderPath": "D:\\\\Movies\\\\Arrival (2016)"},
                     "movieFile": {"relativePath": "Arrival (2016).mkv"}, "eventType": "Download"}
                    """));

            assertThat(keyed.event())
                    .asInstanceOf(type(MovieImported.class))
                    .extracting(imported -> imported.file().path())
                    .isEqualTo("D:\\Movies\\Arrival (2016)\\Arrival (2016).mkv");
        }

        @Test
        void readsManualImportWithoutGrabHistoryOrDownload() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"movie": {"tmdbId": 329865}, "movieFile": {"path": "/movies/Arrival (2016)/Arrival.mkv"},
                     "isUpgrade": false, "release": {"size": 0, "indexerFlags": []}, "eventType": "Download"}
                    """));

            assertThat(keyed.event()).asInstanceOf(type(MovieImported.class)).satisfies(imported -> {
                assertThat(imported.file().path()).isEqualTo("/movies/Arrival (2016)/Arrival.mkv");
                assertThat(imported.release()).isEqualTo(new Release(null, null, null, null, null));
                assertThat(imported.download()).isEqualTo(new DownloadRef(null, null, null));
            });
        }
    }

    @Nested
    class SourceEvents {

        @Test
        void answersTestWithSourceTestedAlthoughItsMovieHasNoTmdbId() throws UnparseableWebhook {
            ParsedWebhook parsed = parser.parse(file("radarr-test.json"), ORIGIN);

            assertThat(parsed.eventType()).isEqualTo("Test");
            assertThat(parsed.sourceEvent()).contains(new SourceTested());
            assertThat(parsed.mediaEvents()).isEmpty();
        }

        @Test
        void readsFailingHealthCheck() throws UnparseableWebhook {
            assertThat(parser.parse(file("radarr-health.json"), ORIGIN).sourceEvent())
                    .contains(new HealthIssueRaised(
                            "warning",
                            "IndexerLongTermStatusCheck",
                            "Indexers unavailable due to failures for more than 6 hours: TorrentLeech (Prowlarr)",
                            "https://wiki.servarr.com/radarr/system#indexers-are-unavailable-due-to-failures"));
        }

        @Test
        void readsRestoredHealthCheck() throws UnparseableWebhook {
            assertThat(parser.parse(file("radarr-health-restored.json"), ORIGIN).sourceEvent())
                    .contains(new HealthRestored(
                            "IndexerLongTermStatusCheck",
                            "Indexers unavailable due to failures for more than 6 hours: TorrentLeech (Prowlarr)"));
        }

        @Test
        void readsApplicationUpdate() throws UnparseableWebhook {
            assertThat(parser.parse(file("radarr-application-update.json"), ORIGIN)
                            .sourceEvent())
                    .contains(new ApplicationUpdated(
                            "6.0.2.10271", "6.0.3.10276", "Radarr updated from 6.0.2.10271 to 6.0.3.10276"));
        }
    }

    @Nested
    class UnknownEventTypes {

        @Test
        void keepsUnknownTypeAboutAMovieAsUnrecognisedEvent() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"movie": {"tmdbId": 693134, "title": "Dune: Part Two", "year": 2024}, "eventType": "MovieAvailable"}
                    """));

            assertThat(keyed.key()).isEqualTo(MediaKey.movie(693134, false));
            assertThat(keyed.event())
                    .isEqualTo(new UnrecognisedEvent(
                            new MediaInfo(MediaType.MOVIE, "Dune: Part Two", 2024, 693134L, null, null, false),
                            "MovieAvailable"));
        }

        @Test
        void recordsUnknownTypeWithoutMovieOnTheSourceOnly() throws UnparseableWebhook {
            ParsedWebhook parsed = parser.parse(json("{\"eventType\": \"IndexerAdded\", \"indexer\": \"X\"}"), ORIGIN);

            assertThat(parsed.eventType()).isEqualTo("IndexerAdded");
            assertThat(parsed.mediaEvents()).isEmpty();
            assertThat(parsed.sourceEvent()).isEmpty();
        }
    }

    @Nested
    class NotARadarrWebhook {

        @Test
        void refusesMovieEventWithTmdbIdZero() {
            byte[] body = json("""
                    {"movie": {"id": 1, "title": "Test Title", "tmdbId": 0}, "eventType": "Grab"}
                    """);

            assertThatThrownBy(() -> parser.parse(body, ORIGIN))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("Grab without a movie.tmdbId: cannot tell which movie it is about");
        }

        @Test
        void refusesMovieEventWithoutMovie() {
            assertThatThrownBy(() -> parser.parse(json("{\"eventType\": \"MovieAdded\"}"), ORIGIN))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessageStartingWith("MovieAdded without a movie.tmdbId");
        }

        @Test
        void refusesObjectWithoutEventType() {
            assertThatThrownBy(() -> parser.parse(json("{\"movie\": {\"tmdbId\": 693134}}"), ORIGIN))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("no eventType: not a Radarr webhook");
        }

        @Test
        void refusesMalformedJson() {
            assertThatThrownBy(() -> parser.parse(json("{\"eventType\": Grab}"), ORIGIN))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessageStartingWith("malformed JSON");
        }

        @Test
        void refusesJsonArray() {
            assertThatThrownBy(() -> parser.parse(json("[{\"eventType\": \"Grab\"}]"), ORIGIN))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("expected a JSON object, got ARRAY");
        }

        @Test
        void namesTheFieldOfTheWrongShape() {
            assertThatThrownBy(() -> parser.parse(
                            json("{\"movie\": {\"tmdbId\": \"not a number\"}, \"eventType\": \"Grab\"}"), ORIGIN))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessageStartingWith("unexpected value at movie.tmdbId: ");
        }
    }
}

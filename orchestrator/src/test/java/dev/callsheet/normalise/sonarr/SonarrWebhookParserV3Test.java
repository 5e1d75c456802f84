package dev.callsheet.normalise.sonarr;

import static dev.callsheet.normalise.Payloads.ORIGIN;
import static dev.callsheet.normalise.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.EpisodeFileDeleted;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.EpisodesGrabbed;
import dev.callsheet.events.media.EpisodesImported;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.Release;
import dev.callsheet.events.source.HealthIssueRaised;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sonarr v3 bodies: no {@code instanceName}, no {@code downloadClientType}, episodes without their
 * TVDB id, grabs without a release, and an {@code EpisodeFileDelete} carrying the internal file model.
 */
class SonarrWebhookParserV3Test {

    private static final String SERIES = """
            "series": {"id": 57, "title": "Severance", "path": "/tv/Severance", "tvdbId": 371980,
                       "tvMazeId": 44933, "imdbId": "tt11280740", "type": "standard"}""";
    private static final String S02E03 = """
            "episodes": [{"id": 2103, "episodeNumber": 3, "seasonNumber": 2, "title": "Who Is Alive?",
                          "airDate": "2025-01-31", "airDateUtc": "2025-01-31T02:00:00Z"}]""";
    private static final MediaInfo SEVERANCE_V3 =
            new MediaInfo(MediaType.SERIES, "Severance", null, null, 371980L, "tt11280740", false);
    private static final EpisodeRef S02E03_V3 =
            new EpisodeRef(EpisodeKey.of(2, 3), null, 2103, "Who Is Alive?", LocalDate.parse("2025-01-31"));

    private final SonarrWebhookParser parser = new SonarrWebhookParser();

    private ParsedWebhook.Keyed onlyEvent(String body) throws UnparseableWebhook {
        ParsedWebhook parsed = parser.parse(json(body), ORIGIN);
        assertThat(parsed.mediaEvents()).hasSize(1);
        ParsedWebhook.Keyed keyed = parsed.mediaEvents().getFirst();
        assertThat(keyed.key()).isEqualTo(MediaKey.series(371980, false));
        return keyed;
    }

    @Test
    void readsGrabWhoseClientFieldHoldsTheImplementation() throws UnparseableWebhook {
        assertThat(onlyEvent("{" + SERIES + ", " + S02E03 + """
                        , "release": {"quality": "WEBDL-2160p", "qualityVersion": 1, "releaseGroup": "FLUX",
                                      "releaseTitle": "Severance.S02E03.2160p-FLUX", "indexer": "TorrentLeech",
                                      "size": 6034567890},
                        "downloadClient": "qBittorrent", "downloadId": "b4e2f1a09c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f",
                        "eventType": "Grab"}
                        """).event())
                .isEqualTo(new EpisodesGrabbed(
                        SEVERANCE_V3,
                        List.of(S02E03_V3),
                        new Release("Severance.S02E03.2160p-FLUX", "TorrentLeech", 6034567890L, "WEBDL-2160p", "FLUX"),
                        new DownloadRef(DownloadId.of("B4E2F1A09C8D7E6F5A4B3C2D1E0F9A8B7C6D5E4F"), "qBittorrent", null),
                        "Grab"));
    }

    @Test
    void readsGrabWithoutReleaseOrDownload() throws UnparseableWebhook {
        assertThat(onlyEvent("{" + SERIES + ", " + S02E03 + ", \"eventType\": \"Grab\"}")
                        .event())
                .asInstanceOf(type(EpisodesGrabbed.class))
                .satisfies(grab -> {
                    assertThat(grab.episodes()).containsExactly(S02E03_V3);
                    assertThat(grab.release()).isEqualTo(new Release(null, null, null, null, null));
                    assertThat(grab.download()).isEqualTo(new DownloadRef(null, null, null));
                });
    }

    @Test
    void readsPerFileImportWhoseFilePathIsTheDownloadPath() throws UnparseableWebhook {
        assertThat(onlyEvent("{" + SERIES + ", " + S02E03 + """
                        , "episodeFile": {"id": 5503, "relativePath": "Season 02/S02E03.mkv",
                                          "path": "/downloads/Severance.S02E03/s02e03.mkv",
                                          "quality": "WEBDL-2160p", "qualityVersion": 1, "size": 6016049379},
                        "isUpgrade": false, "downloadClient": "qBittorrent",
                        "downloadId": "B4E2F1A09C8D7E6F5A4B3C2D1E0F9A8B7C6D5E4F", "eventType": "Download"}
                        """).event())
                .asInstanceOf(type(EpisodesImported.class))
                .satisfies(imported -> {
                    assertThat(imported.file())
                            .isEqualTo(
                                    new ImportedFile("/tv/Severance/Season 02/S02E03.mkv", "WEBDL-2160p", 6016049379L));
                    assertThat(imported.release()).isEqualTo(new Release(null, null, null, null, null));
                });
    }

    @Test
    void readsFileDeleteCarryingTheInternalFileModel() throws UnparseableWebhook {
        assertThat(onlyEvent("{" + SERIES + ", " + S02E03 + """
                        , "episodeFile": {"seriesId": 57, "seasonNumber": 2, "relativePath": "Season 02/S02E03.mkv",
                          "size": 6016049379, "dateAdded": "2025-03-22T06:13:41Z",
                          "originalFilePath": "Severance.S02E03/s02e03.mkv", "releaseGroup": "FLUX",
                          "quality": {"quality": {"id": 18, "name": "WEBDL-2160p", "source": "web", "resolution": 2160},
                                      "revision": {"version": 1, "real": 0, "isRepack": false}},
                          "mediaInfo": {"containerFormat": "Matroska", "videoFormat": "HEVC", "width": 3840},
                          "episodes": {"value": [{"id": 2103, "episodeNumber": 3, "seasonNumber": 2}],
                                       "isLoaded": true},
                          "series": {"value": {"id": 57, "tvdbId": 371980}, "isLoaded": true},
                          "id": 5503},
                        "deleteReason": "manual", "eventType": "EpisodeFileDelete"}
                        """).event())
                .isEqualTo(new EpisodeFileDeleted(
                        SEVERANCE_V3,
                        List.of(S02E03_V3),
                        "/tv/Severance/Season 02/S02E03.mkv",
                        "manual",
                        "EpisodeFileDelete"));
    }

    @Test
    void readsEpisodeTitleToBeAnnouncedAndMissingAirDateAsUnknown() throws UnparseableWebhook {
        assertThat(onlyEvent("{" + SERIES + """
                        , "episodes": [{"id": 2110, "episodeNumber": 10, "seasonNumber": 2, "title": "TBA"}],
                        "eventType": "Grab"}
                        """).event())
                .asInstanceOf(type(EpisodesGrabbed.class))
                .extracting(EpisodesGrabbed::episodes)
                .isEqualTo(List.of(new EpisodeRef(EpisodeKey.of(2, 10), null, 2110, null, null)));
    }

    @Test
    void readsHealthWithoutInstanceNameOrWikiUrl() throws UnparseableWebhook {
        ParsedWebhook parsed = parser.parse(json("""
                        {"level": "warning", "message": "No indexers available", "type": "IndexerCheck",
                         "eventType": "Health"}
                        """), ORIGIN);

        assertThat(parsed.sourceEvent())
                .contains(new HealthIssueRaised("warning", "IndexerCheck", "No indexers available", null));
    }
}

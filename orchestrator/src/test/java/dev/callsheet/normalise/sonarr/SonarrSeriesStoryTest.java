package dev.callsheet.normalise.sonarr;

import static dev.callsheet.normalise.Payloads.ORIGIN;
import static dev.callsheet.normalise.Payloads.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.EpisodeFileDeleted;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.EpisodesGrabbed;
import dev.callsheet.events.media.EpisodesImported;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.ManualInteractionRequired;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.Release;
import dev.callsheet.events.media.SeriesAdded;
import dev.callsheet.events.media.SeriesDeleted;
import dev.callsheet.events.media.SeriesRenamed;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The reference TV story and later file events, read field by field. */
class SonarrSeriesStoryTest {

    private static final MediaInfo SEVERANCE =
            new MediaInfo(MediaType.SERIES, "Severance", 2022, 95396L, 371980L, "tt11280740", false);
    private static final MediaKey SEVERANCE_KEY = MediaKey.series(371980, false);
    private static final String SEASON_FOLDER = "/data/media/tv/Severance/Season 02/";
    private static final DownloadRef SEASON_PACK =
            new DownloadRef(DownloadId.of("3C7D9E1F2A4B6C8D0E1F3A5B7C9D1E2F4A6B8C0D"), "qBittorrent", "qBittorrent");
    private static final String PACK_TITLE = "Severance.S02.2160p.ATVP.WEB-DL.DDP5.1.Atmos.DV.HDR.H.265-FLUX";
    private static final Release PACK_AS_IMPORTED =
            new Release(PACK_TITLE, "TorrentLeech (Prowlarr)", 61203464192L, null, null);
    private static final EpisodeRef S02E03 =
            new EpisodeRef(EpisodeKey.of(2, 3), 10384103L, 2103, "Who Is Alive?", LocalDate.parse("2025-01-31"));

    private final SonarrWebhookParser parser = new SonarrWebhookParser();

    private ParsedWebhook.Keyed onlyEvent(byte[] body) throws UnparseableWebhook {
        ParsedWebhook parsed = parser.parse(body, ORIGIN);
        assertThat(parsed.sourceEvent()).isEmpty();
        assertThat(parsed.unkeyedEvents()).isEmpty();
        assertThat(parsed.mediaEvents()).hasSize(1);
        return parsed.mediaEvents().getFirst();
    }

    @Nested
    class SeriesStory {

        @Test
        void readsSeriesAddedKeyedByTvdbId() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("sonarr-series-add.json"));

            assertThat(keyed.key()).isEqualTo(SEVERANCE_KEY);
            assertThat(keyed.event()).isEqualTo(new SeriesAdded(SEVERANCE, "SeriesAdd"));
        }

        @Test
        void readsSeasonPackGrabWithEveryEpisodeItCovers() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("sonarr-grab-season-pack.json"));

            assertThat(keyed.key()).isEqualTo(SEVERANCE_KEY);
            assertThat(keyed.event()).asInstanceOf(type(EpisodesGrabbed.class)).satisfies(grab -> {
                assertThat(grab.media()).isEqualTo(SEVERANCE);
                assertThat(grab.episodes())
                        .extracting(EpisodeRef::key)
                        .containsExactlyElementsOf(IntStream.rangeClosed(1, 10)
                                .mapToObj(episode -> EpisodeKey.of(2, episode))
                                .toList());
                assertThat(grab.episodes())
                        .extracting(EpisodeRef::episodeTvdbId)
                        .containsExactlyElementsOf(IntStream.rangeClosed(1, 10)
                                .mapToObj(episode -> 10384100L + episode)
                                .toList());
                assertThat(grab.episodes())
                        .extracting(EpisodeRef::sonarrEpisodeId)
                        .containsExactlyElementsOf(
                                IntStream.rangeClosed(2101, 2110).boxed().toList());
                assertThat(grab.episodes().get(2)).isEqualTo(S02E03);
                assertThat(grab.release())
                        .isEqualTo(new Release(
                                PACK_TITLE, "TorrentLeech (Prowlarr)", 61203464192L, "WEBDL-2160p", "FLUX"));
                assertThat(grab.download()).isEqualTo(SEASON_PACK);
                assertThat(grab.sourceEventType()).isEqualTo("Grab");
            });
        }

        @Test
        void readsWeeklySingleEpisodeGrab() throws UnparseableWebhook {
            assertThat(onlyEvent(file("sonarr-grab.json")).event())
                    .asInstanceOf(type(EpisodesGrabbed.class))
                    .satisfies(grab -> {
                        assertThat(grab.episodes()).containsExactly(S02E03);
                        assertThat(grab.download().id())
                                .isEqualTo(DownloadId.of("B4E2F1A09C8D7E6F5A4B3C2D1E0F9A8B7C6D5E4F"));
                    });
        }

        @Test
        void readsOnePerFileImportOfTheSeasonPack() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("sonarr-download.json"));

            assertThat(keyed.key()).isEqualTo(SEVERANCE_KEY);
            assertThat(keyed.event())
                    .isEqualTo(new EpisodesImported(
                            SEVERANCE,
                            List.of(S02E03),
                            new ImportedFile(
                                    SEASON_FOLDER
                                            + "Severance - S02E03 - Who Is Alive [ATVP WEBDL-2160p][DV HDR10][EAC3 Atmos 5.1][h265]-FLUX.mkv",
                                    "WEBDL-2160p",
                                    6016049379L),
                            false,
                            PACK_AS_IMPORTED,
                            SEASON_PACK,
                            "Download"));
        }

        @Test
        void readsImportCompleteWithTheGrabsEpisodesAndEveryFile() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("sonarr-import-complete.json"));

            assertThat(keyed.key()).isEqualTo(SEVERANCE_KEY);
            assertThat(keyed.event()).asInstanceOf(type(DownloadImported.class)).satisfies(complete -> {
                assertThat(complete.media()).isEqualTo(SEVERANCE);
                assertThat(complete.episodes()).hasSize(10).contains(S02E03);
                assertThat(complete.files()).hasSize(10);
                assertThat(complete.files().get(2))
                        .isEqualTo(new ImportedFile(
                                SEASON_FOLDER
                                        + "Severance - S02E03 - Who Is Alive [ATVP WEBDL-2160p][DV HDR10][EAC3 Atmos 5.1][h265]-FLUX.mkv",
                                "WEBDL-2160p",
                                6016049379L));
                assertThat(complete.release()).isEqualTo(PACK_AS_IMPORTED);
                assertThat(complete.download()).isEqualTo(SEASON_PACK);
                assertThat(complete.sourceEventType()).isEqualTo("Download");
            });
        }

        @Test
        void readsStuckSeasonPackWithItsEpisodesAndMessages() throws UnparseableWebhook {
            assertThat(onlyEvent(file("sonarr-manual-interaction-required.json"))
                            .event())
                    .asInstanceOf(type(ManualInteractionRequired.class))
                    .satisfies(stuck -> {
                        assertThat(stuck.media()).isEqualTo(SEVERANCE);
                        assertThat(stuck.download()).isEqualTo(SEASON_PACK);
                        assertThat(stuck.status()).isEqualTo("Warning");
                        assertThat(stuck.messages())
                                .containsExactly(
                                        "Severance.S02E10.2160p.ATVP.WEB-DL.DDP5.1.Atmos.DV.HDR.H.265-FLUX.mkv: Unable to determine if file is a sample",
                                        "Featurettes/Severance.S02.Behind.The.Scenes.mkv: Unable to parse file");
                        assertThat(stuck.episodes()).hasSize(10).contains(S02E03);
                    });
        }
    }

    @Nested
    class FilesLater {

        @Test
        void readsMultiEpisodeFileAsOneImportOfBothEpisodes() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("sonarr-download-multi-episode.json"));

            assertThat(keyed.key()).isEqualTo(MediaKey.series(436992, false));
            assertThat(keyed.event()).asInstanceOf(type(EpisodesImported.class)).satisfies(imported -> {
                assertThat(imported.episodes())
                        .containsExactly(
                                new EpisodeRef(
                                        EpisodeKey.of(1, 1),
                                        10123401L,
                                        3301,
                                        "Space Babies",
                                        LocalDate.parse("2024-05-11")),
                                new EpisodeRef(
                                        EpisodeKey.of(1, 2),
                                        10123402L,
                                        3302,
                                        "The Devil's Chord",
                                        LocalDate.parse("2024-05-11")));
                assertThat(imported.file().path())
                        .endsWith(
                                "Doctor Who (2023) - S01E01-E02 - Space Babies + The Devil's Chord [WEBDL-1080p][EAC3 5.1][h264]-NTb.mkv");
                assertThat(imported.upgrade()).isFalse();
                assertThat(imported.download())
                        .isEqualTo(
                                new DownloadRef(DownloadId.of("5c0f2e8a9b7d4e1f8a6b3c2d1e0f9a8b"), "NZBGet", "NZBGet"));
            });
        }

        @Test
        void readsUpgradeOfAnImportedEpisode() throws UnparseableWebhook {
            assertThat(onlyEvent(file("sonarr-download-upgrade.json")).event())
                    .asInstanceOf(type(EpisodesImported.class))
                    .satisfies(upgrade -> {
                        assertThat(upgrade.upgrade()).isTrue();
                        assertThat(upgrade.episodes())
                                .extracting(EpisodeRef::key)
                                .containsExactly(EpisodeKey.of(2, 1));
                        assertThat(upgrade.file().quality()).isEqualTo("Bluray-2160p");
                        assertThat(upgrade.file().size()).isEqualTo(14012345678L);
                    });
        }

        @Test
        void readsFileDeletedForTheUpgrade() throws UnparseableWebhook {
            assertThat(onlyEvent(file("sonarr-episode-file-delete.json")).event())
                    .asInstanceOf(type(EpisodeFileDeleted.class))
                    .satisfies(deleted -> {
                        assertThat(deleted.episodes())
                                .extracting(EpisodeRef::key)
                                .containsExactly(EpisodeKey.of(2, 1));
                        assertThat(deleted.path())
                                .isEqualTo(
                                        SEASON_FOLDER
                                                + "Severance - S02E01 - Hello Ms. Cobel [ATVP WEBDL-2160p][DV HDR10][EAC3 Atmos 5.1][h265]-FLUX.mkv");
                        assertThat(deleted.reason()).isEqualTo("upgrade");
                    });
        }

        @Test
        void countsRenamedFiles() throws UnparseableWebhook {
            assertThat(onlyEvent(file("sonarr-rename.json")).event())
                    .isEqualTo(new SeriesRenamed(SEVERANCE, 1, "Rename"));
        }

        @Test
        void readsSeriesDeletedWithoutItsFiles() throws UnparseableWebhook {
            assertThat(onlyEvent(file("sonarr-series-delete.json")).event())
                    .isEqualTo(new SeriesDeleted(SEVERANCE, false, "SeriesDelete"));
        }
    }
}

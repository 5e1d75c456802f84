package dev.callsheet.request;

import static dev.callsheet.request.SeriesFacts.PACK;
import static dev.callsheet.request.SeriesFacts.PACK_HASH;
import static dev.callsheet.request.SeriesFacts.episode;
import static dev.callsheet.request.SeriesFacts.grabbed;
import static dev.callsheet.request.SeriesFacts.season;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.ReportedBy;
import dev.callsheet.events.media.DownloadReported;
import dev.callsheet.events.media.MediaInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A season pack's download as its client reports it: per episode in the views, once per milestone on the timeline. */
class SeriesDownloadReportsTest {

    private static final String SECOND_HASH = "7B1C2A7B3D4E5F60718293A4B5C6D7E8F9012345";

    @Test
    void everyEpisodeOfThePackShowsTheClientsReport() {
        Outcome outcome = SeasonPackTest.downloadingThePack().when(report(PACK_HASH, ClientChange.PROGRESS, 0.3, null));

        assertThat(outcome.item().episodesInScope(Facts.request(42))).hasSize(9).allSatisfy(episode -> {
            assertThat(episode.download().id()).isEqualTo(PACK_HASH);
            assertThat(episode.download().status().progress()).isEqualTo(30.0);
        });
        assertThat(outcome.request(42).download().status().progress()).isEqualTo(30.0);
        assertThat(outcome.entryOf(42).summary())
                .isEqualTo("qBittorrent started " + PACK + " at 30 % for 9 episodes, S01E01 to S01E09");
    }

    @Test
    void aFailedPackFailsItsEpisodesAndANewGrabTakesThemBack() {
        Scenario scenario = SeasonPackTest.downloadingThePack();

        Outcome failed = scenario.when(report(PACK_HASH, ClientChange.FAILED, null, "FAILURE/HEALTH"));

        assertThat(failed.request(42).episodes().counts()).containsEntry("failed", 9);
        assertThat(failed.stateOf(42)).isEqualTo(RequestState.DOWNLOADING);
        assertThat(failed.entryOf(42).summary())
                .isEqualTo("Download failed in qBittorrent: FAILURE/HEALTH for 9 episodes, S01E01 to S01E09");

        Outcome regrabbed = scenario.when(grabbed(season(1, 9), "Severance.S01.1080p-OTHER", SECOND_HASH));

        assertThat(regrabbed.request(42).episodes().counts()).containsEntry("downloading", 9);
        assertThat(regrabbed.item().episodesInScope(Facts.request(42)))
                .allSatisfy(episode -> assertThat(episode.download().id()).isEqualTo(SECOND_HASH));
        assertThat(regrabbed.item().series().downloads()).containsOnlyKeys(SECOND_HASH);
    }

    @Test
    void aReportConcernsOnlyTheEpisodesItsDownloadServes() {
        Scenario scenario = SeasonPackTest.searchingSeasonOne();
        scenario.when(grabbed(List.of(episode(1, 1)), "Severance.S01E01", PACK_HASH));
        scenario.when(grabbed(List.of(episode(1, 2)), "Severance.S01E02", SECOND_HASH));

        Outcome failed = scenario.when(report(SECOND_HASH, ClientChange.FAILED, null, "error"));

        assertThat(failed.item().series().episodes().get(episode(1, 1).key()).state())
                .isEqualTo(EpisodeState.DOWNLOADING);
        assertThat(failed.item().series().episodes().get(episode(1, 2).key()).state())
                .isEqualTo(EpisodeState.FAILED);
        assertThat(failed.entryOf(42).summary()).endsWith("for S01E02");
    }

    private static DownloadReported report(String id, ClientChange change, Double progress, String reason) {
        JobState state = change == ClientChange.FAILED ? JobState.FAILED : JobState.DOWNLOADING;
        var report = new ClientReport(
                DownloadId.of(id),
                change,
                state,
                PACK,
                "tv-sonarr",
                progress,
                38_000_000_000L,
                null,
                null,
                null,
                reason,
                ReportedBy.SCRIPT);
        return new DownloadReported(
                new MediaInfo(MediaType.SERIES, null, null, null, null, null, false), report, report.eventType());
    }
}

package dev.callsheet.request;

import static dev.callsheet.request.Facts.AS_RADARR_SAYS;
import static dev.callsheet.request.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.EpisodesGrabbed;
import dev.callsheet.events.media.EpisodesImported;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.IssueActivity;
import dev.callsheet.events.media.IssueActivity.IssueChange;
import dev.callsheet.events.media.LibraryItemAdded;
import dev.callsheet.events.media.ManualInteractionRequired;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.MovieAdded;
import dev.callsheet.events.media.MovieFileDeleted;
import dev.callsheet.events.media.MovieImported;
import dev.callsheet.events.media.MovieRenamed;
import dev.callsheet.events.media.Release;
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import dev.callsheet.events.media.SeriesRenamed;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Payloads often leave fields out (older *arr versions, blackhole clients): the summary says what is known. */
class WordingTest {

    static Stream<Arguments> sparseFacts() {
        return Stream.of(
                Arguments.of(new ReleaseGrabbed(AS_RADARR_SAYS, null, null, null, "Grab"), "Grabbed a release"),
                Arguments.of(
                        new ReleaseGrabbed(
                                AS_RADARR_SAYS,
                                new Release("Dune.2160p", null, 734003200L, null, null),
                                new DownloadRef(null, "Blackhole", null),
                                null,
                                "Grab"),
                        "Grabbed Dune.2160p (700 MiB) via Blackhole"),
                Arguments.of(
                        new MovieImported(
                                AS_RADARR_SAYS,
                                new ImportedFile("/m/Dune.mkv", null, null),
                                false,
                                null,
                                null,
                                "Download"),
                        "Imported /m/Dune.mkv"),
                Arguments.of(
                        new MovieImported(AS_RADARR_SAYS, null, true, null, null, "Download"), "Upgraded to a file"),
                Arguments.of(
                        new MovieAdded(AS_RADARR_SAYS, null, null, "MovieAdded"),
                        "Added to Radarr; it searches for a release"),
                Arguments.of(
                        new LibraryItemAdded(AS_RADARR_SAYS, null, null, null, "library.new"), "Added to the library"),
                Arguments.of(
                        new ManualInteractionRequired(
                                AS_RADARR_SAYS, null, "Error", null, List.of(), "ManualInteractionRequired"),
                        "Import needs manual interaction: Error"),
                Arguments.of(
                        new MovieFileDeleted(AS_RADARR_SAYS, null, null, "MovieFileDelete"),
                        "File deleted (no reason given): path unknown"),
                Arguments.of(new MovieRenamed(AS_RADARR_SAYS, 3, "Rename"), "Renamed 3 files"),
                Arguments.of(
                        new IssueActivity(
                                IssueChange.RESOLVED, "7", null, null, null, AS_RADARR_SAYS, "ISSUE_RESOLVED"),
                        "Issue resolved by someone"),
                Arguments.of(
                        new EpisodesGrabbed(AS_RADARR_SAYS, season(10), null, null, "Grab"),
                        "Grabbed a release for 10 episodes, S02E01 to S02E10"),
                Arguments.of(
                        new EpisodesImported(AS_RADARR_SAYS, season(2), null, false, null, null, "Download"),
                        "Imported a file for S02E01, S02E02"),
                Arguments.of(
                        new DownloadImported(AS_RADARR_SAYS, List.of(), List.of(), null, null, "Download"),
                        "Imported 0 files of the download: 0 of 0 episodes in the library"),
                Arguments.of(new SeriesRenamed(AS_RADARR_SAYS, 1, "Rename"), "Renamed 1 file"),
                Arguments.of(
                        new EpisodeAvailable(
                                AS_RADARR_SAYS, season(1).getFirst(), null, null, null, null, "library.new"),
                        "S02E01: Added to the library"),
                Arguments.of(
                        new RequestSubmitted(
                                Facts.request(42), null, Facts.AS_OVERSEERR_SAYS, List.of(), "MEDIA_PENDING"),
                        "Request overseerr-42 submitted by someone"));
    }

    /** Episodes 1 to {@code count} of season 2, in reverse order as a source may list them. */
    private static List<EpisodeRef> season(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(episode -> new EpisodeRef(EpisodeKey.of(2, count + 1 - episode), null, null, null, null))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("sparseFacts")
    void saysWhatIsKnown(MediaEvent fact, String summary) {
        assertThat(given().when(fact).mediaEntry().summary()).isEqualTo(summary);
    }

    @ParameterizedTest
    @MethodSource("sparseFacts")
    void leavesUnknownDetailsOut(MediaEvent fact, String summary) {
        assertThat(given().when(fact).mediaEntry().details().values()).doesNotContainNull();
    }

    static Stream<Arguments> requesters() {
        return Stream.of(
                Arguments.of(new Requester(" ", "carol@example.org"), "carol@example.org"),
                Arguments.of(new Requester("", ""), "someone"));
    }

    @ParameterizedTest
    @MethodSource("requesters")
    void namesWhoAskedAsBestItCan(Requester requester, String name) {
        assertThat(given().when(Facts.submitted(42, requester)).entryOf(42).summary())
                .isEqualTo("Request overseerr-42 submitted by " + name);
    }
}

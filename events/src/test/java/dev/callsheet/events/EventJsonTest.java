package dev.callsheet.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.IssueActivity;
import dev.callsheet.events.media.LibraryItemAdded;
import dev.callsheet.events.media.ManualInteractionRequired;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.MovieAdded;
import dev.callsheet.events.media.MovieDeleted;
import dev.callsheet.events.media.MovieFileDeleted;
import dev.callsheet.events.media.MovieImported;
import dev.callsheet.events.media.MovieRenamed;
import dev.callsheet.events.media.Release;
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.events.media.RequestApproved;
import dev.callsheet.events.media.RequestAutoApproved;
import dev.callsheet.events.media.RequestAvailable;
import dev.callsheet.events.media.RequestDeclined;
import dev.callsheet.events.media.RequestFailed;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import dev.callsheet.events.media.UnrecognisedEvent;
import dev.callsheet.events.source.ApplicationUpdated;
import dev.callsheet.events.source.HealthIssueRaised;
import dev.callsheet.events.source.HealthRestored;
import dev.callsheet.events.source.SourceEvent;
import dev.callsheet.events.source.SourceTested;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventJsonTest {

    private static final MediaInfo DUNE =
            new MediaInfo(MediaType.MOVIE, "Dune: Part Two", 2024, 693134L, null, "tt15239678", false);
    private static final RequestId REQUEST = RequestId.overseerr(127);
    private static final Requester ALICE = new Requester("alice", "alice@example.com");
    private static final DownloadRef QBIT =
            new DownloadRef(DownloadId.of("9f1c2a7b3d4e5f60718293a4b5c6d7e8f9012345"), "qBit", "qBittorrent");

    static Stream<MediaEvent> mediaEvents() {
        return Stream.of(
                new RequestSubmitted(REQUEST, ALICE, DUNE, "MEDIA_PENDING"),
                new RequestAutoApproved(REQUEST, ALICE, DUNE, "MEDIA_AUTO_APPROVED"),
                new RequestApproved(REQUEST, ALICE, DUNE, "MEDIA_APPROVED"),
                new RequestDeclined(REQUEST, ALICE, DUNE, "MEDIA_DECLINED"),
                new RequestFailed(REQUEST, ALICE, DUNE, "MEDIA_FAILED"),
                new RequestAvailable(REQUEST, ALICE, DUNE, "MEDIA_AVAILABLE"),
                new IssueActivity(
                        IssueActivity.IssueChange.REPORTED, "3", "VIDEO", "no sound", "bob", DUNE, "ISSUE_CREATED"),
                new MovieAdded(DUNE, "manual", "MovieAdded"),
                new ReleaseGrabbed(DUNE, new Release("Dune.2024", "Idx", 10L, "WEBDL-2160p", "FLUX"), QBIT, "Grab"),
                new MovieImported(
                        DUNE, new ImportedFile("/movies/dune.mkv", "WEBDL-2160p", 9L), false, null, QBIT, "Download"),
                new MovieFileDeleted(DUNE, "/movies/dune.mkv", "manual", "MovieFileDelete"),
                new MovieRenamed(DUNE, 1, "Rename"),
                new MovieDeleted(DUNE, true, "MovieDelete"),
                new ManualInteractionRequired(
                        DUNE, QBIT, "Warning", List.of("not an upgrade"), "ManualInteractionRequired"),
                new LibraryItemAdded(DUNE, "pms", "Movies", "53102", "library.new"),
                new UnrecognisedEvent(DUNE, "MovieFileImported"));
    }

    static Stream<SourceEvent> sourceEvents() {
        return Stream.of(
                new SourceTested(),
                new HealthIssueRaised("warning", "IndexerStatusCheck", "down", null),
                new HealthRestored("IndexerStatusCheck", "up"),
                new ApplicationUpdated("5.27", "5.28", "updated"));
    }

    @ParameterizedTest
    @MethodSource("mediaEvents")
    void readsBackEveryMediaEventInAnEnvelope(MediaEvent event) {
        var envelope = new Envelope(
                MediaKey.movie(693134, false),
                new Delivery("d1", SourceKind.RADARR, "radarr", Instant.parse("2024-05-14T20:00:00Z"), "abc"),
                event);

        String json = EventJson.mapper().writeValueAsString(envelope);

        assertThat(json)
                .contains(
                        "\"type\":\"" + event.getClass().getSimpleName() + "\"",
                        "\"mediaKey\":\"movie:tmdb:693134\"",
                        "\"source\":\"radarr\"");
        assertThat(EventJson.mapper().readValue(json, Envelope.class)).isEqualTo(envelope);
    }

    @ParameterizedTest
    @MethodSource("sourceEvents")
    void readsBackEverySourceEvent(SourceEvent event) {
        String json = EventJson.mapper().writeValueAsString(event);

        assertThat(EventJson.mapper().readValue(json, SourceEvent.class)).isEqualTo(event);
    }
}

package dev.callsheet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.callsheet.events.command.AddSeriesToSonarr;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.LookUpRequesterAddresses;
import dev.callsheet.events.command.MonitorEpisodes;
import dev.callsheet.events.command.NoticeSubject;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.EpisodeFileDeleted;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.EpisodesGrabbed;
import dev.callsheet.events.media.EpisodesImported;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.IssueActivity;
import dev.callsheet.events.media.LibraryItemAdded;
import dev.callsheet.events.media.LibraryOrder;
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
import dev.callsheet.events.media.RequesterAddressed;
import dev.callsheet.events.media.SeriesAdded;
import dev.callsheet.events.media.SeriesDeleted;
import dev.callsheet.events.media.SeriesRenamed;
import dev.callsheet.events.media.UnrecognisedEvent;
import dev.callsheet.events.source.ApplicationUpdated;
import dev.callsheet.events.source.HealthIssueRaised;
import dev.callsheet.events.source.HealthRestored;
import dev.callsheet.events.source.SourceEvent;
import dev.callsheet.events.source.SourceTested;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventJsonTest {

    private static final MediaInfo DUNE =
            new MediaInfo(MediaType.MOVIE, "Dune: Part Two", 2024, 693134L, null, "tt15239678", false);
    private static final RequestId REQUEST = RequestId.overseerr(127);
    private static final Requester ALICE = new Requester("alice", "alice@example.com");
    private static final DownloadRef QBIT =
            new DownloadRef(DownloadId.of("9f1c2a7b3d4e5f60718293a4b5c6d7e8f9012345"), "qBit", "qBittorrent");

    private static final MediaInfo SEVERANCE =
            new MediaInfo(MediaType.SERIES, "Severance", 2022, 95396L, 371980L, "tt11280740", false);
    private static final EpisodeRef S02E03 =
            new EpisodeRef(EpisodeKey.of(2, 3), 10384103L, 2103, "Who Is Alive?", LocalDate.parse("2025-01-31"));
    private static final EpisodeRef S02E04 = new EpisodeRef(EpisodeKey.of(2, 4), null, 2104, null, null);
    private static final DownloadRef PACK =
            new DownloadRef(DownloadId.of("3C7D9E1F2A4B6C8D0E1F3A5B7C9D1E2F4A6B8C0D"), "qBit", "qBittorrent");
    private static final Release PACK_RELEASE = new Release("Severance.S02.2160p", "Idx", 61L, "WEBDL-2160p", "FLUX");
    private static final ImportedFile S02E03_FILE = new ImportedFile("/tv/S02E03.mkv", "WEBDL-2160p", 6L);

    private static final String POSTER =
            "https://image.tmdb.org/t/p/w600_and_h900_bestv2/1pdfLvkbY9ohJlCjQH2CZjjYVvJ.jpg";

    static Stream<MediaEvent> mediaEvents() {
        return Stream.of(
                new RequestSubmitted(REQUEST, ALICE, DUNE, List.of(), "MEDIA_PENDING"),
                new RequestSubmitted(RequestId.overseerr(128), ALICE, SEVERANCE, List.of(1, 2), "MEDIA_PENDING"),
                new RequestSubmitted(REQUEST, ALICE, DUNE, List.of(), "MEDIA_PENDING", null, POSTER),
                new RequestAutoApproved(REQUEST, ALICE, DUNE, List.of(), "MEDIA_AUTO_APPROVED"),
                new RequestAutoApproved(REQUEST, ALICE, DUNE, List.of(), "MEDIA_AUTO_APPROVED", POSTER),
                new RequestApproved(REQUEST, ALICE, DUNE, List.of(), "MEDIA_APPROVED"),
                new RequestDeclined(REQUEST, ALICE, DUNE, List.of(), "MEDIA_DECLINED"),
                new RequestFailed(REQUEST, ALICE, DUNE, List.of(), "MEDIA_FAILED"),
                new RequestAvailable(REQUEST, ALICE, DUNE, List.of(), "MEDIA_AVAILABLE"),
                new IssueActivity(
                        IssueActivity.IssueChange.REPORTED, "3", "VIDEO", "no sound", "bob", DUNE, "ISSUE_CREATED"),
                new MovieAdded(DUNE, "manual", null, "MovieAdded"),
                new ReleaseGrabbed(
                        DUNE, new Release("Dune.2024", "Idx", 10L, "WEBDL-2160p", "FLUX"), QBIT, null, "Grab"),
                new MovieImported(
                        DUNE, new ImportedFile("/movies/dune.mkv", "WEBDL-2160p", 9L), false, null, QBIT, "Download"),
                new MovieFileDeleted(DUNE, "/movies/dune.mkv", "manual", "MovieFileDelete"),
                new MovieRenamed(DUNE, 1, "Rename"),
                new MovieDeleted(DUNE, true, "MovieDelete"),
                new ManualInteractionRequired(
                        DUNE, QBIT, "Warning", List.of("not an upgrade"), List.of(), "ManualInteractionRequired"),
                new ManualInteractionRequired(
                        SEVERANCE, PACK, "Warning", List.of("no files"), List.of(S02E03), "ManualInteractionRequired"),
                new LibraryItemAdded(DUNE, "pms", "Movies", "53102", "library.new"),
                new SeriesAdded(SEVERANCE, "SeriesAdd"),
                new EpisodesGrabbed(SEVERANCE, List.of(S02E03, S02E04), PACK_RELEASE, PACK, "Grab"),
                new EpisodesImported(SEVERANCE, List.of(S02E03), S02E03_FILE, true, PACK_RELEASE, PACK, "Download"),
                new DownloadImported(
                        SEVERANCE, List.of(S02E03, S02E04), List.of(S02E03_FILE), PACK_RELEASE, PACK, "Download"),
                new EpisodeFileDeleted(SEVERANCE, List.of(S02E03), "/tv/S02E03.mkv", "upgrade", "EpisodeFileDelete"),
                new SeriesRenamed(SEVERANCE, 2, "Rename"),
                new SeriesDeleted(SEVERANCE, false, "SeriesDelete"),
                new EpisodeAvailable(
                        SEVERANCE,
                        new EpisodeRef(EpisodeKey.of(2, 3), 10384103L, null, "Who Is Alive?", null),
                        "pms",
                        "TV Shows",
                        "48390",
                        "48211",
                        "library.new"),
                new UnrecognisedEvent(DUNE, "MovieFileImported"),
                new RequesterAddressed(
                        DUNE, REQUEST, "401234567890123456", "-1001234567890", null, "LookUpRequesterAddresses"),
                new RequesterAddressed(
                        DUNE, REQUEST, null, null, "Overseerr has no user 9", "LookUpRequesterAddresses"));
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

    @Test
    void writesEpisodesWithTheirKeyAndAirDateAsText() {
        String json = EventJson.mapper().writeValueAsString(S02E03);

        assertThat(json).contains("\"key\":\"S02E03\"", "\"airDate\":\"2025-01-31\"", "\"episodeTvdbId\":10384103");
    }

    @Test
    void readsFactsWrittenBeforeSeasonsEpisodesAndPostersExisted() {
        String request = """
                {"type": "RequestSubmitted", "requestId": "overseerr-127", "media": {"type": "MOVIE", "fourK": false},
                 "sourceEventType": "MEDIA_PENDING"}
                """;
        String stuck = """
                {"type": "ManualInteractionRequired", "media": {"type": "MOVIE", "fourK": false}, "status": "Warning",
                 "sourceEventType": "ManualInteractionRequired"}
                """;

        assertThat(EventJson.mapper().readValue(request, MediaEvent.class))
                .isInstanceOfSatisfying(RequestSubmitted.class, e -> {
                    assertThat(e.seasons()).isEmpty();
                    assertThat(e.posterUrl()).isNull();
                });
        assertThat(EventJson.mapper().readValue(stuck, MediaEvent.class))
                .isInstanceOfSatisfying(ManualInteractionRequired.class, e -> assertThat(e.episodes())
                        .isEmpty());
    }

    @ParameterizedTest
    @MethodSource("seriesAdditions")
    void readsBackASeriesAdditionWithAndWithoutTheDayItsRequestWasMade(AddSeriesToSonarr add) {
        String json = EventJson.mapper().writeValueAsString(add);

        assertThat(json).contains("\"type\":\"AddSeriesToSonarr\"");
        assertThat(EventJson.mapper().readValue(json, Command.class)).isEqualTo(add);
    }

    static Stream<AddSeriesToSonarr> seriesAdditions() {
        return Stream.of(future(LocalDate.parse("2024-05-28")), future(null));
    }

    @Test
    void readsBackAMonitoringCommandByItsTypeName() {
        var monitor = new MonitorEpisodes(
                "delivery-9:monitor",
                MediaKey.series(371980, false),
                "sonarr",
                57,
                List.of(203, 204),
                List.of(EpisodeKey.of(2, 3), EpisodeKey.of(2, 4)));

        String json = EventJson.mapper().writeValueAsString(monitor);

        assertThat(json).contains("\"type\":\"MonitorEpisodes\"");
        assertThat(EventJson.mapper().readValue(json, Command.class)).isEqualTo(monitor);
    }

    @Test
    void readsBackARequesterAddressLookupByItsTypeName() {
        var lookUp =
                new LookUpRequesterAddresses("d-7:addresses", MediaKey.movie(693134, false), "overseerr", REQUEST, 127);

        String json = EventJson.mapper().writeValueAsString(lookUp);

        assertThat(json).contains("\"type\":\"LookUpRequesterAddresses\"", "\"requestId\":\"overseerr-127\"");
        assertThat(EventJson.mapper().readValue(json, Command.class)).isEqualTo(lookUp);
    }

    @Test
    void writesTheDayASeriesAdditionsRequestWasMadeAsText() {
        String json = EventJson.mapper().writeValueAsString(future(LocalDate.parse("2024-05-28")));

        assertThat(json).contains("\"airingAfter\":\"2024-05-28\"");
    }

    @Test
    void readsASeriesAdditionWrittenBeforeItCarriedTheDayItsRequestWasMade() {
        String written = """
                {"type": "AddSeriesToSonarr", "id": "decision-6:library", "mediaKey": "series:tvdb:371980",
                 "instance": "sonarr", "requestId": "callsheet-0001-a", "tvdbId": 371980, "seasons": [],
                 "choice": "FUTURE"}
                """;

        assertThat(EventJson.mapper().readValue(written, Command.class)).isEqualTo(future(null));
    }

    private static AddSeriesToSonarr future(LocalDate airingAfter) {
        return new AddSeriesToSonarr(
                "decision-6:library",
                MediaKey.series(371980, false),
                "sonarr",
                RequestId.parse("callsheet-0001-a"),
                371980,
                List.of(),
                LibraryOrder.Seasons.FUTURE,
                null,
                null,
                airingAfter);
    }

    @ParameterizedTest
    @MethodSource("keyLookups")
    void readsBackEveryKeyLookup(KeyLookup lookup) {
        String json = EventJson.mapper().writeValueAsString(lookup);

        assertThat(json).contains("\"type\":\"" + lookup.getClass().getSimpleName() + "\"");
        assertThat(EventJson.mapper().readValue(json, KeyLookup.class)).isEqualTo(lookup);
    }

    static Stream<KeyLookup> keyLookups() {
        return Stream.of(
                new KeyLookup.ByEpisode(10384103, false), new KeyLookup.ByRequest(RequestId.overseerr(128), true));
    }

    @ParameterizedTest
    @MethodSource("noticesAboutNoItem")
    void readsBackAnAdminsNoticeAboutNoItemKeyedByItsEventAndChannel(SendNotification notice) {
        String json = EventJson.mapper().writeValueAsString(notice);

        assertThat(json).contains("\"type\":\"SendNotification\"").doesNotContain("mediaKey\":\"");
        assertThat(EventJson.mapper().readValue(json, Command.class)).isEqualTo(notice);
        assertThat(notice.key()).isEqualTo(notice.event() + ":admin-ntfy");
    }

    static Stream<SendNotification> noticesAboutNoItem() {
        return Stream.of(SendNotification.SOURCE_UNHEALTHY, SendNotification.DEAD_LETTER, SendNotification.TEST)
                .map(event -> new SendNotification(
                        "notice-" + event,
                        null,
                        null,
                        event,
                        "admin-ntfy",
                        null,
                        new NoticeSubject(
                                MediaType.MOVIE,
                                "Sonarr sonarr",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "error: Unable to communicate with qBittorrent",
                                null)));
    }

    @Test
    void refusesANoticeAboutARequestWithoutItsItem() {
        var subject = new NoticeSubject(
                MediaType.MOVIE, "Dune", 2024, null, null, null, null, null, null, null, null, null, null);

        assertThatNullPointerException()
                .isThrownBy(() -> new SendNotification("notice-1", null, REQUEST, "available", "mail", null, subject))
                .withMessage("mediaKey");
    }
}

package dev.callsheet.adapters.plex;

import static dev.callsheet.adapters.ClientFixtures.API_KEY;
import static dev.callsheet.adapters.ClientFixtures.body;
import static dev.callsheet.adapters.ClientFixtures.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.plex.PlexActivity.Event;
import dev.callsheet.adapters.plex.PlexNotification.Connected;
import dev.callsheet.adapters.plex.PlexPushServer.Session;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The push channel client against an in-test websocket server playing the bodies of the reference's §8.9. */
class PlexNotificationsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final PlexPushTiming FAST =
            new PlexPushTiming(Duration.ofMillis(300), Duration.ofMillis(50), Duration.ofMillis(200));

    private static final String SCAN_STARTED = "39cc0658-9cf6-4077-9237-1e575ca32204";
    private static final Instant CREATED_AT = Instant.ofEpochSecond(1683716782);

    @Test
    void readsEveryTimelineEntryAndActivityOfAMovieScanInOrder() {
        try (PlexPushServer plex = new PlexPushServer(Session.sending(frames("movie-scan")))) {

            List<PlexNotification> received = listen(plex, 10);

            assertThat(received)
                    .containsExactly(
                            new Connected(),
                            new PlexActivity(
                                    Event.STARTED,
                                    SCAN_STARTED,
                                    "library.update.section",
                                    "Scanning Movies",
                                    "",
                                    0,
                                    null,
                                    null),
                            new PlexActivity(
                                    Event.UPDATED,
                                    SCAN_STARTED,
                                    "library.update.section",
                                    "Scanning Movies",
                                    "Batman (1989)",
                                    50,
                                    "1",
                                    null),
                            movie(0, "created", null, "Batman (1989)", CREATED_AT),
                            movie(2, "processing", null, "Batman (1989)", CREATED_AT),
                            movie(3, "loading", null, "Batman", Instant.ofEpochSecond(1683716784)),
                            movie(5, null, null, "Batman", Instant.ofEpochSecond(1683716785)),
                            new PlexActivity(
                                    Event.ENDED,
                                    SCAN_STARTED,
                                    "library.update.section",
                                    "Scanning Movies",
                                    "",
                                    100,
                                    "1",
                                    null),
                            movie(5, "created", "analyzing", "Batman", Instant.ofEpochSecond(1683716790)),
                            movie(5, "created", "thumbnailing", "Batman", Instant.ofEpochSecond(1683716795)));
        }
    }

    @Test
    void tellsTheStagesOfAnItemAndTheEndOfASectionScan() {
        try (PlexPushServer plex = new PlexPushServer(Session.sending(frames("movie-scan")))) {

            List<PlexNotification> received = listen(plex, 10);

            assertThat(received)
                    .filteredOn(PlexTimelineEntry.class::isInstance)
                    .map(PlexTimelineEntry.class::cast)
                    .extracting(
                            PlexTimelineEntry::libraryItem,
                            PlexTimelineEntry::created,
                            PlexTimelineEntry::processed,
                            PlexTimelineEntry::deleted)
                    .containsExactly(
                            tuple(true, true, false, false),
                            tuple(true, false, false, false),
                            tuple(true, false, false, false),
                            tuple(true, false, true, false),
                            tuple(true, false, false, false),
                            tuple(true, false, false, false));
            assertThat(received)
                    .filteredOn(PlexActivity.class::isInstance)
                    .map(PlexActivity.class::cast)
                    .extracting(activity -> activity.endsScanOf("1"), activity -> activity.endsScanOf("2"))
                    .containsExactly(tuple(false, false), tuple(false, false), tuple(true, false));
        }
    }

    @Test
    void readsIdsWrittenAsNumbersEveryEntryOfAMessageAndOtherPlugInsItems() {
        try (PlexPushServer plex = new PlexPushServer(Session.sending(frames("variants")))) {

            List<PlexNotification> received = listen(plex, 6);

            assertThat(received.subList(1, 6))
                    .containsExactly(
                            new PlexTimelineEntry(
                                    PlexTimelineEntry.LIBRARY,
                                    "2",
                                    "905",
                                    PlexItemType.EPISODE,
                                    0,
                                    "created",
                                    null,
                                    "Kassa",
                                    "89",
                                    "22",
                                    null,
                                    Instant.ofEpochSecond(1683716800)),
                            new PlexTimelineEntry(
                                    PlexTimelineEntry.LIBRARY,
                                    "2",
                                    "906",
                                    PlexItemType.EPISODE,
                                    0,
                                    "created",
                                    null,
                                    "That Would Be Me",
                                    "89",
                                    "22",
                                    null,
                                    Instant.ofEpochSecond(1683716801)),
                            new PlexTimelineEntry(
                                    "tv.plex.providers.epg.cloud",
                                    "-1",
                                    "7",
                                    PlexItemType.MOVIE,
                                    5,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null),
                            new PlexActivity(
                                    Event.ENDED,
                                    "5d0c",
                                    "library.refresh.items",
                                    "Refreshing",
                                    "Checking Availability",
                                    100,
                                    null,
                                    "/library/metadata/905"),
                            new PlexActivity(
                                    Event.ENDED, "6e1d", "library.update.section", null, null, 100, "2", null));
            assertThat(((PlexTimelineEntry) received.get(3)).libraryItem()).isFalse();
            assertThat(((PlexActivity) received.get(5)).endsScanOf("2")).isTrue();
        }
    }

    @Test
    void passesOnNothingOfMessagesAboutOtherThanTheLibrary() {
        List<String> frames = new ArrayList<>(frames("noise"));
        frames.add(frames("movie-scan").get(1));
        frames.add(frames("movie-scan").get(3));
        frames.add(frames("movie-scan").get(4));
        try (PlexPushServer plex = new PlexPushServer(Session.sending(frames))) {

            List<PlexNotification> received = listen(plex, 2);

            assertThat(received.get(1)).isEqualTo(movie(0, "created", null, "Batman (1989)", CREATED_AT));
        }
    }

    @Test
    void skipsFramesThatAreNotPlexsJsonAndReadsOn() {
        List<String> frames = List.of(
                "not json at all",
                "{\"NotificationContainer\":{\"type\":\"timeline\",\"TimelineEntry\":[{\"state\":\"soon\"}]}}",
                "[1, 2]",
                "{\"NotificationContainer\":null}",
                "{\"NotificationContainer\":{\"type\":\"timeline\",\"TimelineEntry\":[null]}}",
                frames("movie-scan").get(4));
        try (PlexPushServer plex = new PlexPushServer(Session.sending(frames))) {

            List<PlexNotification> received = listen(plex, 2);

            assertThat(received)
                    .containsExactly(new Connected(), movie(0, "created", null, "Batman (1989)", CREATED_AT));
        }
    }

    @Test
    void sendsTheTokenAsAHeaderAndNeverInTheUrl() {
        try (PlexPushServer plex = new PlexPushServer(Session.sending(frames("movie-scan")))) {

            listen(plex, 2);

            assertThat(plex.upgrades()).singleElement().satisfies(upgrade -> {
                assertThat(upgrade.token()).isEqualTo(API_KEY);
                assertThat(upgrade.uri()).isEqualTo(PlexNotifications.PATH);
            });
            assertThat(new PlexNotifications(endpoint(plex.baseUrl()), FAST).toString())
                    .isEqualTo("PlexNotifications[ws://127.0.0.1:"
                            + plex.baseUrl().replaceAll(".*:", "") + PlexNotifications.PATH + "]")
                    .doesNotContain(API_KEY);
        }
    }

    @Test
    void opensTheChannelAgainAfterADropAndSaysSo() {
        try (PlexPushServer plex = new PlexPushServer(
                Session.sendingThenClosing(frames("movie-scan").subList(4, 5)),
                Session.sending(frames("movie-scan").subList(7, 8)))) {

            List<PlexNotification> received = listen(plex, 4);

            assertThat(received)
                    .containsExactly(
                            new Connected(),
                            movie(0, "created", null, "Batman (1989)", CREATED_AT),
                            new Connected(),
                            movie(5, null, null, "Batman", Instant.ofEpochSecond(1683716785)));
            assertThat(plex.upgrades()).hasSize(2);
        }
    }

    @Test
    void triesAgainWhilePlexIsStartingOrFailing() {
        try (PlexPushServer plex = new PlexPushServer(
                Session.refusing(503),
                Session.refusing(500),
                Session.sending(frames("movie-scan").subList(4, 5)))) {

            List<PlexNotification> received = listen(plex, 2);

            assertThat(received)
                    .containsExactly(new Connected(), movie(0, "created", null, "Batman (1989)", CREATED_AT));
            assertThat(plex.upgrades()).hasSize(3);
        }
    }

    @Test
    void givesUpOnAnUpgradePlexRejects() {
        try (PlexPushServer plex = new PlexPushServer(Session.refusing(404))) {

            AdapterFailure failure = catchThrowableOfType(
                    AdapterFailure.class, () -> new PlexNotifications(endpoint(plex.baseUrl()), FAST)
                            .notifications()
                            .blockLast(WAIT));

            assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
            assertThat(failure)
                    .hasMessageEndingWith("refused the push channel (HTTP 404 on GET /:/websockets/notifications)");
            assertThat(plex.upgrades()).hasSize(1);
        }
    }

    @Test
    void keepsAQuietChannelThatAnswersPingsOpen() {
        try (PlexPushServer plex = new PlexPushServer(Session.sending(List.of()))) {

            List<PlexNotification> received = new PlexNotifications(endpoint(plex.baseUrl()), FAST)
                    .notifications()
                    .take(Duration.ofMillis(1500))
                    .collectList()
                    .block(WAIT);

            assertThat(received).containsExactly(new Connected());
            assertThat(plex.upgrades()).hasSize(1);
        }
    }

    @Test
    void opensAgainAChannelThatFallsSilent() {
        try (PlexPushServer plex = new PlexPushServer(
                Session.sendingThenSilent(frames("movie-scan").subList(4, 5)),
                Session.sending(frames("movie-scan").subList(7, 8)))) {

            List<PlexNotification> received = listen(plex, 4);

            assertThat(received).filteredOn(Connected.class::isInstance).hasSize(2);
            assertThat(received.get(3)).isEqualTo(movie(5, null, null, "Batman", Instant.ofEpochSecond(1683716785)));
        }
    }

    @Test
    void failsUnauthorizedWithoutShowingTheTokenWhenPlexRefusesIt() {
        try (PlexPushServer plex = new PlexPushServer(Session.sending(frames("movie-scan")))) {
            PlexNotifications notifications = new PlexNotifications(
                    new ApiEndpoint(URI.create(plex.baseUrl()), "wrong-" + API_KEY, Duration.ofSeconds(5)), FAST);

            AdapterFailure failure = catchThrowableOfType(
                    AdapterFailure.class, () -> notifications.notifications().blockLast(WAIT));

            assertThat(failure).isNotNull();
            assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
            assertThat(failure)
                    .hasMessage("Plex at " + plex.baseUrl() + " refused the token (HTTP 401 on GET "
                            + PlexNotifications.PATH + ")");
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(API_KEY);
                assertThat(t.toString()).doesNotContain(API_KEY);
            }
            assertThat(plex.upgrades()).as("a refused token is not retried").hasSize(1);
        }
    }

    private static List<PlexNotification> listen(PlexPushServer plex, int count) {
        return new PlexNotifications(endpoint(plex.baseUrl()), FAST)
                .notifications()
                .take(count)
                .collectList()
                .block(WAIT);
    }

    private static PlexTimelineEntry movie(
            int state, String metadataState, String mediaState, String title, Instant updatedAt) {
        return new PlexTimelineEntry(
                PlexTimelineEntry.LIBRARY,
                "1",
                "182",
                PlexItemType.MOVIE,
                state,
                metadataState,
                mediaState,
                title,
                null,
                null,
                null,
                updatedAt);
    }

    private static List<String> frames(String script) {
        return body("plex/push/" + script + ".ndjson").lines().toList();
    }
}

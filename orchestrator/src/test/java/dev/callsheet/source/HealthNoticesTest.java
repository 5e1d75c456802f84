package dev.callsheet.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.events.source.HealthIssueRaised;
import dev.callsheet.request.NoticeAudience;
import dev.callsheet.request.NoticeEvent;
import dev.callsheet.request.NoticeRoute;
import dev.callsheet.request.NoticeRoutes;
import dev.callsheet.request.SeriesPolicy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HealthNoticesTest {

    private static final HealthIssueRaised INDEXERS =
            new HealthIssueRaised("warning", "IndexerStatusCheck", "Indexers unavailable due to failures", null);
    private static final HealthIssueRaised CLIENT = new HealthIssueRaised(
            "error", "DownloadClientCheck", "Unable to communicate with qBittorrent. Connection refused", null);
    private static final HealthIssueRaised UPDATE =
            new HealthIssueRaised("warning", "UpdateCheck", "New update is available", null);

    private static final NoticeRoutes ADMINS = new NoticeRoutes(List.of(
            route(Set.of(NoticeEvent.AVAILABLE), NoticeAudience.REQUESTER, "family-discord"),
            route(
                    Set.of(NoticeEvent.SOURCE_UNHEALTHY, NoticeEvent.STUCK),
                    NoticeAudience.ADMINS,
                    "admin-ntfy",
                    "ops")));

    static Stream<Arguments> transitions() {
        return Stream.of(
                Arguments.of("ok → warning tells", List.of(), List.of(INDEXERS), ADMINS, 2),
                Arguments.of("ok → error tells", List.of(), List.of(CLIENT), ADMINS, 2),
                Arguments.of("warning → error tells", List.of(INDEXERS), List.of(INDEXERS, CLIENT), ADMINS, 2),
                Arguments.of("warning → warning is silent", List.of(INDEXERS), List.of(INDEXERS, UPDATE), ADMINS, 0),
                Arguments.of("error → error is silent", List.of(CLIENT), List.of(CLIENT, INDEXERS), ADMINS, 0),
                Arguments.of("error → warning is silent", List.of(CLIENT, INDEXERS), List.of(INDEXERS), ADMINS, 0),
                Arguments.of("error → ok is silent", List.of(CLIENT), List.of(), ADMINS, 0),
                Arguments.of("ok → ok is silent", List.of(), List.of(), ADMINS, 0),
                Arguments.of("no route: nothing", List.of(), List.of(CLIENT), NoticeRoutes.NONE, 0),
                Arguments.of(
                        "an admins' route without the event: nothing",
                        List.of(),
                        List.of(CLIENT),
                        new NoticeRoutes(List.of(route(
                                Set.of(NoticeEvent.AVAILABLE, NoticeEvent.STUCK),
                                NoticeAudience.ADMINS,
                                "admin-ntfy"))),
                        0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transitions")
    void tellsOnlyWhenHealthGetsWorse(
            String name,
            List<HealthIssueRaised> before,
            List<HealthIssueRaised> after,
            NoticeRoutes routes,
            int notices) {
        assertThat(HealthNotices.after(status(before), status(after), "delivery-1", routes))
                .hasSize(notices);
    }

    @Test
    void tellsEachAdminsChannelWhatFailsErrorsFirst() {
        var notices = HealthNotices.after(status(List.of()), status(List.of(INDEXERS, CLIENT)), "delivery-1", ADMINS);

        assertThat(notices).extracting(SendNotification::channel).containsExactly("admin-ntfy", "ops");
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.event()).isEqualTo("source-unhealthy");
            assertThat(notice.mediaKey()).isNull();
            assertThat(notice.requestId()).isNull();
            assertThat(notice.recipient()).isNull();
            assertThat(notice.subject().title()).isEqualTo("Sonarr sonarr4k");
            assertThat(notice.subject().reason())
                    .isEqualTo("error: Unable to communicate with qBittorrent. Connection refused\n"
                            + "warning: Indexers unavailable due to failures");
        });
        assertThat(notices.get(0).id()).isNotEqualTo(notices.get(1).id()).startsWith("notice-");
    }

    @Test
    void asksForTheSameNoticeWhenTheSameDeliveryIsReplayedAndANewOneForAnother() {
        var before = status(List.of());
        var after = status(List.of(CLIENT));

        var first = HealthNotices.after(before, after, "delivery-1", ADMINS);
        var replayed = HealthNotices.after(before, after, "delivery-1", ADMINS);
        var later = HealthNotices.after(before, after, "delivery-2", ADMINS);

        assertThat(replayed).isEqualTo(first);
        assertThat(later)
                .extracting(SendNotification::id)
                .doesNotContainAnyElementsOf(
                        first.stream().map(SendNotification::id).toList());
    }

    private static SourceStatus status(List<HealthIssueRaised> failing) {
        var status = SourceStatus.first(SourceKind.SONARR, "sonarr4k");
        return new SourceStatus(
                status.source(),
                status.instance(),
                null,
                null,
                0,
                null,
                failing.stream().collect(Collectors.toMap(HealthIssueRaised::check, check -> check)),
                null,
                null);
    }

    private static NoticeRoute route(Set<NoticeEvent> events, NoticeAudience audience, String... channels) {
        return new NoticeRoute(events, audience, List.of(channels), SeriesPolicy.SEASON_COMPLETE, null);
    }
}

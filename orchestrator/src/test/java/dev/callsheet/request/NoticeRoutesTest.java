package dev.callsheet.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which routes carry an event to an audience, and the routes when none are configured. */
class NoticeRoutesTest {

    private static final NoticeRoute FAMILY = new NoticeRoute(
            Set.of(NoticeEvent.AVAILABLE), NoticeAudience.REQUESTER, List.of("family-discord"), null, null);
    private static final NoticeRoute BATCHES = new NoticeRoute(
            Set.of(NoticeEvent.AVAILABLE, NoticeEvent.DOWNLOAD_STARTED),
            NoticeAudience.REQUESTER,
            List.of("mail"),
            SeriesPolicy.EVERY_BATCH,
            Duration.ofMinutes(30));
    private static final NoticeRoute ADMINS = new NoticeRoute(
            Set.of(NoticeEvent.NEEDS_APPROVAL, NoticeEvent.STUCK, NoticeEvent.FAILED, NoticeEvent.DEAD_LETTER),
            NoticeAudience.ADMINS,
            List.of("admin-ntfy"),
            null,
            null);
    private static final NoticeRoute WATCHERS = new NoticeRoute(
            Set.of(NoticeEvent.AVAILABLE), NoticeAudience.SUBSCRIBERS, List.of("family-discord"), null, null);

    private static final NoticeRoutes ROUTES = new NoticeRoutes(List.of(FAMILY, BATCHES, ADMINS, WATCHERS));

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(nullValues = "-", textBlock = """
            # event,            audience,    routes (by channel, in order)
            AVAILABLE,          REQUESTER,   family-discord mail
            AVAILABLE,          SUBSCRIBERS, family-discord
            AVAILABLE,          ADMINS,      -
            DOWNLOAD_STARTED,   REQUESTER,   mail
            NEEDS_APPROVAL,     ADMINS,      admin-ntfy
            NEEDS_APPROVAL,     REQUESTER,   -
            DEAD_LETTER,        ADMINS,      admin-ntfy
            DECLINED,           REQUESTER,   -
            SOURCE_UNHEALTHY,   ADMINS,      -
            """)
    void findsTheRoutesThatCarryAnEventToAnAudienceInOrder(
            NoticeEvent event, NoticeAudience audience, String channels) {
        assertThat(ROUTES.carrying(event, audience))
                .flatExtracting(NoticeRoute::channels)
                .containsExactlyElementsOf(channels == null ? List.of() : List.of(channels.split(" ")));
    }

    @Test
    void aRouteTellsSeriesWhenASeasonIsCompleteUnlessItSaysOtherwise() {
        assertThat(FAMILY.series()).isEqualTo(SeriesPolicy.SEASON_COMPLETE);
        assertThat(FAMILY.batchWindow()).isEqualTo(Duration.ofMinutes(10));
        assertThat(BATCHES.series()).isEqualTo(SeriesPolicy.EVERY_BATCH);
        assertThat(BATCHES.batchWindow()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void withoutRoutesEveryChannelTellsTheRequestersOfAvailabilityOnly() {
        var routes = NoticeRoutes.byDefault(List.of("family-discord", "admin-ntfy"));

        assertThat(routes.carrying(NoticeEvent.AVAILABLE, NoticeAudience.REQUESTER))
                .singleElement()
                .isEqualTo(new NoticeRoute(
                        Set.of(NoticeEvent.AVAILABLE),
                        NoticeAudience.REQUESTER,
                        List.of("family-discord", "admin-ntfy"),
                        SeriesPolicy.SEASON_COMPLETE,
                        Duration.ofMinutes(10)));
        for (NoticeEvent event : NoticeEvent.values()) {
            assertThat(routes.carries(event)).as(event.word()).isEqualTo(event == NoticeEvent.AVAILABLE);
        }
        assertThat(NoticeRoutes.byDefault(List.of())).isEqualTo(NoticeRoutes.NONE);
    }

    @Test
    void refusesARouteWithoutEventsChannelsOrABatchWindow() {
        assertThatThrownBy(() -> new NoticeRoute(Set.of(), NoticeAudience.ADMINS, List.of("a"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new NoticeRoute(Set.of(NoticeEvent.STUCK), NoticeAudience.ADMINS, List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticeRoute(
                        Set.of(NoticeEvent.STUCK), NoticeAudience.ADMINS, List.of("a"), null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheWordsSettingsUse() {
        assertThat(NoticeEvent.named(" Needs-Approval ")).contains(NoticeEvent.NEEDS_APPROVAL);
        assertThat(NoticeEvent.named("download-started")).contains(NoticeEvent.DOWNLOAD_STARTED);
        assertThat(NoticeEvent.named("needs_approval")).isEmpty();
        assertThat(NoticeAudience.named("admins")).contains(NoticeAudience.ADMINS);
        assertThat(SeriesPolicy.named("caught-up")).contains(SeriesPolicy.CAUGHT_UP);
        assertThat(SeriesPolicy.named(null)).isEmpty();
    }
}

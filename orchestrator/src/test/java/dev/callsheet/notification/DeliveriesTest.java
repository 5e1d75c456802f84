package dev.callsheet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.callsheet.adapters.notify.NoticeChannel;
import dev.callsheet.adapters.notify.Pace;
import dev.callsheet.events.command.SendNotification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workers: one queue per channel, retries as each failure asks, and a log that is never sent twice from. */
class DeliveriesTest {

    private static final DeliveryEntry.CommandOrigin ORIGIN =
            new DeliveryEntry.CommandOrigin("callsheet.commands", 1, 42L);

    private final MemoryStore store = new MemoryStore();
    private final DeliveryLog deliveryLog = new DeliveryLog(store);
    private final RecordedReports reports = new RecordedReports();
    private Deliveries deliveries;

    @AfterEach
    void stop() {
        if (deliveries != null) {
            deliveries.stop();
        }
    }

    private Deliveries start(Map<String, NoticeChannel> channels, int maxAttempts, Duration maxWait) {
        var delivery = new DeliveryProperties(
                maxAttempts, List.of(Duration.ofMillis(50)), maxWait, Duration.ofSeconds(5), Duration.ofDays(30));
        var templates = new NoticeTemplates(
                new NoticeTemplateProperties(null, null, null, null, null, null, null, null, null, null),
                request -> Optional.empty());
        deliveries = new Deliveries(
                new NoticeChannels(channels), templates, delivery, deliveryLog, reports, Clock.systemUTC());
        deliveries.start();
        return deliveries;
    }

    private Deliveries start(Map<String, NoticeChannel> channels) {
        return start(channels, 6, Duration.ofHours(24));
    }

    private static SendNotification notice(String id, String channel) {
        return Notices.movie(id, "available", channel);
    }

    private DeliveryEntry ended(String id) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> deliveryLog.get(id).map(DeliveryEntry::ended).orElse(false));
        return deliveryLog.get(id).orElseThrow();
    }

    @Test
    void sendsOnceAfterTheWaitTheChannelAskedFor() {
        var channel = new FakeChannel(FakeChannel.tooMany(Duration.ofSeconds(1)));
        start(Map.of("family", channel)).take(notice("n-1", "family"), ORIGIN);

        var entry = ended("n-1");

        assertThat(entry.status()).isEqualTo(DeliveryEntry.Status.DELIVERED);
        assertThat(channel.accepted()).hasSize(1);
        assertThat(channel.sends()).hasSize(2);
        assertThat(Duration.between(channel.sends().get(0), channel.sends().get(1)))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(entry.attempts())
                .extracting(DeliveryEntry.Attempt::outcome)
                .containsExactly(DeliveryEntry.Status.RETRYING, DeliveryEntry.Status.DELIVERED);
        assertThat(entry.attempts().getLast().detail()).isEqualTo("receipt-1");
        assertThat(entry.mayBeDoubled()).isFalse();
        assertThat(reports.attempts)
                .extracting(DeliveryEntry::status)
                .containsExactly(DeliveryEntry.Status.RETRYING, DeliveryEntry.Status.DELIVERED);
        assertThat(reports.attempts.getFirst().nextTry())
                .isAfter(reports.attempts.getFirst().attempts().getFirst().at());
        assertThat(reports.givenUp).isEmpty();
    }

    @Test
    void givesUpAPermanentRefusalAtOnceWithItsReason() {
        var channel = new FakeChannel(FakeChannel.unknownWebhook());
        start(Map.of("family", channel)).take(notice("n-1", "family"), ORIGIN);

        var entry = ended("n-1");

        assertThat(entry.status()).isEqualTo(DeliveryEntry.Status.GIVEN_UP);
        assertThat(entry.attempts()).hasSize(1);
        assertThat(entry.attempts().getFirst().detail()).contains("404 Unknown Webhook");
        assertThat(reports.givenUp).singleElement().satisfies(given -> {
            assertThat(given.reason()).contains("404 Unknown Webhook");
            assertThat(given.entry().origin()).isEqualTo(ORIGIN);
        });
        await().during(Duration.ofMillis(300))
                .untilAsserted(() -> assertThat(channel.sends()).hasSize(1));
    }

    @Test
    void givesUpAndDeadLettersAfterTheLastAttempt() {
        var channel = new FakeChannel(FakeChannel.serverError(), FakeChannel.serverError(), FakeChannel.serverError());
        start(Map.of("family", channel), 3, Duration.ofHours(24)).take(notice("n-1", "family"), ORIGIN);

        var entry = ended("n-1");

        assertThat(entry.status()).isEqualTo(DeliveryEntry.Status.GIVEN_UP);
        assertThat(entry.attempts())
                .extracting(DeliveryEntry.Attempt::outcome)
                .containsExactly(
                        DeliveryEntry.Status.RETRYING, DeliveryEntry.Status.RETRYING, DeliveryEntry.Status.GIVEN_UP);
        assertThat(reports.givenUp).singleElement().satisfies(given -> assertThat(given.reason())
                .contains("503 Service Unavailable", "no attempts left (3 made)"));
        assertThat(channel.accepted()).isEmpty();
        await().during(Duration.ofMillis(300))
                .untilAsserted(() -> assertThat(channel.sends()).hasSize(3));
    }

    @Test
    void givesUpWhenTheChannelAsksToWaitLongerThanAllowed() {
        var channel = new FakeChannel(FakeChannel.tooMany(Duration.ofHours(30)));
        start(Map.of("family", channel)).take(notice("n-1", "family"), ORIGIN);

        var entry = ended("n-1");

        assertThat(entry.status()).isEqualTo(DeliveryEntry.Status.GIVEN_UP);
        assertThat(entry.attempts().getFirst().detail()).contains("asked to wait PT30H", "max-wait");
        assertThat(channel.sends()).hasSize(1);
    }

    @Test
    void saysARetryAfterNoAnswerMayBeDoubled() {
        var channel = new FakeChannel(FakeChannel.noAnswer());
        start(Map.of("family", channel)).take(notice("n-1", "family"), ORIGIN);

        var entry = ended("n-1");

        assertThat(entry.status()).isEqualTo(DeliveryEntry.Status.DELIVERED);
        assertThat(entry.mayBeDoubled()).isTrue();
        assertThat(entry.attempts().getFirst().detail()).contains("may be doubled");
        assertThat(channel.accepted()).hasSize(1);
        assertThat(KafkaDeliveryReports.fact(entry).mayBeDoubled()).isTrue();
    }

    @Test
    void aDedupingChannelIsNotSaidToDouble() {
        var channel = new FakeChannel(true, Pace.UNLIMITED, FakeChannel.noAnswer());
        start(Map.of("matrix", channel)).take(notice("n-1", "matrix"), ORIGIN);

        var entry = ended("n-1");

        assertThat(entry.status()).isEqualTo(DeliveryEntry.Status.DELIVERED);
        assertThat(entry.mayBeDoubled()).isFalse();
        assertThat(entry.attempts().getFirst().detail()).doesNotContain("doubled");
    }

    @Test
    void aChannelThatAsksToWaitDelaysOnlyItself() {
        var slow = new FakeChannel(FakeChannel.tooMany(Duration.ofSeconds(2)));
        var fast = new FakeChannel();
        var started = start(Map.of("slow", slow, "fast", fast));
        started.take(notice("to-slow-1", "slow"), ORIGIN);
        await().atMost(Duration.ofSeconds(5)).until(() -> slow.sends().size() == 1);
        started.take(notice("to-slow-2", "slow"), ORIGIN);
        Instant asked = Instant.now();
        started.take(notice("to-fast", "fast"), ORIGIN);

        assertThat(ended("to-fast").status()).isEqualTo(DeliveryEntry.Status.DELIVERED);
        assertThat(Duration.between(asked, fast.sends().getFirst())).isLessThan(Duration.ofMillis(500));
        assertThat(deliveryLog.get("to-slow-1").orElseThrow().ended()).isFalse();

        assertThat(ended("to-slow-1").status()).isEqualTo(DeliveryEntry.Status.DELIVERED);
        assertThat(ended("to-slow-2").status()).isEqualTo(DeliveryEntry.Status.DELIVERED);
        // The channel's "slow down" held its other notice too: nothing went to it before the 2 s were up.
        assertThat(Duration.between(slow.sends().getFirst(), slow.sends().get(1)))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1950));
    }

    @Test
    void keepsTheChannelsPace() {
        var channel = new FakeChannel(false, new Pace(2, Duration.ofMillis(600)));
        var started = start(Map.of("paced", channel));
        for (int i = 1; i <= 3; i++) {
            started.take(notice("n-" + i, "paced"), ORIGIN);
        }

        ended("n-3");

        assertThat(Duration.between(channel.sends().get(0), channel.sends().get(2)))
                .isGreaterThanOrEqualTo(Duration.ofMillis(590));
    }

    @Test
    void neverSendsARedeliveredCommandAgain() {
        var channel = new FakeChannel();
        var started = start(Map.of("family", channel));
        started.take(notice("n-1", "family"), ORIGIN);
        ended("n-1");

        started.take(notice("n-1", "family"), ORIGIN);

        await().during(Duration.ofMillis(300))
                .untilAsserted(() -> assertThat(channel.sends()).hasSize(1));
        assertThat(store.writes())
                .extracting(DeliveryEntry::status)
                .containsExactly(DeliveryEntry.Status.QUEUED, DeliveryEntry.Status.DELIVERED);
    }

    @Test
    void givesUpANoticeForAChannelNobodyConfigured() {
        start(Map.of()).take(notice("n-1", "gone"), ORIGIN);

        var entry = deliveryLog.get("n-1").orElseThrow();

        assertThat(entry.status()).isEqualTo(DeliveryEntry.Status.GIVEN_UP);
        assertThat(reports.givenUp).singleElement().satisfies(given -> assertThat(given.reason())
                .isEqualTo("no channel named gone is configured"));
    }

    @Test
    void resumesWhatTheLogHadNotSeenEndAndSkipsWhatEnded() {
        var delivered = DeliveryEntry.queued(notice("done", "family"), Instant.now(), ORIGIN)
                .after(new DeliveryEntry.Attempt(1, Instant.now(), DeliveryEntry.Status.DELIVERED, "r"), false, null);
        var retrying = DeliveryEntry.queued(notice("pending", "family"), Instant.now(), ORIGIN)
                .after(
                        new DeliveryEntry.Attempt(1, Instant.now(), DeliveryEntry.Status.RETRYING, "503"),
                        false,
                        Instant.now().plusMillis(300));
        store.write(delivered);
        store.write(retrying);
        var channel = new FakeChannel();

        var started = start(Map.of("family", channel));
        started.take(notice("done", "family"), ORIGIN);
        var entry = ended("pending");

        assertThat(entry.attempts()).extracting(DeliveryEntry.Attempt::number).containsExactly(1, 2);
        assertThat(channel.accepted()).extracting(notice -> notice.id()).containsExactly("pending");
        assertThat(channel.sends().getFirst())
                .isAfterOrEqualTo(retrying.nextTry().minusMillis(5));
    }

    @Test
    void forgetsTheNoticesThatEndedLongerAgoThanItKeepsThemButNeverOneStillGoing() {
        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofDays(40));
        var delivered = DeliveryEntry.queued(notice("old-delivered", "family"), old, ORIGIN)
                .after(new DeliveryEntry.Attempt(1, old, DeliveryEntry.Status.DELIVERED, "r-1"), false, null);
        var recent = DeliveryEntry.queued(notice("recent-delivered", "family"), now, ORIGIN)
                .after(new DeliveryEntry.Attempt(1, now, DeliveryEntry.Status.DELIVERED, "r-2"), false, null);
        var going = DeliveryEntry.queued(notice("old-retrying", "family"), old, ORIGIN)
                .after(
                        new DeliveryEntry.Attempt(1, old, DeliveryEntry.Status.RETRYING, "503"),
                        false,
                        now.plus(Duration.ofHours(1)));
        store.write(delivered);
        store.write(recent);
        store.write(going);

        start(Map.of("family", new FakeChannel()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deliveryLog.get("old-delivered"))
                .isEmpty());
        assertThat(store.readAll())
                .extracting(DeliveryEntry::id)
                .containsExactlyInAnyOrder("recent-delivered", "old-retrying");
        assertThat(deliveryLog.get("recent-delivered")).isPresent();
        assertThat(deliveryLog.get("old-retrying")).isPresent();
    }
}

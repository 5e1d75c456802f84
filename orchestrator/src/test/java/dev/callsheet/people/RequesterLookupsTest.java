package dev.callsheet.people;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.command.FailedAttempt;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.LookUpRequesterAddresses;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.RequesterAddressed;
import dev.callsheet.source.InstanceProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The lookup against a stub Overseerr answering as Seerr 3.1 does: the request names user 15, whose
 * settings hold a Discord id and a Telegram chat id; the settings are read once an hour per user.
 */
class RequesterLookupsTest {

    @RegisterExtension
    static final WireMockExtension OVERSEERR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String KEY = "overseerr-key";
    private static final String REQUEST_PATH = "/api/v1/request/1045";
    private static final String SETTINGS_PATH = "/api/v1/user/15/settings/notifications";
    private static final MediaKey SEVERANCE = MediaKey.series(371980, false);

    private final MovingClock clock = new MovingClock(Instant.parse("2024-06-01T10:00:00Z"));
    private final ServiceClients clients = new ServiceClients(
            new InstanceProperties(Map.of("overseerr", overseerr(OVERSEERR.getPort()))),
            WebClient.builder(),
            Clock.systemUTC());
    private final RequesterLookups lookups = new RequesterLookups(clients, new RememberedAddresses(clock));

    @Test
    void readsTheRequestThenItsRequestersSettings() {
        overseerrKnowsTheRequestAndTheUser();

        RequesterAddressed fact = fact(lookups.attempt(lookUp("d-1:addresses", 1045)));

        assertThat(fact)
                .isEqualTo(new RequesterAddressed(
                        fact.media(),
                        RequestId.overseerr(1045),
                        "80351110224678912",
                        "123456789",
                        null,
                        "LookUpRequesterAddresses"));
        OVERSEERR.verify(1, getRequestedFor(urlPathEqualTo(REQUEST_PATH)).withHeader("X-Api-Key", equalTo(KEY)));
        OVERSEERR.verify(1, getRequestedFor(urlPathEqualTo(SETTINGS_PATH)).withHeader("X-Api-Key", equalTo(KEY)));
    }

    @Test
    void aSecondLookupWithinTheHourReadsTheRequestButNotTheSettingsAgain() {
        overseerrKnowsTheRequestAndTheUser();
        lookups.attempt(lookUp("d-1:addresses", 1045));
        clock.pass(Duration.ofMinutes(59));

        RequesterAddressed second = fact(lookups.attempt(lookUp("d-2:addresses", 1045)));

        assertThat(second.discordId()).isEqualTo("80351110224678912");
        OVERSEERR.verify(2, getRequestedFor(urlPathEqualTo(REQUEST_PATH)));
        OVERSEERR.verify(1, getRequestedFor(urlPathEqualTo(SETTINGS_PATH)));
    }

    @Test
    void anHourLaterTheSettingsAreReadAgain() {
        overseerrKnowsTheRequestAndTheUser();
        lookups.attempt(lookUp("d-1:addresses", 1045));
        clock.pass(Duration.ofHours(1));

        lookups.attempt(lookUp("d-2:addresses", 1045));

        OVERSEERR.verify(2, getRequestedFor(urlPathEqualTo(SETTINGS_PATH)));
    }

    @Test
    void aUserOverseerrNoLongerHasIsAnsweredWithoutIds() {
        OVERSEERR.stubFor(get(urlPathEqualTo(REQUEST_PATH)).willReturn(okJson(resource("request-1045.json"))));
        OVERSEERR.stubFor(get(urlPathEqualTo(SETTINGS_PATH))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"User not found.\"}")));

        RequesterAddressed fact = fact(lookups.attempt(lookUp("d-1:addresses", 1045)));

        assertThat(fact.discordId()).isNull();
        assertThat(fact.telegramChatId()).isNull();
        assertThat(fact.unread()).isEqualTo("Overseerr has no user 15");
    }

    @Test
    void aRequestOverseerrNoLongerHasIsAnsweredWithoutAskingForAnyUser() {
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/request/99"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"Request not found.\"}")));

        RequesterAddressed fact = fact(lookups.attempt(lookUp("d-1:addresses", 99)));

        assertThat(fact.unread()).isEqualTo("Overseerr has no request 99");
        OVERSEERR.verify(0, getRequestedFor(urlPathEqualTo(SETTINGS_PATH)));
    }

    @Test
    void anOverseerrWithoutAnApiKeyConfiguredIsAnsweredWithoutIdsAndSaysSo() {
        var lookUp = new LookUpRequesterAddresses(
                "d-1:addresses", SEVERANCE, "overseerr-4k", RequestId.overseerr(1045), 1045);

        RequesterAddressed fact = fact(lookups.attempt(lookUp));

        assertThat(fact.unread())
                .isEqualTo("no Overseerr instance 'overseerr-4k' configured: set callsheet.instances.overseerr-4k.url"
                        + " and .api-key");
    }

    @Test
    void anOverseerrThatIsDownIsRetriedAndNothingIsRemembered() {
        OVERSEERR.stubFor(get(urlPathEqualTo(REQUEST_PATH)).willReturn(okJson(resource("request-1045.json"))));
        OVERSEERR.stubFor(get(urlPathEqualTo(SETTINGS_PATH)).willReturn(status(503)));
        var lookUp = lookUp("d-1:addresses", 1045);

        AdapterFailure failure = catchThrowableOfType(AdapterFailure.class, () -> lookups.attempt(lookUp));
        CommandOutcome recorded = lookups.failed(lookUp, new FailedAttempt(1, failure, Duration.ofSeconds(30)))
                .orElseThrow();
        overseerrKnowsTheRequestAndTheUser();
        lookups.attempt(lookUp);

        assertThat(failure.retryable()).isTrue();
        assertThat(((CommandOutcome.MediaFact) recorded).event())
                .isInstanceOfSatisfying(CommandAttemptFailed.class, failed -> {
                    assertThat(failed.command()).isEqualTo("LookUpRequesterAddresses");
                    assertThat(failed.retryIn()).isEqualTo(Duration.ofSeconds(30));
                });
        OVERSEERR.verify(2, getRequestedFor(urlPathEqualTo(SETTINGS_PATH)));
    }

    private static void overseerrKnowsTheRequestAndTheUser() {
        OVERSEERR.stubFor(get(urlPathEqualTo(REQUEST_PATH)).willReturn(okJson(resource("request-1045.json"))));
        OVERSEERR.stubFor(
                get(urlPathEqualTo(SETTINGS_PATH)).willReturn(okJson(resource("user-15-notifications.json"))));
    }

    private static LookUpRequesterAddresses lookUp(String id, long number) {
        return new LookUpRequesterAddresses(id, SEVERANCE, "overseerr", RequestId.overseerr(number), number);
    }

    private static RequesterAddressed fact(CommandOutcome outcome) {
        return (RequesterAddressed) ((CommandOutcome.MediaFact) outcome).event();
    }

    private static String resource(String name) {
        try (InputStream in = RequesterLookupsTest.class.getResourceAsStream("/overseerr/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InstanceProperties.Instance overseerr(int port) {
        return new InstanceProperties.Instance(
                SourceKind.OVERSEERR,
                URI.create("http://localhost:" + port),
                KEY,
                null,
                null,
                false,
                Duration.ofSeconds(5),
                null,
                List.of(),
                InstanceProperties.PlexMode.SCAN,
                null,
                null,
                null);
    }

    /** A clock the test moves on by hand. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

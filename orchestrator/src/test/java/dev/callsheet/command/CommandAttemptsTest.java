package dev.callsheet.command;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.LookUpOverseerrRequest;
import dev.callsheet.events.command.ResolveSeriesEpisodes;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.UnreadableAnswer;
import dev.callsheet.source.InstanceProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;

/** How attempts are timed, refused for missing configuration, and recorded. */
class CommandAttemptsTest {

    private static final ResolveSeriesEpisodes RESOLVE =
            new ResolveSeriesEpisodes("resolve-1", MediaKey.series(371980, true), 371980, "sonarr");

    @Nested
    class Backoff {

        private final CommandProperties.Retry retry =
                new CommandProperties.Retry(4, Duration.ofSeconds(30), 2, Duration.ofMinutes(10));

        @Test
        void doublesTheWaitAfterEachFailedAttempt() {
            assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
            assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
            assertThat(retry.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        }

        @Test
        void neverWaitsLongerThanTheLongestDelay() {
            assertThat(retry.delayAfter(9)).isEqualTo(Duration.ofMinutes(10));
        }
    }

    @Nested
    class Configuration {

        @Test
        void refusesAnUndeclaredSonarrInstancePermanentlyNamingTheSettings() {
            var clients = new ServiceClients(new InstanceProperties(Map.of()), WebClient.builder(), Clock.systemUTC());

            assertThatThrownBy(() -> new EpisodeResolver(clients).attempt(RESOLVE))
                    .isInstanceOfSatisfying(AttemptFailed.class, e -> assertThat(e.isRetryable())
                            .isFalse())
                    .hasMessage("no Sonarr instance 'sonarr' configured: set callsheet.instances.sonarr.url and"
                            + " .api-key");
        }

        @Test
        void refusesASonarrInstanceWithoutAnApiKey() {
            var instance = new InstanceProperties.Instance(
                    SourceKind.SONARR,
                    URI.create("http://sonarr:8989"),
                    null,
                    null,
                    null,
                    false,
                    Duration.ofSeconds(5));
            var clients = new ServiceClients(
                    new InstanceProperties(Map.of("sonarr", instance)), WebClient.builder(), Clock.systemUTC());

            assertThatThrownBy(() -> clients.sonarr("sonarr")).hasMessageStartingWith("no Sonarr instance 'sonarr'");
        }
    }

    @Nested
    class Outcomes {

        private final ServiceClients clients =
                new ServiceClients(new InstanceProperties(Map.of()), WebClient.builder(), Clock.systemUTC());

        @Test
        void recordsEachFailedEpisodeResolutionOnTheSeries() {
            var outcome = new EpisodeResolver(clients)
                    .failed(RESOLVE, new FailedAttempt(2, unreachable("Sonarr unreachable"), Duration.ofSeconds(60)))
                    .orElseThrow();

            var fact = (CommandOutcome.MediaFact) outcome;
            assertThat(fact.mediaKey()).isEqualTo(MediaKey.series(371980, true));
            assertThat(fact.event())
                    .isEqualTo(new CommandAttemptFailed(
                            ((CommandAttemptFailed) fact.event()).media(),
                            "resolve-1",
                            "ResolveSeriesEpisodes",
                            2,
                            "Sonarr unreachable",
                            Duration.ofSeconds(60),
                            null,
                            "ResolveSeriesEpisodes"));
            assertThat(fact.event().media().tvdbId()).isEqualTo(371980L);
            assertThat(fact.event().media().fourK()).isTrue();
        }

        @Test
        void recordsAnOverseerrLookupOnlyWhenItIsGivenUp() {
            var lookup = new KeyLookup.ByRequest(RequestId.overseerr(128), false);
            var command = new LookUpOverseerrRequest("lookup-1", lookup, "overseerr");
            var overseerr = new OverseerrLookup(clients);

            assertThat(overseerr.failed(
                            command,
                            new FailedAttempt(1, unreachable("Overseerr unreachable"), Duration.ofSeconds(30))))
                    .isEmpty();
            assertThat(overseerr.failed(command, new FailedAttempt(4, unreachable("Overseerr unreachable"), null)))
                    .contains(new CommandOutcome.KeyNotFound(
                            "lookup-1", lookup, "gave up after attempt 4: Overseerr unreachable"));
        }
    }

    @Nested
    class UnreadableAnswers {

        @RegisterExtension
        final WireMockExtension sonarr = WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort())
                .build();

        // Made in each test: the stub's port is known only once it has started.
        private ServiceClients clients() {
            return new ServiceClients(
                    new InstanceProperties(Map.of(
                            "sonarr",
                            new InstanceProperties.Instance(
                                    SourceKind.SONARR,
                                    URI.create(sonarr.baseUrl()),
                                    "sonarr-key",
                                    null,
                                    null,
                                    false,
                                    Duration.ofSeconds(5)))),
                    WebClient.builder(),
                    Clock.systemUTC());
        }

        @Test
        void namesTheServiceItsVersionTheCallAndTheField() {
            sonarr.stubFor(
                    get(urlPathEqualTo("/api/v3/series")).willReturn(okJson("[{\"id\": 57, \"tvdbId\": null}]")));
            sonarr.stubFor(
                    get(urlPathEqualTo("/api/v3/system/status")).willReturn(okJson("{\"version\": \"3.0.10.1567\"}")));
            var resolver = new EpisodeResolver(clients());
            var failure = catchThrowableOfType(AdapterFailure.class, () -> resolver.attempt(RESOLVE));

            var fact = (CommandAttemptFailed)
                    ((CommandOutcome.MediaFact) resolver.failed(RESOLVE, new FailedAttempt(1, failure, null))
                                    .orElseThrow())
                            .event();

            assertThat(fact.unreadable())
                    .isEqualTo(new UnreadableAnswer(
                            "Sonarr", "sonarr", "3.0.10.1567", "GET /api/v3/series?tvdbId=371980", "[0].tvdbId"));
            assertThat(fact.reason()).contains("gave an unreadable answer").doesNotContain("sonarr-key");
        }

        @Test
        void asksForTheVersionOnceAndRemembersIt() {
            sonarr.stubFor(get(urlPathEqualTo("/api/v3/series")).willReturn(okJson("{}")));
            sonarr.stubFor(
                    get(urlPathEqualTo("/api/v3/system/status")).willReturn(okJson("{\"version\": \"4.0.14.2939\"}")));
            var resolver = new EpisodeResolver(clients());

            for (int attempt = 1; attempt <= 2; attempt++) {
                var failure = catchThrowableOfType(AdapterFailure.class, () -> resolver.attempt(RESOLVE));
                var fact = (CommandAttemptFailed)
                        ((CommandOutcome.MediaFact) resolver.failed(RESOLVE, new FailedAttempt(attempt, failure, null))
                                        .orElseThrow())
                                .event();
                assertThat(fact.unreadable().version()).isEqualTo("4.0.14.2939");
                assertThat(fact.unreadable().field()).isNull();
            }
            sonarr.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/system/status")));
        }

        @Test
        void leavesTheVersionUnknownWhenSonarrWillNotSay() {
            sonarr.stubFor(get(urlPathEqualTo("/api/v3/series")).willReturn(okJson("[{\"id\": \"x\"}]")));
            sonarr.stubFor(get(urlPathEqualTo("/api/v3/system/status"))
                    .willReturn(aResponse().withStatus(500)));
            var resolver = new EpisodeResolver(clients());
            var failure = catchThrowableOfType(AdapterFailure.class, () -> resolver.attempt(RESOLVE));

            var fact = (CommandAttemptFailed)
                    ((CommandOutcome.MediaFact) resolver.failed(RESOLVE, new FailedAttempt(1, failure, null))
                                    .orElseThrow())
                            .event();

            assertThat(fact.unreadable().version()).isNull();
            assertThat(fact.unreadable().field()).isEqualTo("[0].id");
        }

        @Test
        void asksNoVersionWhenSonarrWasOnlyUnreachable() {
            var fact = (CommandAttemptFailed) ((CommandOutcome.MediaFact) new EpisodeResolver(clients())
                            .failed(RESOLVE, new FailedAttempt(1, unreachable("Sonarr unreachable"), null))
                            .orElseThrow())
                    .event();

            assertThat(fact.unreadable()).isNull();
            sonarr.verify(0, getRequestedFor(urlPathEqualTo("/api/v3/system/status")));
        }
    }

    private static AdapterFailure unreachable(String message) {
        return new AdapterFailure(AdapterFailure.Kind.UNREACHABLE, message, null);
    }
}

package dev.callsheet.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.LookUpOverseerrRequest;
import dev.callsheet.events.command.ResolveSeriesEpisodes;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.source.InstanceProperties;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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
            var clients = new ServiceClients(new InstanceProperties(Map.of()), WebClient.builder());

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
            var clients = new ServiceClients(new InstanceProperties(Map.of("sonarr", instance)), WebClient.builder());

            assertThatThrownBy(() -> clients.sonarr("sonarr")).hasMessageStartingWith("no Sonarr instance 'sonarr'");
        }
    }

    @Nested
    class Outcomes {

        private final ServiceClients clients =
                new ServiceClients(new InstanceProperties(Map.of()), WebClient.builder());

        @Test
        void recordsEachFailedEpisodeResolutionOnTheSeries() {
            var outcome = new EpisodeResolver(clients)
                    .failed(RESOLVE, 2, "Sonarr unreachable", Duration.ofSeconds(60))
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
                            "ResolveSeriesEpisodes"));
            assertThat(fact.event().media().tvdbId()).isEqualTo(371980L);
            assertThat(fact.event().media().fourK()).isTrue();
        }

        @Test
        void recordsAnOverseerrLookupOnlyWhenItIsGivenUp() {
            var lookup = new KeyLookup.ByRequest(RequestId.overseerr(128), false);
            var command = new LookUpOverseerrRequest("lookup-1", lookup, "overseerr");
            var overseerr = new OverseerrLookup(clients);

            assertThat(overseerr.failed(command, 1, "Overseerr unreachable", Duration.ofSeconds(30)))
                    .isEmpty();
            assertThat(overseerr.failed(command, 4, "Overseerr unreachable", null))
                    .contains(new CommandOutcome.KeyNotFound(
                            "lookup-1", lookup, "gave up after attempt 4: Overseerr unreachable"));
        }
    }
}

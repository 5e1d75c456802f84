package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.ResolveSeriesEpisodes;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decide stage sends the decider's commands to {@code commands}, for facts and for ticks. */
class CommandsTopologyTest {

    private static final Duration TICK = Duration.ofMinutes(30);

    @TempDir
    Path stateDir;

    private PipelineDriver pipeline;

    @BeforeEach
    void start() {
        pipeline = new PipelineDriver(
                stateDir,
                new PipelineProperties(
                        null, TICK, Duration.ofHours(6), Duration.ofHours(1), Duration.ofMinutes(15), 100));
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Test
    void asksSonarrForTheEpisodesWhenASeriesRequestIsApproved() {
        pipeline.deliver(SourceKind.OVERSEERR, "payloads/overseerr-media-pending-tv.json");
        assertThat(pipeline.commands.isEmpty()).isTrue();

        pipeline.deliver(SourceKind.OVERSEERR, "payloads/overseerr-media-approved-tv.json");

        var command = pipeline.commands.readKeyValue();
        assertThat(command.key).isEqualTo("series:tvdb:371980");
        assertThat(command.value).isInstanceOfSatisfying(ResolveSeriesEpisodes.class, resolve -> {
            assertThat(resolve.tvdbId()).isEqualTo(371980);
            assertThat(resolve.instance()).isEqualTo("sonarr");
        });
        assertThat(pipeline.commands.isEmpty()).isTrue();
    }

    @Test
    void asksAgainOnTheWallClockTickOnlyForSeriesWithRequestsHandedToSonarr() {
        pipeline.deliver(SourceKind.OVERSEERR, "payloads/overseerr-media-pending-tv.json");
        pipeline.deliver(SourceKind.OVERSEERR, "payloads/overseerr-media-approved-tv.json");
        pipeline.deliver(SourceKind.RADARR, "payloads/radarr-grab.json");
        var first = pipeline.commands.readValue();

        pipeline.advanceWallClock(Duration.ofHours(7));

        assertThat(pipeline.commands.readKeyValuesToList()).singleElement().satisfies(command -> {
            assertThat(command.key).isEqualTo("series:tvdb:371980");
            assertThat(command.value.id()).isNotEqualTo(first.id());
        });
    }
}

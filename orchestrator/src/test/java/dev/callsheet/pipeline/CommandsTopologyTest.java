package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.ResolveSeriesEpisodes;
import dev.callsheet.request.Decider;
import dev.callsheet.request.Decision;
import dev.callsheet.request.MediaItem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decide stage sends the core's commands to {@code commands}, for facts and for ticks. */
class CommandsTopologyTest {

    private static final Duration TICK = Duration.ofMinutes(30);

    @TempDir
    Path stateDir;

    private PipelineDriver pipeline;

    @BeforeEach
    void start() {
        var settings = new PipelineProperties(null, TICK, Duration.ofMinutes(15), 100);
        pipeline = new PipelineDriver(stateDir, settings, new ResolvingCore());
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Test
    void sendsTheCommandsOfAFactsDecisionKeyedByMediaKey() {
        pipeline.deliver(SourceKind.SONARR, "payloads/sonarr-grab-season-pack.json");

        var command = pipeline.commands.readKeyValue();
        assertThat(command.key).isEqualTo("series:tvdb:371980");
        assertThat(command.value).isInstanceOf(ResolveSeriesEpisodes.class);
        assertThat(command.value.id()).startsWith("fact-");
    }

    @Test
    void offersEveryStoredItemToTheTickOncePerIntervalAndSendsItsCommands() {
        pipeline.deliver(SourceKind.SONARR, "payloads/sonarr-grab-season-pack.json");
        pipeline.deliver(SourceKind.RADARR, "payloads/radarr-grab.json");
        pipeline.commands.readValuesToList();

        pipeline.advanceWallClock(TICK);

        assertThat(pipeline.commands.readKeyValuesToList()).singleElement().satisfies(command -> {
            assertThat(command.key).isEqualTo("series:tvdb:371980");
            assertThat(command.value.id()).startsWith("tick-");
        });
    }

    /** The real decider, plus a command to resolve the episodes of every series it decides on. */
    private static final class ResolvingCore implements Core {

        @Override
        public Decision decide(MediaItem current, Envelope envelope, Instant now) {
            return resolving(
                    Decider.decide(current, envelope, now),
                    "fact-" + envelope.delivery().id());
        }

        @Override
        public Decision tick(MediaItem current, Instant now) {
            return resolving(Decider.tick(current, now), "tick-" + now.toEpochMilli());
        }

        private static Decision resolving(Decision decision, String commandId) {
            var key = decision.state().key();
            if (key.type() != MediaType.SERIES) {
                return decision;
            }
            var command = new ResolveSeriesEpisodes(commandId, key, key.id(), "sonarr");
            return new Decision(decision.state(), decision.timeline(), decision.changedRequests(), List.of(command));
        }
    }
}

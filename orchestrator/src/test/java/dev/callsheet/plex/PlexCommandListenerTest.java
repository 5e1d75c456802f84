package dev.callsheet.plex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.EventJson;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.PlexTarget;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.command.ResolveSeriesEpisodes;
import dev.callsheet.events.media.CommandAttemptFailed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class PlexCommandListenerTest {

    private final List<CommandOutcome.MediaFact> facts = new ArrayList<>();
    private final ManualTime time = new ManualTime(Instant.parse("2026-12-03T12:00:00Z"));
    private final PlexCommandListener listener = new PlexCommandListener(
            new PlexConfirmers(List.of(), PlexProperties.defaults(), time, time, (instance, fact) -> facts.add(fact)));

    @Test
    void givesUpACommandForAPlexInstanceThatIsNotDeclared() {
        listener.onMessage(record(new RescanPlexFolder(
                "rescan-1",
                MediaKey.movie(329865, false),
                "plex4k",
                new PlexTarget(MediaType.MOVIE, "/movies/a.mkv", 329865L, null, null, List.of(), false, null),
                true)));

        assertThat(facts).singleElement().satisfies(fact -> {
            assertThat(fact.commandId()).isEqualTo("rescan-1");
            assertThat(fact.event()).isInstanceOfSatisfying(CommandAttemptFailed.class, failed -> {
                assertThat(failed.command()).isEqualTo("RescanPlexFolder");
                assertThat(failed.retryIn()).as("given up").isNull();
                assertThat(failed.reason())
                        .isEqualTo("no Plex instance 'plex4k' configured: set callsheet.instances.plex4k.kind to plex,"
                                + " and its .url and .token");
            });
        });
    }

    @Test
    void leavesOtherCommandsAndUnreadableRecordsToTheCommandListener() {
        listener.onMessage(
                record(new ResolveSeriesEpisodes("resolve-1", MediaKey.series(371980, false), 371980, "sonarr")));
        listener.onMessage(
                new ConsumerRecord<>("callsheet.commands", 0, 1, "key", "not json".getBytes(StandardCharsets.UTF_8)));

        assertThat(facts).isEmpty();
    }

    private static ConsumerRecord<String, byte[]> record(Command command) {
        return new ConsumerRecord<>(
                "callsheet.commands", 0, 0, command.key(), EventJson.mapper().writeValueAsBytes(command));
    }
}

package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.request.PlexServers;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.InstanceProperties.Instance;
import dev.callsheet.source.InstanceProperties.PlexMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Plex instances configured reach the decider: an import asks each of them, in its mode. */
class PlexCommandsTopologyTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path stateDir;

    private PipelineDriver pipeline;

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void takesThePlexInstancesThatCanBeCalledAsTheServersThatConfirm() {
        var instances = new InstanceProperties(Map.of(
                "plex", plex(URI.create("http://plex:32400"), "secret", PlexMode.SCAN),
                "basement", plex(URI.create("http://basement:32400"), "secret", PlexMode.OBSERVE),
                "webhook-only", plex(null, null, PlexMode.SCAN),
                "radarr",
                        new Instance(
                                SourceKind.RADARR, URI.create("http://radarr:7878"), "k", null, null, false, TIMEOUT)));

        assertThat(PipelineConfiguration.plexServers(instances))
                .isEqualTo(
                        new PlexServers(Map.of("plex", PlexServers.Mode.SCAN, "basement", PlexServers.Mode.OBSERVE)));
    }

    @Test
    void asksEachPlexServerToShowTheFileRadarrImported() {
        var instances = new InstanceProperties(Map.of(
                "plex", plex(URI.create("http://plex:32400"), "secret", PlexMode.SCAN),
                "basement", plex(URI.create("http://basement:32400"), "secret", PlexMode.OBSERVE)));
        pipeline = new PipelineDriver(stateDir, PipelineProperties.defaults(), instances);

        pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-download.json");

        assertThat(pipeline.commands.readValuesToList())
                .map(RescanPlexFolder.class::cast)
                .extracting(RescanPlexFolder::instance, RescanPlexFolder::scan)
                .containsExactly(tuple("basement", false), tuple("plex", true));
    }

    @Test
    void asksNothingOfPlexWithoutAPlexServer() {
        pipeline = new PipelineDriver(stateDir, PipelineProperties.defaults());

        pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-download.json");

        assertThat(pipeline.commands.isEmpty()).isTrue();
    }

    private static Instance plex(URI url, String token, PlexMode mode) {
        return new Instance(SourceKind.PLEX, url, null, null, null, false, TIMEOUT, token, List.of(), mode);
    }
}

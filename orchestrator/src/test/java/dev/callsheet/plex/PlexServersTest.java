package dev.callsheet.plex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.InstanceProperties.PathMapping;
import dev.callsheet.source.InstanceProperties.PlexMode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

class PlexServersTest {

    private static final String TOKEN = "s3cret-plex-token";

    @Test
    void buildsAServerPerPlexInstanceOnly() {
        var servers = PlexServers.from(
                new InstanceProperties(Map.of(
                        "plex",
                        plex("http://plex:32400", TOKEN, List.of()),
                        "sonarr",
                        new InstanceProperties.Instance(
                                SourceKind.SONARR,
                                URI.create("http://sonarr:8989"),
                                "key",
                                null,
                                null,
                                false,
                                Duration.ofSeconds(10)))),
                WebClient.builder());

        assertThat(servers).singleElement().satisfies(server -> {
            assertThat(server.name()).isEqualTo("plex");
            assertThat(server.displayUrl()).isEqualTo("http://plex:32400");
            assertThat(server.mode()).isEqualTo(PlexMode.SCAN);
            assertThat(server.client().toString()).doesNotContain(TOKEN);
        });
    }

    @Test
    void refusesToStartWithoutATokenNamingTheSetting() {
        assertThatThrownBy(() -> start(plex("http://plex:32400", " ", List.of())))
                .hasMessage(
                        "Plex instance 'plex' has no token: set callsheet.instances.plex.token (the server's X-Plex-Token)");
    }

    @Test
    void refusesToStartWithoutAUrlNamingTheSetting() {
        assertThatThrownBy(() -> start(plex(null, TOKEN, List.of())))
                .hasMessage("Plex instance 'plex' has no URL: set callsheet.instances.plex.url");
    }

    @Test
    void refusesToStartWithAMalformedMappingNeverShowingTheToken() {
        assertThatThrownBy(() -> start(plex("http://plex:32400", TOKEN, List.of(new PathMapping("data", "/data")))))
                .hasMessageStartingWith(
                        "Plex instance 'plex': callsheet.instances.plex.path-mappings[0].from must be an absolute path")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void refusesToStartWithAUrlThatIsNotHttpNeverShowingTheToken() {
        assertThatThrownBy(() -> start(plex("ftp://plex", TOKEN, List.of())))
                .hasMessageStartingWith("Plex instance 'plex' is misconfigured (callsheet.instances.plex.url")
                .hasMessageNotContaining(TOKEN);
    }

    private static void start(InstanceProperties.Instance instance) {
        PlexServers.from(new InstanceProperties(Map.of("plex", instance)), WebClient.builder());
    }

    private static InstanceProperties.Instance plex(String url, String token, List<PathMapping> mappings) {
        return new InstanceProperties.Instance(
                SourceKind.PLEX,
                url == null ? null : URI.create(url),
                null,
                null,
                null,
                false,
                Duration.ofSeconds(10),
                token,
                mappings,
                PlexMode.SCAN);
    }
}

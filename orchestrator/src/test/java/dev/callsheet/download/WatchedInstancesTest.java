package dev.callsheet.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.InstanceProperties.Instance;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.reactive.function.client.WebClient;

@ExtendWith(OutputCaptureExtension.class)
class WatchedInstancesTest {

    private static final String SECRET = "s3cret-Pa55";

    private static Instance instance(SourceKind kind, String url, String apiKey, String username, String password) {
        return new Instance(
                kind, url == null ? null : URI.create(url), apiKey, username, password, false, Duration.ofSeconds(3));
    }

    @Test
    void watchesEachDownloadClientWithItsSettings() {
        var instances = new InstanceProperties(Map.of(
                "seedbox", instance(SourceKind.QBITTORRENT, "http://seedbox:8080/", null, "admin", SECRET),
                "sabnzbd", instance(SourceKind.SABNZBD, "http://sab:8080/sabnzbd", SECRET, null, null),
                "nzbget", instance(SourceKind.NZBGET, "http://nzbget:6789", null, "nzbget", SECRET),
                "radarr", instance(SourceKind.RADARR, "http://radarr:7878", SECRET, null, null)));

        assertThat(WatchedInstances.of(instances, WebClient.builder()))
                .extracting(
                        WatchedInstance::kind, WatchedInstance::name, WatchedInstance::url, WatchedInstance::timeout)
                .containsExactly(
                        tuple(SourceKind.NZBGET, "nzbget", "http://nzbget:6789", Duration.ofSeconds(3)),
                        tuple(SourceKind.SABNZBD, "sabnzbd", "http://sab:8080/sabnzbd", Duration.ofSeconds(3)),
                        tuple(SourceKind.QBITTORRENT, "seedbox", "http://seedbox:8080", Duration.ofSeconds(3)));
    }

    @Test
    void leavesOutAnInstanceWithoutItsSettingsNamingTheKeysToSet(CapturedOutput output) {
        var instances = new InstanceProperties(Map.of(
                "seedbox", instance(SourceKind.QBITTORRENT, "http://seedbox:8080", null, "admin", " "),
                "sabnzbd", instance(SourceKind.SABNZBD, null, null, null, null),
                "nzbget", instance(SourceKind.NZBGET, "http://nzbget:6789", null, null, SECRET)));

        assertThat(WatchedInstances.of(instances, WebClient.builder())).isEmpty();
        assertThat(output)
                .contains("qBittorrent instance 'seedbox' is not watched: set callsheet.instances.seedbox.password")
                .contains("SABnzbd instance 'sabnzbd' is not watched: set callsheet.instances.sabnzbd.url"
                        + " and callsheet.instances.sabnzbd.api-key")
                .contains("NZBGet instance 'nzbget' is not watched: set callsheet.instances.nzbget.username")
                .doesNotContain(SECRET);
    }

    @Test
    void leavesOutAnInstanceWhoseUrlIsNoWebAddress(CapturedOutput output) {
        var instances = new InstanceProperties(
                Map.of("seedbox", instance(SourceKind.QBITTORRENT, "ftp://seedbox", null, "admin", SECRET)));

        assertThat(WatchedInstances.of(instances, WebClient.builder())).isEmpty();
        assertThat(output).contains("qBittorrent instance 'seedbox' is not watched: not an http(s) URL");
    }
}

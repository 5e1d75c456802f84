package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.request.ApprovalRules;
import dev.callsheet.request.NoticeAudience;
import dev.callsheet.request.NoticeEvent;
import dev.callsheet.request.NoticePeople;
import dev.callsheet.request.NoticeRoute;
import dev.callsheet.request.NoticeRoutes;
import dev.callsheet.request.Notifying;
import dev.callsheet.source.InstanceProperties;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source-status step writes the admins' notices to {@code commands} when a source's health gets worse. */
class SourceHealthTopologyTest {

    @TempDir
    Path stateDir;

    private PipelineDriver pipeline;

    @BeforeEach
    void startDriver() {
        var routes = new NoticeRoutes(List.of(new NoticeRoute(
                Set.of(NoticeEvent.SOURCE_UNHEALTHY), NoticeAudience.ADMINS, List.of("admin-ntfy"), null, null)));
        pipeline = new PipelineDriver(
                stateDir,
                PipelineProperties.defaults(),
                new InstanceProperties(Map.of()),
                ApprovalRules.NONE,
                new Notifying(routes, NoticePeople.NONE));
    }

    @AfterEach
    void closeDriver() {
        pipeline.close();
    }

    @Test
    void tellsTheAdminsWhenHealthGoesBadAgainAfterItWasRestored() {
        pipeline.deliver(SourceKind.SONARR, "payloads/sonarr-health.json");
        List<KeyValue<String, Command>> first = pipeline.commands.readKeyValuesToList();
        assertThat(first).singleElement().satisfies(command -> {
            assertThat(command.key).isEqualTo("source-unhealthy:admin-ntfy");
            assertThat(command.value).isInstanceOfSatisfying(SendNotification.class, notice -> {
                assertThat(notice.subject().title()).isEqualTo("Sonarr sonarr");
                assertThat(notice.subject().reason())
                        .isEqualTo(
                                "error: Unable to communicate with qBittorrent. Connection refused (qbittorrent:8080)");
            });
        });

        pipeline.deliver(SourceKind.SONARR, "payloads/sonarr-health.json");
        assertThat(pipeline.commands.isEmpty()).as("still as bad: nothing new").isTrue();

        pipeline.deliver(SourceKind.SONARR, "payloads/sonarr-health-restored.json");
        assertThat(pipeline.commands.isEmpty()).as("better: nothing to tell").isTrue();

        pipeline.deliver(SourceKind.SONARR, "payloads/sonarr-health.json");
        assertThat(pipeline.commands.readValuesToList())
                .singleElement()
                .extracting(Command::id)
                .isNotEqualTo(first.getFirst().value.id());
    }
}

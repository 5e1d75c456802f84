package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.EventJson;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.request.MediaItem;
import dev.callsheet.source.SourceStatus;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the pipeline writes stays within its bound whatever a sender puts in a body: huge fields are
 * cut where the body is read, and growth past the bound is refused rather than written.
 */
class RecordBoundsTest {

    private static final int A_FEW_KB = 32 * 1024;
    private static final String HUGE = "x".repeat(300_000);

    @TempDir
    Path stateDir;

    private PipelineDriver pipeline;

    @BeforeEach
    void startDriver() {
        pipeline = new PipelineDriver(stateDir, PipelineProperties.defaults());
    }

    @AfterEach
    void closeDriver() {
        pipeline.close();
    }

    @Test
    void aGrabOfHugeTitlesYieldsAFactATimelineAndAViewOfAFewKilobytes() {
        pipeline.deliver(SourceKind.OVERSEERR, "payloads/overseerr-media-auto-approved-movie.json");
        pipeline.events.readValuesToList();
        pipeline.requests.readValuesToList();
        pipeline.timeline.readValuesToList();

        pipeline.deliver(SourceKind.RADARR, "radarr", edited("payloads/radarr-grab.json", grab -> {
            ((ObjectNode) grab.get("movie")).put("title", HUGE);
            ((ObjectNode) grab.get("release")).put("releaseTitle", HUGE);
            grab.put("downloadClient", HUGE);
        }));

        var fact = pipeline.events.readValue();
        assertThat(json(fact).length).isLessThan(A_FEW_KB);
        assertThat(fact.event().media().title()).hasSize(4096);
        assertThat(pipeline.timeline.readValuesToList()).isNotEmpty().allSatisfy(entry -> assertThat(json(entry).length)
                .isLessThan(A_FEW_KB));
        assertThat(pipeline.requests.readValuesToList()).isNotEmpty().allSatisfy(view -> assertThat(json(view).length)
                .isLessThan(A_FEW_KB));
        MediaItem item = pipeline.driver
                .<String, MediaItem>getKeyValueStore(StoreNames.MEDIA_ITEMS)
                .get("movie:tmdb:693134");
        assertThat(json(item).length).isLessThan(A_FEW_KB);
    }

    @Test
    void aHealthWarningWithAHugeMessageLeavesTheSourcesStatusSmall() {
        pipeline.deliver(
                SourceKind.RADARR,
                "radarr",
                edited("payloads/radarr-health.json", health -> health.put("message", HUGE + HUGE + HUGE)));

        SourceStatus status = pipeline.driver
                .<String, SourceStatus>getKeyValueStore(StoreNames.SOURCES)
                .get("radarr/radarr");
        assertThat(status.failingChecks()).hasSize(1);
        assertThat(json(status).length).isLessThan(A_FEW_KB);
    }

    @Test
    void aFactThatWouldOutgrowItsMediaItemIsDeadLetteredAndTheItemKeptAsItWas() {
        pipeline.deliver(SourceKind.SONARR, "payloads/sonarr-grab.json");
        KeyValueStore<String, MediaItem> items = pipeline.driver.getKeyValueStore(StoreNames.MEDIA_ITEMS);
        String severance = MediaKey.series(371980, false).value();
        MediaItem before = items.get(severance);
        pipeline.events.readValuesToList();

        // 45,000 episodes of 40 bytes each in the body: a fact of 4 MB, an item of over 8 MiB.
        pipeline.deliver(SourceKind.SONARR, "sonarr", edited("payloads/sonarr-grab.json", grab -> {
            ArrayNode episodes = grab.putArray("episodes");
            for (int i = 0; i < 45_000; i++) {
                episodes.addObject().put("seasonNumber", 1 + i / 100).put("episodeNumber", 1 + i % 100);
            }
        }));

        var letter = pipeline.deadletter.readValue();
        assertThat(letter.stage()).isEqualTo("decide");
        assertThat(letter.reason())
                .startsWith("the media item would outgrow its bound: MediaItem for")
                .contains("over the " + RecordSizes.PIPELINE_VALUE + " bytes a pipeline record may take");
        assertThat(letter.original()).isNotNull();
        assertThat(items.get(severance)).isEqualTo(before);
        assertThat(pipeline.timeline.isEmpty()).isTrue();
    }

    @Test
    void aBodyWhoseFactWouldPassTheBoundIsDeadLetteredAndTheStreamGoesOn() {
        // 350,000 empty files of 3 bytes each: a fact of 40 bytes a file, 14 MB.
        pipeline.deliver(SourceKind.SONARR, "sonarr", edited("payloads/sonarr-import-complete.json", body -> {
            ArrayNode files = body.putArray("episodeFiles");
            for (int i = 0; i < 350_000; i++) {
                files.addObject();
            }
        }));

        var letter = pipeline.deadletter.readValue();
        assertThat(letter.stage()).as("the sink to events").startsWith("KSTREAM-SINK-");
        assertThat(letter.reason())
                .startsWith("could not serialize the value for callsheet.events: OversizedRecord")
                .contains("over the " + RecordSizes.PIPELINE_VALUE + " bytes a pipeline record may take");
        assertThat(letter.original()).isNotNull();
        assertThat(pipeline.events.isEmpty()).isTrue();

        pipeline.deliver(SourceKind.RADARR, "payloads/radarr-grab.json");
        assertThat(pipeline.events.readValue().event()).isInstanceOf(ReleaseGrabbed.class);
    }

    private byte[] edited(String resource, Consumer<ObjectNode> edit) {
        ObjectNode body = (ObjectNode) EventJson.mapper().readTree(PipelineDriver.read(resource));
        edit.accept(body);
        return EventJson.mapper().writeValueAsBytes(body);
    }

    private static byte[] json(Object value) {
        return EventJson.mapper().writeValueAsBytes(value);
    }
}

package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.InboundRef;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.EpisodesGrabbed;
import dev.callsheet.request.MediaItem;
import dev.callsheet.request.RequestState;
import dev.callsheet.request.RequestView;
import dev.callsheet.request.TimelineEntry;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.SourceStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole topology, fed with the reference payloads the way intake writes them. */
class PipelineTopologyTest {

    @TempDir
    Path stateDir;

    private PipelineDriver pipeline;
    private TopologyTestDriver driver;
    private TestOutputTopic<String, TimelineEntry> timeline;
    private TestOutputTopic<String, RequestView> requests;
    private TestOutputTopic<String, DeadLetter> deadletter;

    @BeforeEach
    void startDriver() {
        var instances = new InstanceProperties(Map.of(
                "radarr4k",
                new InstanceProperties.Instance(
                        SourceKind.RADARR, null, null, null, null, true, java.time.Duration.ofSeconds(5))));
        pipeline = new PipelineDriver(stateDir, PipelineProperties.defaults(), instances);
        driver = pipeline.driver;
        timeline = pipeline.timeline;
        requests = pipeline.requests;
        deadletter = pipeline.deadletter;
    }

    @AfterEach
    void closeDriver() {
        pipeline.close();
    }

    @Test
    void turnsTheReferenceMovieStoryIntoRequestStatesInOrder() {
        pipeline.deliver(SourceKind.OVERSEERR, "overseerr", "payloads/overseerr-media-auto-approved-movie.json");
        pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-movie-added.json");
        pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");
        pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-download.json");
        pipeline.deliver(SourceKind.PLEX, "plex", "payloads/plex-library-new-movie.json");

        var entries = timeline.readValuesToList();
        assertThat(entries)
                .allSatisfy(entry -> assertThat(entry.requestId().value()).isEqualTo("overseerr-127"));
        assertThat(entries.stream().filter(TimelineEntry::changed).map(TimelineEntry::state))
                .containsExactly("requested", "approved", "searching", "downloading", "imported", "available");
        assertThat(entries).extracting(TimelineEntry::sequence).isSorted();

        var views = requests.readKeyValuesToMap();
        assertThat(views.get("overseerr-127").state()).isEqualTo(RequestState.AVAILABLE);
        assertThat(views.get("overseerr-127").download().id()).isEqualTo("9F1C2A7B3D4E5F60718293A4B5C6D7E8F9012345");
        assertThat(driver.<String, RequestView>getKeyValueStore(StoreNames.REQUEST_VIEWS)
                        .get("overseerr-127")
                        .state())
                .isEqualTo(RequestState.AVAILABLE);
        assertThat(driver.<String, MediaItem>getKeyValueStore(StoreNames.MEDIA_ITEMS)
                        .get("movie:tmdb:693134"))
                .isNotNull();
        assertThat(storedTimeline(StoreNames.REQUEST_TIMELINE, "overseerr-127")).hasSameSizeAs(entries);
        assertThat(storedTimeline(StoreNames.MEDIA_TIMELINE, "movie:tmdb:693134"))
                .hasSize(5);
        assertThat(deadletter.isEmpty()).isTrue();
    }

    @Test
    void decidedRecordsNameTheInboundRecordTheyStemFrom() {
        pipeline.deliver(SourceKind.OVERSEERR, "overseerr", "payloads/overseerr-media-auto-approved-movie.json");

        var entry = timeline.readRecord();
        var view = requests.readRecord();

        for (var origin : List.of(InboundOrigin.read(entry.headers()), InboundOrigin.read(view.headers()))) {
            assertThat(origin.partition()).isZero();
            assertThat(origin.offset()).isZero();
            assertThat(origin.deliveryId()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "overseerr:overseerr-media-pending-tv.json",
                "overseerr:overseerr-media-approved-tv.json",
                "overseerr:overseerr-media-available-tv.json",
                "overseerr:jellyseerr-media-available-tv.json",
                "overseerr:overseerr-media-failed-tv.json",
                "overseerr:overseerr-media-declined-movie.json",
                "overseerr:overseerr-media-pending-movie-4k.json",
                "overseerr:overseerr-test-notification.json",
                "overseerr:overseerr-issue-created-tv.json",
                "overseerr:overseerr-issue-comment-tv.json",
                "overseerr:overseerr-issue-resolved-movie.json",
                "overseerr:overseerr-issue-reopened-movie.json",
                "overseerr:overseerr-media-pending-tv-multi-season.json",
                "radarr:radarr-test.json",
                "radarr:radarr-health.json",
                "radarr:radarr-health-restored.json",
                "radarr:radarr-application-update.json",
                "radarr:radarr-rename.json",
                "radarr:radarr-movie-delete.json",
                "radarr:radarr-movie-file-delete.json",
                "radarr:radarr-download-upgrade.json",
                "radarr:radarr-manual-interaction-required.json",
                "sonarr:sonarr-test.json",
                "sonarr:sonarr-grab.json",
                "sonarr:sonarr-download.json",
                "sonarr:sonarr-import-complete.json",
                "sonarr:sonarr-grab-season-pack.json",
                "sonarr:sonarr-download-multi-episode.json",
                "sonarr:sonarr-episode-file-delete.json",
                "sonarr:sonarr-manual-interaction-required.json",
                "sonarr:sonarr-series-add.json",
                "sonarr:sonarr-series-delete.json",
                "sonarr:sonarr-rename.json",
                "sonarr:sonarr-health.json",
                "plex:plex-media-play.json",
                "plex:plex-media-scrobble-legacy-agent.json",
                "plex:plex-admin-database-backup.json",
                "plex:plex-device-new.json"
            })
    void acceptsEveryReferencePayloadWithoutADeadLetter(String sourceAndFile) {
        var source = SourceKind.fromId(sourceAndFile.substring(0, sourceAndFile.indexOf(':')));
        pipeline.deliver(source, source.id(), "payloads/" + sourceAndFile.substring(sourceAndFile.indexOf(':') + 1));

        assertThat(deadletter.isEmpty()).as("dead letters").isTrue();
        SourceStatus status = driver.<String, SourceStatus>getKeyValueStore(StoreNames.SOURCES)
                .get(source.id() + "/" + source.id());
        assertThat(status.deliveries()).isEqualTo(1);
        assertThat(status.lastEventType()).isNotBlank();
        assertThat(status.lastProblem()).isNull();
    }

    @Test
    void deadLettersAnUnparseableBodyWithItsReasonAndKeepsGoing() {
        byte[] body = "{\"movie\": {\"tmdbId\": 693134}}".getBytes(StandardCharsets.UTF_8);
        pipeline.deliver(SourceKind.RADARR, "radarr", body);
        pipeline.deliver(SourceKind.OVERSEERR, "overseerr", "payloads/overseerr-media-declined-movie.json");

        var letter = deadletter.readValue();
        assertThat(letter.source()).isEqualTo(SourceKind.RADARR);
        assertThat(letter.stage()).isEqualTo("normalise");
        assertThat(letter.reason()).contains("eventType");
        assertThat(letter.excerpt()).isEqualTo(new String(body, StandardCharsets.UTF_8));
        assertThat(letter.original()).isEqualTo(new InboundRef(0, 0, letter.deliveryId()));
        assertThat(requests.readKeyValuesToMap().get("overseerr-129").state()).isEqualTo(RequestState.DECLINED);
        assertThat(driver.<String, DeadLetter>getKeyValueStore(StoreNames.DEAD_LETTERS)
                        .approximateNumEntries())
                .isEqualTo(1);
        assertThat(driver.<String, SourceStatus>getKeyValueStore(StoreNames.SOURCES)
                        .get("radarr/radarr")
                        .lastProblem())
                .contains("eventType");
    }

    @Test
    void deadLettersARecordWithoutASourceHeader() {
        pipeline.inbound.pipeInput(
                new TestRecord<>("x:1", "{}".getBytes(StandardCharsets.UTF_8), new RecordHeaders(), PipelineDriver.T0));

        var letter = deadletter.readKeyValue();
        assertThat(letter.key).isEqualTo("unknown");
        assertThat(letter.value.reason()).contains("source");
    }

    @Test
    void addsNothingForAnExactDuplicateDelivery() {
        pipeline.deliver(SourceKind.OVERSEERR, "overseerr", "payloads/overseerr-media-auto-approved-movie.json");
        pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");
        long before = timeline.getQueueSize();

        pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");

        assertThat(timeline.getQueueSize()).isEqualTo(before);
    }

    @Test
    void keepsA4kInstancesMovieAsASeparateItem() {
        pipeline.deliver(SourceKind.RADARR, "radarr4k", "payloads/radarr-grab.json");
        pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-movie-added.json");

        var items = driver.<String, MediaItem>getKeyValueStore(StoreNames.MEDIA_ITEMS);
        assertThat(items.get("movie:tmdb:693134:4k")).isNotNull();
        assertThat(items.get("movie:tmdb:693134")).isNotNull();
        assertThat(items.get("movie:tmdb:693134:4k")).isNotEqualTo(items.get("movie:tmdb:693134"));
    }

    @Test
    void writesNormalisedFactsKeyedByMediaKey() {
        var events = pipeline.events;
        pipeline.deliver(SourceKind.PLEX, "plex", "payloads/plex-library-new-movie.json");

        var fact = events.readKeyValue();
        assertThat(fact.key).isEqualTo("movie:tmdb:693134");
        assertThat(fact.value.delivery().source()).isEqualTo(SourceKind.PLEX);
        assertThat(fact.value.event().sourceEventType()).isEqualTo("library.new");
    }

    @Test
    void writesSonarrFactsKeyedBySeries() {
        var events = pipeline.events;
        pipeline.deliver(SourceKind.SONARR, "sonarr", "payloads/sonarr-grab-season-pack.json");

        var fact = events.readKeyValue();
        assertThat(fact.key).isEqualTo("series:tvdb:371980");
        assertThat(fact.value.event()).isInstanceOf(EpisodesGrabbed.class);
        assertThat(storedTimeline(StoreNames.MEDIA_TIMELINE, "series:tvdb:371980"))
                .singleElement()
                .extracting(TimelineEntry::summary)
                .asString()
                .startsWith("Grabbed Severance.S02.2160p")
                .endsWith("for 10 episodes, S02E01 to S02E10");
    }

    private List<TimelineEntry> storedTimeline(String store, String owner) {
        try (var iterator = driver.<String, TimelineEntry>getKeyValueStore(store)
                .prefixScan(owner + "|", Serdes.String().serializer())) {
            var entries = new java.util.ArrayList<TimelineEntry>();
            iterator.forEachRemaining(entry -> entries.add(entry.value));
            return entries;
        }
    }
}

package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.LookUpOverseerrRequest;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.EpisodesGrabbed;
import dev.callsheet.events.media.RequestSubmitted;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facts that arrive without their series' key wait for it, in order, for a bounded time. */
class KeyLookupTopologyTest {

    private static final String SERIES = "series:tvdb:371980";
    private static final String PLEX_S02E03 = "payloads/plex-library-new-episode.json";

    @TempDir
    Path stateDir;

    private PipelineDriver pipeline;

    @BeforeEach
    void start() {
        var settings = new PipelineProperties(
                null, Duration.ofSeconds(15), Duration.ofHours(6), Duration.ofHours(1), Duration.ofMinutes(15), 2);
        pipeline = new PipelineDriver(stateDir, settings);
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Nested
    class ByEpisode {

        @Test
        void holdsPlexEpisodesUntilASonarrGrabListsThemThenReleasesThemInArrivalOrder() {
            pipeline.deliver(SourceKind.PLEX, PLEX_S02E03);
            pipeline.deliver(SourceKind.PLEX, "plex", plexEpisode(4));
            assertThat(pipeline.events.isEmpty()).isTrue();

            pipeline.deliver(SourceKind.SONARR, "payloads/sonarr-grab-season-pack.json");

            var events = pipeline.events.readKeyValuesToList();
            assertThat(events).allSatisfy(event -> assertThat(event.key).isEqualTo(SERIES));
            assertThat(events.get(0).value.event()).isInstanceOf(EpisodesGrabbed.class);
            assertThat(events.subList(1, 3))
                    .extracting(event -> ((EpisodeAvailable) event.value.event())
                            .episode()
                            .key()
                            .toString())
                    .containsExactly("S02E03", "S02E04");
            assertThat(events.get(1).value.mediaKey().value()).isEqualTo(SERIES);
            assertThat(events.get(1).value.delivery().source()).isEqualTo(SourceKind.PLEX);
            assertThat(pipeline.deadletter.isEmpty()).isTrue();
        }

        @Test
        void releasesAPlexEpisodeAtOnceWhenItsSeriesIsAlreadyIndexed() {
            pipeline.deliver(SourceKind.SONARR, "payloads/sonarr-grab-season-pack.json");
            pipeline.events.readKeyValue();

            pipeline.deliver(SourceKind.PLEX, PLEX_S02E03);

            var released = pipeline.events.readKeyValue();
            assertThat(released.key).isEqualTo(SERIES);
            assertThat(released.value.event()).isInstanceOf(EpisodeAvailable.class);
        }

        @Test
        void deadLettersAHeldFactOnceTheHoldWindowHasPassed() {
            byte[] body = PipelineDriver.read(PLEX_S02E03);
            pipeline.deliver(SourceKind.PLEX, "plex", body);

            pipeline.advanceWallClock(Duration.ofMinutes(10));
            assertThat(pipeline.deadletter.isEmpty()).isTrue();
            pipeline.advanceWallClock(Duration.ofMinutes(6));

            var letter = pipeline.deadletter.readKeyValue();
            assertThat(letter.key).isEqualTo("plex");
            assertThat(letter.value.stage()).isEqualTo("key-lookup");
            assertThat(letter.value.reason())
                    .isEqualTo("library.new waited 15 min for the key of its series by episode:tvdb:10384103,"
                            + " which did not come (callsheet.pipeline.hold-for)");
            assertThat(letter.value.excerpt())
                    .as("the start of the body, not all of it")
                    .hasSize(DeadLetter.EXCERPT_LIMIT);
            assertThat(new String(body, StandardCharsets.UTF_8)).startsWith(letter.value.excerpt());
            assertThat(letter.value.bodyBytes()).isEqualTo(body.length);
            assertThat(letter.value.original().partition()).isZero();

            pipeline.deliver(SourceKind.SONARR, "payloads/sonarr-grab-season-pack.json");
            assertThat(pipeline.events.readValuesToList())
                    .singleElement()
                    .satisfies(envelope -> assertThat(envelope.event()).isInstanceOf(EpisodesGrabbed.class));
        }

        @Test
        void deadLettersAFactBeyondTheHeldCountAtOnce() {
            pipeline.deliver(SourceKind.PLEX, PLEX_S02E03);
            pipeline.deliver(SourceKind.PLEX, "plex", plexEpisodeWithTitle("Again"));
            pipeline.deliver(SourceKind.PLEX, "plex", plexEpisodeWithTitle("And again"));

            assertThat(pipeline.deadletter.readValue().reason())
                    .contains("2 facts already await the key of their series by episode:tvdb:10384103");
        }
    }

    @Nested
    class ByRequest {

        private static final KeyLookup.ByRequest LOOKUP = new KeyLookup.ByRequest(RequestId.overseerr(128), false);

        @Test
        void holdsTheRequestAsksOverseerrOnceAndReleasesItsFactsInOrderOnTheAnswer() {
            pipeline.deliver(SourceKind.OVERSEERR, "overseerr", pendingWithoutTvdbId());
            pipeline.deliver(SourceKind.OVERSEERR, "overseerr", approvedWithoutTvdbId());

            var asked = pipeline.commands.readKeyValuesToList();
            assertThat(asked).singleElement().satisfies(command -> {
                assertThat(command.key).isEqualTo("request:overseerr-128");
                assertThat(command.value).isInstanceOf(LookUpOverseerrRequest.class);
                var lookUp = (LookUpOverseerrRequest) command.value;
                assertThat(lookUp.lookup()).isEqualTo(LOOKUP);
                assertThat(lookUp.instance()).isEqualTo("overseerr");
            });
            assertThat(pipeline.events.isEmpty()).isTrue();

            pipeline.deliverOutcome(
                    new CommandOutcome.KeyFound(asked.getFirst().value.id(), LOOKUP, 371980));

            var released = pipeline.events.readValuesToList();
            assertThat(released)
                    .extracting(Envelope::mediaKey)
                    .extracting(Object::toString)
                    .containsOnly(SERIES);
            assertThat(released)
                    .extracting(envelope -> envelope.event().sourceEventType())
                    .containsExactly("MEDIA_PENDING", "MEDIA_APPROVED");
            assertThat(released.getFirst().event()).isInstanceOf(RequestSubmitted.class);
        }

        @Test
        void deadLettersTheHeldFactsWhenTheLookupCannotFindTheSeries() {
            pipeline.deliver(SourceKind.OVERSEERR, "overseerr", pendingWithoutTvdbId());
            var command = pipeline.commands.readValue();

            pipeline.deliverOutcome(
                    new CommandOutcome.KeyNotFound(command.id(), LOOKUP, "Overseerr knows no TVDB id for request 128"));

            assertThat(pipeline.events.isEmpty()).isTrue();
            assertThat(pipeline.deadletter.readValue().reason())
                    .isEqualTo("MEDIA_PENDING awaited the key of its series by request:overseerr-128, which cannot"
                            + " be found: Overseerr knows no TVDB id for request 128");
        }
    }

    private static byte[] pendingWithoutTvdbId() {
        return withoutTvdbId("payloads/overseerr-media-pending-tv.json");
    }

    private static byte[] approvedWithoutTvdbId() {
        return withoutTvdbId("payloads/overseerr-media-approved-tv.json");
    }

    private static byte[] withoutTvdbId(String resource) {
        String json = new String(PipelineDriver.read(resource), StandardCharsets.UTF_8);
        assertThat(json).contains("\"tvdbId\": \"371980\"").contains("\"request_id\": \"128\"");
        return json.replace("\"tvdbId\": \"371980\"", "\"tvdbId\": \"\"").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] plexEpisode(int episode) {
        return replaced("\"index\": 3", "\"index\": " + episode, "tvdb://10384103", "tvdb://1038410" + episode);
    }

    private static byte[] plexEpisodeWithTitle(String title) {
        return replaced("\"title\": \"Who Is Alive?\"", "\"title\": \"" + title + "\"");
    }

    private static byte[] replaced(String... fromTo) {
        String json = new String(PipelineDriver.read(PLEX_S02E03), StandardCharsets.UTF_8);
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(json).contains(fromTo[i]);
            json = json.replace(fromTo[i], fromTo[i + 1]);
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }
}

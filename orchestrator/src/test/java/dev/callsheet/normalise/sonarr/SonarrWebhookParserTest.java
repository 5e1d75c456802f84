package dev.callsheet.normalise.sonarr;

import static dev.callsheet.normalise.Payloads.FOUR_K_ORIGIN;
import static dev.callsheet.normalise.Payloads.ORIGIN;
import static dev.callsheet.normalise.Payloads.file;
import static dev.callsheet.normalise.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.UnrecognisedEvent;
import dev.callsheet.events.source.ApplicationUpdated;
import dev.callsheet.events.source.HealthIssueRaised;
import dev.callsheet.events.source.HealthRestored;
import dev.callsheet.events.source.SourceTested;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import dev.callsheet.normalise.WebhookOrigin;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Keying, source events and bodies that are not Sonarr webhooks; the series story is in {@link SonarrSeriesStoryTest}. */
class SonarrWebhookParserTest {

    private static final MediaKey SEVERANCE_KEY = MediaKey.series(371980, false);

    private final SonarrWebhookParser parser = new SonarrWebhookParser();

    private ParsedWebhook.Keyed onlyEvent(byte[] body, WebhookOrigin origin) throws UnparseableWebhook {
        ParsedWebhook parsed = parser.parse(body, origin);
        assertThat(parsed.sourceEvent()).isEmpty();
        assertThat(parsed.unkeyedEvents()).isEmpty();
        assertThat(parsed.mediaEvents()).hasSize(1);
        return parsed.mediaEvents().getFirst();
    }

    private ParsedWebhook.Keyed onlyEvent(byte[] body) throws UnparseableWebhook {
        return onlyEvent(body, ORIGIN);
    }

    private ParsedWebhook parse(byte[] body) throws UnparseableWebhook {
        return parser.parse(body, ORIGIN);
    }

    @Test
    void speaksForSonarr() {
        assertThat(parser.source()).isEqualTo(SourceKind.SONARR);
    }

    @Nested
    class Keying {

        @Test
        void keysAFourKInstancesSeriesApart() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("sonarr-grab-season-pack.json"), FOUR_K_ORIGIN);

            assertThat(keyed.key()).isEqualTo(MediaKey.parse("series:tvdb:371980:4k"));
            assertThat(keyed.event().media().fourK()).isTrue();
        }

        @Test
        void keysByTvdbIdWhenTmdbIdIsZero() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"series": {"id": 57, "title": "Severance", "tvdbId": 371980, "tmdbId": 0, "tvMazeId": 0},
                     "eventType": "SeriesAdd"}
                    """));

            assertThat(keyed.key()).isEqualTo(SEVERANCE_KEY);
            assertThat(keyed.event().media().tmdbId()).isNull();
        }

        @Test
        void refusesSeriesEventWithoutTvdbId() {
            assertThatThrownBy(() -> parse(json("""
                            {"series": {"id": 57, "title": "Severance", "tvdbId": 0}, "episodes": [],
                             "eventType": "Grab"}
                            """)))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("Grab without a series.tvdbId: cannot tell which series it is about");
            assertThatThrownBy(() -> parse(json("{\"eventType\": \"Download\"}")))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessageStartingWith("Download without a series.tvdbId");
        }

        @Test
        void recordsUnmatchedStuckDownloadOnTheSourceOnly() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(json("""
                    {"downloadId": "3C7D9E1F2A4B6C8D0E1F3A5B7C9D1E2F4A6B8C0D", "downloadStatus": "Warning",
                     "eventType": "ManualInteractionRequired"}
                    """));

            assertThat(parsed.eventType()).isEqualTo("ManualInteractionRequired");
            assertThat(parsed.mediaEvents()).isEmpty();
            assertThat(parsed.unkeyedEvents()).isEmpty();
        }

        @Test
        void keepsUnknownEventTypeAboutASeriesAsUnrecognised() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"series": {"id": 57, "title": "Severance", "tvdbId": 371980}, "eventType": "SeriesRefreshed"}
                    """));

            assertThat(keyed.event())
                    .isEqualTo(new UnrecognisedEvent(
                            new MediaInfo(MediaType.SERIES, "Severance", null, null, 371980L, null, false),
                            "SeriesRefreshed"));
        }

        @Test
        void recordsUnknownEventTypeWithoutASeriesOnTheSource() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(json("{\"eventType\": \"IndexerRefreshed\"}"));

            assertThat(parsed.eventType()).isEqualTo("IndexerRefreshed");
            assertThat(parsed.mediaEvents()).isEmpty();
            assertThat(parsed.sourceEvent()).isEmpty();
        }
    }

    @Nested
    class SourceEvents {

        @Test
        void answersTestWithSourceTestedAndIgnoresItsFakeSeries() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(file("sonarr-test.json"));

            assertThat(parsed.eventType()).isEqualTo("Test");
            assertThat(parsed.sourceEvent()).contains(new SourceTested());
            assertThat(parsed.mediaEvents()).isEmpty();
        }

        @Test
        void readsFailingHealthCheck() throws UnparseableWebhook {
            assertThat(parse(file("sonarr-health.json")).sourceEvent())
                    .contains(new HealthIssueRaised(
                            "error",
                            "DownloadClientCheck",
                            "Unable to communicate with qBittorrent. Connection refused (qbittorrent:8080)",
                            "https://wiki.servarr.com/sonarr/system#download-clients-are-unavailable-due-to-failures"));
        }

        @Test
        void readsRestoredHealthCheck() throws UnparseableWebhook {
            assertThat(parse(file("sonarr-health-restored.json")).sourceEvent())
                    .contains(new HealthRestored(
                            "DownloadClientCheck",
                            "Unable to communicate with qBittorrent. Connection refused (qbittorrent:8080)"));
        }

        @Test
        void readsApplicationUpdate() throws UnparseableWebhook {
            assertThat(parse(file("sonarr-application-update.json")).sourceEvent())
                    .contains(new ApplicationUpdated(
                            "4.0.15.2941", "4.0.16.2944", "Sonarr updated from 4.0.15.2941 to 4.0.16.2944"));
        }
    }

    @Nested
    class NotASonarrWebhook {

        @Test
        void refusesObjectWithoutEventType() {
            assertThatThrownBy(() -> parse(json("{\"series\": {\"id\": 57}, \"instanceName\": \"Sonarr\"}")))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("no eventType: not a Sonarr webhook");
        }

        @Test
        void refusesEpisodeWithoutItsNumbers() {
            assertThatThrownBy(() -> parse(json("""
                            {"series": {"id": 57, "tvdbId": 371980}, "episodes": [{"id": 2103, "seasonNumber": 2}],
                             "eventType": "Grab"}
                            """)))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("episode 2103 without seasonNumber or episodeNumber");
        }

        @Test
        void refusesMalformedJson() {
            assertThatThrownBy(() -> parse(json("{\"eventType\": \"Grab\"")))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessageStartingWith("malformed JSON");
        }

        @Test
        void refusesJsonArray() {
            assertThatThrownBy(() -> parse(json("[]")))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("expected a JSON object, got ARRAY");
        }
    }
}

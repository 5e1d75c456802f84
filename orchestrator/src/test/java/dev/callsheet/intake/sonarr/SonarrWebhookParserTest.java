package dev.callsheet.intake.sonarr;

import static dev.callsheet.intake.Payloads.ORIGIN;
import static dev.callsheet.intake.Payloads.file;
import static dev.callsheet.intake.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callsheet.events.SourceKind;
import dev.callsheet.events.source.ApplicationUpdated;
import dev.callsheet.events.source.HealthIssueRaised;
import dev.callsheet.events.source.HealthRestored;
import dev.callsheet.events.source.SourceTested;
import dev.callsheet.intake.ParsedWebhook;
import dev.callsheet.intake.UnparseableWebhook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SonarrWebhookParserTest {

    private final SonarrWebhookParser parser = new SonarrWebhookParser();

    private ParsedWebhook parse(byte[] body) throws UnparseableWebhook {
        return parser.parse(body, ORIGIN);
    }

    @Test
    void speaksForSonarr() {
        assertThat(parser.source()).isEqualTo(SourceKind.SONARR);
    }

    @Nested
    class SourceEvents {

        @Test
        void answersTestWithSourceTested() throws UnparseableWebhook {
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

        @Test
        void readsV3HealthWithoutInstanceNameOrWikiUrl() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(json("""
                    {"level": "warning", "message": "No indexers available", "type": "IndexerCheck",
                     "eventType": "Health"}
                    """));

            assertThat(parsed.sourceEvent())
                    .contains(new HealthIssueRaised("warning", "IndexerCheck", "No indexers available", null));
        }
    }

    @Nested
    class SeriesEvents {

        @ParameterizedTest
        @CsvSource({
            "sonarr-grab.json, Grab",
            "sonarr-grab-season-pack.json, Grab",
            "sonarr-download.json, Download",
            "sonarr-import-complete.json, Download",
            "sonarr-series-add.json, SeriesAdd",
            "sonarr-manual-interaction-required.json, ManualInteractionRequired"
        })
        void recordsSeriesEventOnTheSourceUntilSeriesAreParsed(String file, String eventType)
                throws UnparseableWebhook {
            ParsedWebhook parsed = parse(file(file));

            assertThat(parsed.eventType()).isEqualTo(eventType);
            assertThat(parsed.mediaEvents()).isEmpty();
            assertThat(parsed.sourceEvent()).isEmpty();
        }

        @Test
        void recordsUnknownEventTypeOnTheSource() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(json("""
                    {"series": {"id": 57, "tvdbId": 371980}, "eventType": "SeriesRefreshed"}
                    """));

            assertThat(parsed.eventType()).isEqualTo("SeriesRefreshed");
            assertThat(parsed.mediaEvents()).isEmpty();
            assertThat(parsed.sourceEvent()).isEmpty();
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

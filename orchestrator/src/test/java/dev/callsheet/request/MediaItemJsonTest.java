package dev.callsheet.request;

import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.declined;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.imported;
import static dev.callsheet.request.Facts.manualInteraction;
import static dev.callsheet.request.Facts.movieAdded;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.EventJson;
import dev.callsheet.events.media.PlexNotConfirmed.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MediaItemJsonTest {

    private final JsonMapper json = EventJson.mapper();

    @Test
    void survivesTheStoreUnchanged() {
        MediaItem item = given(
                        submitted(41),
                        declined(41),
                        autoApproved(42),
                        submitted(43),
                        movieAdded(),
                        grabbed(),
                        manualInteraction("stuck"),
                        imported())
                .item();

        MediaItem read = json.readValue(json.writeValueAsString(item), MediaItem.class);

        assertThat(read).isEqualTo(item);
        assertThat(read.requests().keySet())
                .containsExactlyElementsOf(item.requests().keySet());
        assertThat(read.view()).isEqualTo(item.view());
    }

    @Test
    void survivesItsPlexWaitsAndPlaces() {
        Scenario scenario = Scenario.givenPlex(PlexFacts.TWO, autoApproved(42), imported());
        scenario.when(PlexFacts.confirmed(
                Facts.AS_RADARR_SAYS,
                PlexFacts.movieCommand(2, "basement"),
                "basement",
                PlexFacts.moviePlace(),
                List.of(),
                null,
                Scenario.at(2),
                Scenario.at(3)));
        MediaItem item = scenario.when(
                        PlexFacts.notConfirmed(PlexFacts.movieCommand(2, "plex"), Problem.UNMATCHED, "local://182"))
                .item();

        MediaItem read = json.readValue(json.writeValueAsString(item), MediaItem.class);

        assertThat(read.plex().waits()).hasSize(1);
        assertThat(read.plex().places()).hasSize(1);
        assertThat(read).isEqualTo(item);
    }

    @Test
    void readsARequestStoredBeforePostersWereKeptAsHavingNone() {
        MediaItem item = given(submitted(41)).item();
        String stored = json.writeValueAsString(item);
        assertThat(stored).contains(",\"posterUrl\":null");

        MediaItem read = json.readValue(stored.replace(",\"posterUrl\":null", ""), MediaItem.class);

        assertThat(read).isEqualTo(item);
        assertThat(read.requests().values())
                .singleElement()
                .extracting(Request::posterUrl)
                .isNull();
    }

    @Test
    void readsAListingStoredBeforeMonitoringWasAskedForAsHavingAskedNothing() {
        MediaItem item = Scenario.givenSeries(
                        SeriesFacts.autoApproved(41, 1), SeriesFacts.seriesAdded(), SeriesFacts.listed())
                .item();
        String stored = json.writeValueAsString(item);
        assertThat(stored).contains(",\"monitoringAsked\":[]");

        MediaItem read = json.readValue(stored.replace(",\"monitoringAsked\":[]", ""), MediaItem.class);

        assertThat(read).isEqualTo(item);
        assertThat(read.series().listing().monitoringAsked()).isEmpty();
    }

    @Test
    void writesStatesByTheirIds() {
        MediaItem item = given(autoApproved(42), grabbed()).item();

        String text = json.writeValueAsString(item);

        assertThat(text)
                .contains("\"progress\":\"downloading\"")
                .contains("\"overseerr-42\":{")
                .contains("\"state\":\"downloading\"")
                .contains("\"key\":\"movie:tmdb:693134\"");
    }

    @Test
    void survivesASeriesWithItsEpisodesAndScopes() {
        MediaItem item = Scenario.givenSeries(
                        SeriesFacts.autoApproved(41, 1),
                        SeriesFacts.autoApproved(42, 2),
                        SeriesFacts.seriesAdded(),
                        SeriesFacts.listed(),
                        SeriesFacts.seasonPackGrabbed(),
                        SeriesFacts.fileImported(SeriesFacts.episode(1, 1), SeriesFacts.episode(1, 2)),
                        SeriesFacts.inPlex(SeriesFacts.episode(1, 1)))
                .item();

        String text = json.writeValueAsString(item);
        MediaItem read = json.readValue(text, MediaItem.class);

        assertThat(read).isEqualTo(item);
        assertThat(read.series().episodes().keySet())
                .containsExactlyElementsOf(item.series().episodes().keySet());
        assertThat(read.requestView(Facts.request(41))).isEqualTo(item.requestView(Facts.request(41)));
        assertThat(text)
                .contains("\"S01E01\":{\"state\":\"available\"")
                .contains("\"S02E10\":{\"state\":\"wanted\"")
                .contains("\"airDate\":\"2024-05-17\"");
    }

    @Test
    void survivesAnItemWithNothingYet() {
        MediaItem item = MediaItem.empty(Facts.DUNE);

        assertThat(json.readValue(json.writeValueAsString(item), MediaItem.class))
                .isEqualTo(item);
    }
}

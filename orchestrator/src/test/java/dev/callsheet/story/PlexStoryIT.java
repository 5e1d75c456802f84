package dev.callsheet.story;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.story.ApiReads.api;
import static dev.callsheet.story.ApiReads.changedStates;
import static dev.callsheet.story.ApiReads.timeline;
import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The movie and the series stories with a Plex server declared: an import makes Callsheet scan the
 * imported folder in a stub Plex (serving plex-confirmation.md §8's bodies), and the request (or the
 * episode) becomes {@code available} only once Plex lists the file matched to the right ids. Plex's own
 * {@code library.new} webhook is not needed, and is only news when it comes.
 */
class PlexStoryIT {

    private static final String REQUEST = MovieStory.REQUEST;
    private static final String SERIES_REQUEST = "overseerr-128";
    private static final List<String> SEASON_STAGES =
            List.of("requested", "approved", "searching", "downloading", "imported", "available");
    private static final Duration PATIENCE = MovieStory.PATIENCE;
    private static final String TOKEN = "plex-server-token";
    private static final String FOLDER = "/data/media/films/Dune Part Two (2024)";
    private static final String FILE =
            "Dune Part Two (2024) {tmdb-693134} [MA WEBDL-2160p][DV HDR10][EAC3 Atmos 5.1][h265]-FLUX.mkv";

    @RegisterExtension
    static final WireMockExtension PLEX = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static final WireMockExtension SONARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    private RunningCallsheet callsheet;

    @BeforeEach
    void start() {
        PLEX.stubFor(plex("/identity").willReturn(okJson(text("plex/identity.json"))));
        PLEX.stubFor(plex("/library/sections").willReturn(okJson(text("plex/sections.json"))));
        PLEX.stubFor(plex("/library/sections/3/refresh").willReturn(aResponse().withStatus(200)));
        PLEX.stubFor(plex("/library/sections/3/all").willReturn(okJson(text("plex/nothing-found.json"))));
        PLEX.stubFor(plex("/library/sections/4/refresh").willReturn(aResponse().withStatus(200)));
        PLEX.stubFor(plex("/library/sections/4/all").willReturn(okJson(text("plex/nothing-found.json"))));
        PLEX.stubFor(plex("/library/metadata/5101").willReturn(okJson(text("plex/show-metadata.json"))));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/series"))
                .withQueryParam("tvdbId", equalTo("371980"))
                .willReturn(okJson(text("story/series/sonarr-v4/series.json"))));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode"))
                .withQueryParam("seriesId", equalTo("57"))
                .willReturn(okJson(text("story/series/sonarr-v4/episodes.json"))));
        callsheet = RunningCallsheet.start(
                dataDir,
                Map.ofEntries(
                        Map.entry("callsheet.instances.plex.kind", "plex"),
                        Map.entry("callsheet.instances.plex.url", "http://localhost:" + PLEX.getPort()),
                        Map.entry("callsheet.instances.plex.token", TOKEN),
                        Map.entry("callsheet.instances.plex.timeout", "2s"),
                        Map.entry("callsheet.instances.plex.path-mappings[0].from", "/data/media/movies"),
                        Map.entry("callsheet.instances.plex.path-mappings[0].to", "/data/media/films"),
                        Map.entry("callsheet.instances.plex.path-mappings[1].from", "/data/media/tv"),
                        Map.entry("callsheet.instances.plex.path-mappings[1].to", "/data/media/series"),
                        Map.entry("callsheet.instances.sonarr.kind", "sonarr"),
                        Map.entry("callsheet.instances.sonarr.url", "http://localhost:" + SONARR.getPort()),
                        Map.entry("callsheet.instances.sonarr.api-key", "sonarr-api-key")));
    }

    @AfterEach
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    @Test
    void makesTheRequestAvailableOnceFoundInPlexWithoutLibraryNew() {
        tellUpToTheImport();

        await().atMost(PATIENCE)
                .untilAsserted(() -> PLEX.verify(getRequestedFor(urlPathEqualTo("/library/sections/3/refresh"))
                        .withQueryParam("path", equalTo(FOLDER))));
        assertThat(api(callsheet, "/api/requests/" + REQUEST).state())
                .as("scanned is not yet watchable")
                .isEqualTo("imported");

        plexListsTheMovie();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(changedStates(callsheet)).containsExactlyElementsOf(MovieStory.STAGES));
        assertThat(timeline(callsheet))
                .extracting(entry -> entry.get("event"))
                .contains("PlexScanRequested", "PlexConfirmed")
                .doesNotContain("LibraryItemAdded", "PlexNotConfirmed");
        assertThat(api(callsheet, "/api/requests/" + REQUEST).body())
                .contains(
                        "\"ratingKey\":\"4021\"",
                        "app.plex.tv/desktop/#!/server/9a1e0c7b52d64f3e8b7a6c5d4e3f2a1b0c9d8e7f")
                .doesNotContain(TOKEN);
        PLEX.verify(1, getRequestedFor(urlPathEqualTo("/library/sections/3/refresh")));
    }

    @Test
    void takesLibraryNewBeforeTheLookupAsNewsOnly() {
        tellUpToTheImport();
        callsheet
                .webhooks()
                .plex(payload("payloads/plex-library-new-movie.json"))
                .expectStatus()
                .isAccepted();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(timeline(callsheet))
                .extracting(entry -> entry.get("event"))
                .contains("LibraryItemAdded"));
        assertThat(api(callsheet, "/api/requests/" + REQUEST).state())
                .as("Plex's webhook alone does not make it available while Plex does not list the file")
                .isEqualTo("imported");

        plexListsTheMovie();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                        api(callsheet, "/api/requests/" + REQUEST).state())
                .isEqualTo("available"));
        assertThat(timeline(callsheet)).extracting(entry -> entry.get("event")).contains("PlexConfirmed");
    }

    @Test
    void takesLibraryNewAfterTheConfirmationAsNoChange() {
        tellUpToTheImport();
        plexListsTheMovie();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                        api(callsheet, "/api/requests/" + REQUEST).state())
                .isEqualTo("available"));
        int entries = timeline(callsheet).size();

        callsheet
                .webhooks()
                .plex(payload("payloads/plex-library-new-movie.json"))
                .expectStatus()
                .isAccepted();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(timeline(callsheet)).hasSizeGreaterThan(entries));
        assertThat(timeline(callsheet).getLast())
                .containsEntry("event", "LibraryItemAdded")
                .containsEntry("changed", false);
        assertThat(changedStates(callsheet)).containsExactlyElementsOf(MovieStory.STAGES);
    }

    @Test
    void makesEverySeasonTwoEpisodeAvailableOnceFoundInPlexWithoutLibraryNew() {
        List<String> files = tellTheSeasonUpToTheImport();

        plexListsTheSeason(files);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(changedStates(callsheet, SERIES_REQUEST))
                .containsExactlyElementsOf(SEASON_STAGES));
        assertThat(availableEpisodes()).isEqualTo(10);
        assertThat(timeline(callsheet, SERIES_REQUEST))
                .extracting(entry -> entry.get("event"))
                .contains("PlexScanRequested", "PlexConfirmed")
                .doesNotContain("EpisodeAvailable", "PlexNotConfirmed");
    }

    @Test
    void takesEpisodeLibraryNewBeforeTheLookupAsNewsOnly() {
        List<String> files = tellTheSeasonUpToTheImport();

        plexAnnouncesTheSeason();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(libraryNews()).hasSize(10));
        assertThat(libraryNews())
                .as("Plex's webhooks alone make nothing available while Plex does not list the files")
                .allSatisfy(entry ->
                        assertThat(entry).containsEntry("changed", false).containsEntry("state", "imported"));
        assertThat(api(callsheet, "/api/requests/" + SERIES_REQUEST).state()).isEqualTo("imported");
        assertThat(availableEpisodes()).isZero();
        assertThat(timeline(callsheet, SERIES_REQUEST))
                .extracting(entry -> entry.get("event"))
                .doesNotContain("PlexConfirmed");

        plexListsTheSeason(files);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(changedStates(callsheet, SERIES_REQUEST))
                .containsExactlyElementsOf(SEASON_STAGES));
        assertThat(availableEpisodes()).isEqualTo(10);
        assertThat(timeline(callsheet, SERIES_REQUEST))
                .filteredOn(entry -> Boolean.TRUE.equals(entry.get("changed")))
                .filteredOn(entry -> "available".equals(entry.get("state")))
                .extracting(entry -> entry.get("event"))
                .as("only Plex's listing makes the season available")
                .containsExactly("PlexConfirmed");
    }

    @Test
    void takesEpisodeLibraryNewAfterTheConfirmationAsNoChange() {
        List<String> files = tellTheSeasonUpToTheImport();
        plexListsTheSeason(files);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(changedStates(callsheet, SERIES_REQUEST))
                .containsExactlyElementsOf(SEASON_STAGES));
        List<Map<String, Object>> confirmed = timeline(callsheet, SERIES_REQUEST);

        plexAnnouncesTheSeason();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(libraryNews()).hasSize(10));
        List<Map<String, Object>> told = timeline(callsheet, SERIES_REQUEST);
        assertThat(told.subList(0, confirmed.size())).isEqualTo(confirmed);
        // The import-complete payload names five files unlike the per-file imports; Plex never lists
        // those, so their waits are still open and library.new may ask Plex to look at them again.
        assertThat(told.subList(confirmed.size(), told.size()))
                .as("news only: no state change, no second confirmation")
                .allSatisfy(entry ->
                        assertThat(entry).containsEntry("changed", false).containsEntry("state", "available"))
                .extracting(entry -> entry.get("event"))
                .contains("EpisodeAvailable")
                .doesNotContain("PlexConfirmed", "PlexNotConfirmed");
        assertThat(changedStates(callsheet, SERIES_REQUEST)).containsExactlyElementsOf(SEASON_STAGES);
        assertThat(api(callsheet, "/api/requests/" + SERIES_REQUEST).state()).isEqualTo("available");
        assertThat(availableEpisodes()).isEqualTo(10);
    }

    /**
     * Overseerr's request for season 2, Sonarr's add, season-pack grab, ten per-file imports and
     * import complete, up to the season folder's scan in Plex; returns the ten files as Sonarr named
     * them.
     */
    private List<String> tellTheSeasonUpToTheImport() {
        var webhooks = callsheet.webhooks();
        webhooks.overseerr(payload("payloads/overseerr-media-pending-tv.json"))
                .expectStatus()
                .isAccepted();
        webhooks.overseerr(payload("payloads/overseerr-media-approved-tv.json"))
                .expectStatus()
                .isAccepted();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                        api(callsheet, "/api/requests/" + SERIES_REQUEST).body())
                .contains("\"known\":true", "\"inScope\":10"));
        webhooks.sonarr(payload("payloads/sonarr-series-add.json"))
                .expectStatus()
                .isAccepted();
        webhooks.sonarr(payload("payloads/sonarr-grab-season-pack.json"))
                .expectStatus()
                .isAccepted();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                        api(callsheet, "/api/requests/" + SERIES_REQUEST).state())
                .isEqualTo("downloading"));
        List<String> files = new ArrayList<>();
        for (int episode = 1; episode <= 10; episode++) {
            byte[] download = payload("story/series/sonarr-download-s02e%02d.json".formatted(episode));
            files.add(seasonTwoFile(new String(download, StandardCharsets.UTF_8)));
            webhooks.sonarr(download).expectStatus().isAccepted();
        }
        // Import complete follows the per-file imports in Sonarr; posted back to back it could be
        // decided first, and then ask Plex for a file as holding every episode of the pack.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(seasonEntries("EpisodesImported"))
                .hasSize(10));
        webhooks.sonarr(payload("payloads/sonarr-import-complete.json"))
                .expectStatus()
                .isAccepted();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(seasonEntries("DownloadImported"))
                .hasSize(1));
        assertThat(api(callsheet, "/api/requests/" + SERIES_REQUEST).state()).isEqualTo("imported");
        await().atMost(PATIENCE)
                .untilAsserted(() -> PLEX.verify(getRequestedFor(urlPathEqualTo("/library/sections/4/refresh"))
                        .withQueryParam("path", equalTo("/data/media/series/Severance/Season 02"))));
        return files;
    }

    /** Plex's {@code library.new} for each season 2 episode, as a new-agent server sends it. */
    private void plexAnnouncesTheSeason() {
        for (int episode = 1; episode <= 10; episode++) {
            callsheet
                    .webhooks()
                    .plex(payload("story/series/plex-library-new-episode-s02e%02d.json".formatted(episode)))
                    .expectStatus()
                    .isAccepted();
        }
    }

    /** The season request's timeline entries for Plex's episode {@code library.new}. */
    private List<Map<String, Object>> libraryNews() {
        return seasonEntries("EpisodeAvailable");
    }

    private List<Map<String, Object>> seasonEntries(String event) {
        return timeline(callsheet, SERIES_REQUEST).stream()
                .filter(entry -> event.equals(entry.get("event")))
                .toList();
    }

    private int availableEpisodes() {
        String episodes =
                api(callsheet, "/api/requests/" + SERIES_REQUEST + "/episodes").body();
        return episodes.split("\"state\":\"available\"", -1).length - 1;
    }

    private static void plexListsTheSeason(List<String> files) {
        for (int episode = 1; episode <= 10; episode++) {
            plexListsTheEpisode(episode, files.get(episode - 1));
        }
    }

    /** The season 2 file a Sonarr download webhook imported, as Sonarr names it. */
    private static String seasonTwoFile(String download) {
        Matcher path = Pattern.compile("\"path\": *\"(/data/media/tv/Severance/Season 02/[^\"]+)\"")
                .matcher(download);
        assertThat(path.find()).as("an episode file in the download webhook").isTrue();
        return path.group(1).substring(path.group(1).lastIndexOf('/') + 1);
    }

    /** Plex has indexed one episode file under Severance, matched to the show's TVDB id. */
    private static void plexListsTheEpisode(int episode, String file) {
        String found = text("plex/episode-by-file.json")
                .replace(
                        "/data/media/series/Severance/Season 02/Severance - S02E01 - Hello, Ms. Cobel.mkv",
                        "/data/media/series/Severance/Season 02/" + file)
                .replace("\"ratingKey\": \"5120\"", "\"ratingKey\": \"" + (5120 + episode) + "\"")
                .replace("\"index\": 1, \"parentIndex\": 2", "\"index\": " + episode + ", \"parentIndex\": 2");
        assertThat(found).contains(file, "\"index\": " + episode + ",");
        PLEX.stubFor(plex("/library/sections/4/all")
                .withQueryParam("file", equalTo(file))
                .willReturn(okJson(found)));
    }

    private void tellUpToTheImport() {
        var webhooks = callsheet.webhooks();
        webhooks.overseerr(payload("story/overseerr-media-pending-movie.json"))
                .expectStatus()
                .isAccepted();
        reached("requested");
        webhooks.overseerr(payload("story/overseerr-media-approved-movie.json"))
                .expectStatus()
                .isAccepted();
        reached("approved");
        webhooks.radarr(payload("payloads/radarr-movie-added.json"))
                .expectStatus()
                .isAccepted();
        reached("searching");
        webhooks.radarr(payload("payloads/radarr-grab.json")).expectStatus().isAccepted();
        reached("downloading");
        webhooks.radarr(payload("payloads/radarr-download.json")).expectStatus().isAccepted();
        reached("imported");
    }

    /** Plex has indexed the file and matched it to Dune: Part Two's ids. */
    private static void plexListsTheMovie() {
        String dune = text("plex/movie-by-file.json")
                .replace("/data/media/films/Arrival (2016)/Arrival (2016) Bluray-1080p.mkv", FOLDER + "/" + FILE)
                .replace("\"title\": \"Arrival\", \"year\": 2016", "\"title\": \"Dune: Part Two\", \"year\": 2024")
                .replace("imdb://tt2543164", "imdb://tt15239678")
                .replace("tmdb://329865", "tmdb://693134");
        assertThat(dune).contains(FILE, "tmdb://693134", "Dune: Part Two");
        PLEX.stubFor(plex("/library/sections/3/all")
                .withQueryParam("file", equalTo(FILE))
                .willReturn(okJson(dune)));
    }

    private void reached(String state) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(changedStates(callsheet, REQUEST))
                .endsWith(state));
    }

    private static MappingBuilder plex(String path) {
        return get(urlPathEqualTo(path)).withHeader("X-Plex-Token", equalTo(TOKEN));
    }

    private static String text(String resource) {
        return new String(payload(resource), StandardCharsets.UTF_8);
    }
}

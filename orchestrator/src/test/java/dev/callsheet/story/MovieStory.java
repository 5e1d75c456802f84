package dev.callsheet.story;

import static dev.callsheet.story.ApiReads.api;
import static dev.callsheet.story.ApiReads.changedStates;
import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The reference movie story: Overseerr request 127 for "Dune: Part Two" (TMDB 693134) by alice,
 * approved, added to Radarr, grabbed by qBittorrent, imported, and added to Plex.
 */
final class MovieStory {

    static final String REQUEST = "overseerr-127";
    static final List<String> STAGES =
            List.of("requested", "approved", "searching", "downloading", "imported", "available");
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private MovieStory() {}

    /**
     * Sends each webhook once the previous one has shown on the request: the services act on each
     * other's results, so their webhooks come in that order. Posted back to back, two sources'
     * webhooks land on different {@code inbound} partitions and may be normalised in either order.
     */
    static void tell(RunningCallsheet callsheet) {
        tell(callsheet, UnaryOperator.identity(), REQUEST);
    }

    /**
     * The same story with every body rewritten by {@code retold}, e.g. to be about another movie.
     *
     * @param request the id of the request the rewritten bodies tell of
     */
    static void tell(RunningCallsheet callsheet, UnaryOperator<byte[]> retold, String request) {
        var webhooks = callsheet.webhooks();
        webhooks.overseerr(retold.apply(payload("story/overseerr-media-pending-movie.json")))
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.id")
                .isNotEmpty();
        reached(callsheet, request, "requested");
        webhooks.overseerr(retold.apply(payload("story/overseerr-media-approved-movie.json")))
                .expectStatus()
                .isAccepted();
        reached(callsheet, request, "approved");
        webhooks.radarr(retold.apply(payload("payloads/radarr-movie-added.json")))
                .expectStatus()
                .isAccepted();
        reached(callsheet, request, "searching");
        webhooks.radarr(retold.apply(payload("payloads/radarr-grab.json")))
                .expectStatus()
                .isAccepted();
        reached(callsheet, request, "downloading");
        webhooks.radarr(retold.apply(payload("payloads/radarr-download.json")))
                .expectStatus()
                .isAccepted();
        reached(callsheet, request, "imported");
        webhooks.plex(retold.apply(payload("payloads/plex-library-new-movie.json")))
                .expectStatus()
                .isAccepted();
    }

    private static void reached(RunningCallsheet callsheet, String request, String state) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(changedStates(callsheet, request))
                .endsWith(state));
    }

    static void assertToldCompletely(RunningCallsheet callsheet) {
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(changedStates(callsheet)).containsExactlyElementsOf(STAGES));
        var view = api(callsheet, "/api/requests/" + REQUEST);
        assertThat(view.state()).isEqualTo("available");
        assertThat(view.body())
                .contains("\"mediaKey\":\"movie:tmdb:693134\"", "alice", "9F1C2A7B3D4E5F60718293A4B5C6D7E8F9012345");
        assertThat(api(callsheet, "/api/media/movie:tmdb:693134").body()).contains("available");
    }
}

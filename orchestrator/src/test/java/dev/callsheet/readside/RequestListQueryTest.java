package dev.callsheet.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.request.Attention;
import dev.callsheet.request.Attention.Kind;
import dev.callsheet.request.RequestState;
import dev.callsheet.request.RequestView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

class RequestListQueryTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final List<RequestView> views = List.of(
            view(1, "movie:tmdb:11", RequestState.AVAILABLE, 0),
            view(2, "series:tvdb:22", RequestState.DOWNLOADING, 10),
            view(3, "movie:tmdb:33", RequestState.DOWNLOADING, 20),
            view(4, "movie:tmdb:44", RequestState.REQUESTED, 30),
            view(5, "movie:tmdb:55", RequestState.DECLINED, 30),
            view(6, "movie:tmdb:66", RequestState.REQUESTED, 5, Kind.NOT_DECIDED),
            view(7, "movie:tmdb:77", RequestState.SEARCHING, 6, Kind.NOT_GRABBED),
            view(8, "movie:tmdb:88", RequestState.DOWNLOADING, 7, Kind.MANUAL_INTERACTION_REQUIRED));

    @Test
    void listsNewestFirstWithTheIdBreakingTies() {
        var page = RequestListQuery.of(null, null, null, 50, null).page(views);

        assertThat(ids(page))
                .containsExactly(
                        "overseerr-5",
                        "overseerr-4",
                        "overseerr-3",
                        "overseerr-2",
                        "overseerr-8",
                        "overseerr-7",
                        "overseerr-6",
                        "overseerr-1");
        assertThat(page.next()).isNull();
    }

    @Test
    void filtersByStatesGivenRepeatedOrCommaSeparated() {
        assertThat(ids(RequestListQuery.of(List.of("downloading,requested"), null, null, 50, null)
                        .page(views)))
                .containsExactly("overseerr-4", "overseerr-3", "overseerr-2", "overseerr-8", "overseerr-6");
        assertThat(ids(RequestListQuery.of(List.of("available", "declined"), null, null, 50, null)
                        .page(views)))
                .containsExactly("overseerr-5", "overseerr-1");
    }

    @Test
    void filtersByMediaType() {
        assertThat(ids(RequestListQuery.of(null, "series", null, 50, null).page(views)))
                .containsExactly("overseerr-2");
        assertThat(ids(RequestListQuery.of(List.of("downloading"), "movie", null, 50, null)
                        .page(views)))
                .containsExactly("overseerr-3", "overseerr-8");
    }

    @Test
    void pagesThroughEverythingExactlyOnceWithTheCursor() {
        var seen = new ArrayList<String>();
        String cursor = null;
        do {
            var page = RequestListQuery.of(null, null, null, 2, cursor).page(views);
            seen.addAll(ids(page));
            cursor = page.next();
        } while (cursor != null);

        assertThat(seen)
                .containsExactly(
                        "overseerr-5",
                        "overseerr-4",
                        "overseerr-3",
                        "overseerr-2",
                        "overseerr-8",
                        "overseerr-7",
                        "overseerr-6",
                        "overseerr-1");
    }

    @Test
    void listsTheRequestsShowingAnyAttention() {
        assertThat(ids(RequestListQuery.of(null, null, List.of("any"), 50, null).page(views)))
                .containsExactly("overseerr-8", "overseerr-7", "overseerr-6");
    }

    @Test
    void filtersByAttentionKindsGivenRepeatedOrCommaSeparated() {
        assertThat(ids(RequestListQuery.of(null, null, List.of("NOT_GRABBED"), 50, null)
                        .page(views)))
                .containsExactly("overseerr-7");
        assertThat(ids(RequestListQuery.of(null, null, List.of("not_decided,manual_interaction_required"), 50, null)
                        .page(views)))
                .containsExactly("overseerr-8", "overseerr-6");
        assertThat(ids(RequestListQuery.of(List.of("requested"), null, List.of("NOT_DECIDED", "NOT_GRABBED"), 50, null)
                        .page(views)))
                .containsExactly("overseerr-6");
    }

    @Test
    void refusesWhatItCannotAnswer() {
        assertThatThrownBy(() -> RequestListQuery.of(List.of("lost"), null, null, 50, null))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("unknown state");
        assertThatThrownBy(() -> RequestListQuery.of(null, "music", null, 50, null))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("movie or series");
        assertThatThrownBy(() -> RequestListQuery.of(null, null, null, 0, null))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> RequestListQuery.of(null, null, List.of("NOT_GRABBED,STUCK"), 50, null))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("attention=NOT_GRABBED,STUCK")
                .hasMessageContaining("NOT_DECIDED");
        assertThatThrownBy(() -> RequestListQuery.of(null, null, null, 10, "not-a-cursor!"))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("cursor");
    }

    private static List<String> ids(RequestPage page) {
        return page.requests().stream().map(view -> view.id().value()).toList();
    }

    private static RequestView view(int id, String key, RequestState state, int minutes, Kind... attention) {
        var mediaKey = MediaKey.parse(key);
        var created = T0.plusSeconds(60L * minutes);
        var media = new MediaInfo(mediaKey.type(), "Title " + id, 2024, null, null, null, false);
        return new RequestView(
                RequestId.overseerr(id),
                mediaKey,
                media,
                null,
                state,
                created,
                created,
                created,
                null,
                Arrays.stream(attention)
                        .map(kind -> new Attention(kind, "look", created))
                        .toList(),
                List.of(),
                null,
                null,
                null);
    }
}

package dev.callsheet.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callsheet.events.EventJson;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.UserAction;
import dev.callsheet.events.media.LibraryOrder;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import dev.callsheet.request.RequestState;
import dev.callsheet.request.RequestView;
import dev.callsheet.source.InstanceProperties;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/requests}: the fact it writes for a movie and a series, the arr instance it picks,
 * a {@code 400} problem naming the field for every bad body, and the {@code Idempotency-Key}.
 */
class NewRequestControllerTest {

    private static final ServerHttpRequest HTTP =
            MockServerHttpRequest.post("/api/requests").build();

    private final FakeSubmissions submissions = new FakeSubmissions();
    private final NewRequestController controller = new NewRequestController(
            submissions,
            new InstanceProperties(Map.of(
                    "radarr", arr(SourceKind.RADARR),
                    "radarr4k", arr(SourceKind.RADARR),
                    "sonarr", arr(SourceKind.SONARR),
                    "anime", arr(SourceKind.SONARR))));

    @Test
    void writesAMovieRequestAsAFactAndAnswers202WithItsId() {
        var answer = post("""
                {"tmdbId": 603, "requestedBy": {"username": "alice", "email": "alice@example.org"},
                 "qualityProfile": "HD-1080p", "rootFolder": 1}""", null);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        var submitted = (NewRequestController.Submitted) answer.getBody();
        assertThat(submitted.request()).matches("callsheet-\\d{13}-[0-9a-f]{16}");
        assertThat(submitted.mediaKey()).isEqualTo("movie:tmdb:603");
        assertThat(submitted.instance()).isEqualTo("radarr");
        UserAction action = submissions.written.getFirst();
        assertThat(action.actionId()).isEqualTo(submitted.request());
        assertThat(action.mediaKey()).isEqualTo(MediaKey.movie(603, false));
        assertThat(action.event())
                .isEqualTo(new RequestSubmitted(
                        RequestId.parse(submitted.request()),
                        new Requester("alice", "alice@example.org"),
                        new MediaInfo(MediaType.MOVIE, null, null, 603L, null, null, false),
                        List.of(),
                        "callsheet",
                        new LibraryOrder("radarr", LibraryOrder.Seasons.LISTED, "HD-1080p", "1")));
    }

    @Test
    void theWrittenActionReadsBackAsTheSameFact() {
        post("{\"tvdbId\": 81189, \"seasons\": [2, 1, 2]}", null);

        UserAction action = submissions.written.getFirst();
        var json = EventJson.mapper().writeValueAsBytes(action);
        assertThat(EventJson.mapper().readValue(json, UserAction.class)).isEqualTo(action);
        var submitted = (RequestSubmitted) action.event();
        assertThat(submitted.seasons()).containsExactly(1, 2);
        assertThat(submitted.order().seasons()).isEqualTo(LibraryOrder.Seasons.LISTED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a 4K movie goes to radarr4k     | {\"tmdbId\": 603, \"fourK\": true}             | radarr4k | LISTED",
                "a series goes to sonarr          | {\"tvdbId\": 81189, \"seasons\": \"all\"}       | sonarr   | ALL",
                "no seasons is all of them        | {\"tvdbId\": 81189}                            | sonarr   | ALL",
                "future seasons                   | {\"tvdbId\": 81189, \"seasons\": \"future\"}    | sonarr   | FUTURE",
                "the instance named               | {\"tvdbId\": 81189, \"instance\": \"anime\"}    | anime    | ALL",
            })
    void picksTheInstanceAndTheSeasons(String name, String body, String instance, String seasons) {
        post(body, null);

        var order = ((RequestSubmitted) submissions.written.getFirst().event()).order();
        assertThat(order.instance()).isEqualTo(instance);
        assertThat(order.seasons()).isEqualTo(LibraryOrder.Seasons.valueOf(seasons));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "neither id                | {\"seasons\": [1]}                                  | tmdbId",
                "both ids                  | {\"tmdbId\": 603, \"tvdbId\": 81189}                 | tvdbId",
                "an id that is no number   | {\"tmdbId\": \"603\"}                                | tmdbId",
                "a negative id             | {\"tvdbId\": -1}                                     | tvdbId",
                "seasons on a movie        | {\"tmdbId\": 603, \"seasons\": [1]}                  | seasons",
                "seasons not numbers       | {\"tvdbId\": 81189, \"seasons\": [\"one\"]}           | seasons",
                "a negative season         | {\"tvdbId\": 81189, \"seasons\": [-1]}               | seasons",
                "no season listed          | {\"tvdbId\": 81189, \"seasons\": []}                 | seasons",
                "seasons neither all nor future | {\"tvdbId\": 81189, \"seasons\": \"some\"}      | seasons",
                "an unknown instance       | {\"tmdbId\": 603, \"instance\": \"radarr9\"}          | instance",
                "a Sonarr for a movie      | {\"tmdbId\": 603, \"instance\": \"sonarr\"}          | instance",
                "no 4K Sonarr configured   | {\"tvdbId\": 81189, \"fourK\": true}                 | instance",
                "fourK not a flag          | {\"tmdbId\": 603, \"fourK\": \"yes\"}                | fourK",
                "a requester without names | {\"tmdbId\": 603, \"requestedBy\": {}}               | requestedBy",
                "a requester's email a list | {\"tmdbId\": 603, \"requestedBy\": {\"email\": []}} | requestedBy.email",
                "a blank profile           | {\"tmdbId\": 603, \"qualityProfile\": \" \"}         | qualityProfile",
                "a misspelt field          | {\"tmbdId\": 603}                                    | tmbdId",
                "not an object             | [603]                                                | body",
            })
    void aBadBodyIsA400ProblemNamingTheField(String name, String body, String field) {
        BadField problem = catchThrowableOfType(BadField.class, () -> post(body, null));

        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.field()).isEqualTo(field);
        assertThat(problem.getBody().getDetail()).startsWith(field + ": ");
        assertThat(problem.getBody().getProperties()).containsEntry("field", field);
        assertThat(submissions.written).isEmpty();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheRequestItMade() {
        var first = post("{\"tmdbId\": 603}", "order-17");
        String id = ((NewRequestController.Submitted) first.getBody()).request();
        submissions.madeBy(submissions.written.getFirst());

        var retried = post("{\"tmdbId\": 603}", "order-17");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(id).matches("callsheet-k[0-9a-f]{32}");
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((RequestView) retried.getBody()).id().value()).isEqualTo(id);
        assertThat(submissions.written).hasSize(1);
    }

    @Test
    void aRetryBeforeThePipelineHasTheRequestWritesTheSameIdAgain() {
        var first = (NewRequestController.Submitted)
                post("{\"tmdbId\": 603}", "order-18").getBody();
        var second = (NewRequestController.Submitted)
                post("{\"tmdbId\": 603}", "order-18").getBody();

        assertThat(second.request()).isEqualTo(first.request());
        assertThat(submissions.written)
                .extracting(UserAction::actionId)
                .containsExactly(first.request(), first.request());
    }

    @Test
    void differentKeysMakeDifferentRequests() {
        var one = (NewRequestController.Submitted)
                post("{\"tmdbId\": 603}", "order-1").getBody();
        var other = (NewRequestController.Submitted)
                post("{\"tmdbId\": 603}", "order-2").getBody();

        assertThat(one.request()).isNotEqualTo(other.request());
    }

    @Test
    void aKeyUsedForOtherMediaIsAConflict() {
        post("{\"tmdbId\": 603}", "order-19");
        submissions.madeBy(submissions.written.getFirst());

        var conflict =
                catchThrowableOfType(ResponseStatusException.class, () -> post("{\"tvdbId\": 81189}", "order-19"));

        assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(submissions.written).hasSize(1);
    }

    @Test
    void aBlankIdempotencyKeyIsA400() {
        BadField problem = catchThrowableOfType(BadField.class, () -> post("{\"tmdbId\": 603}", " "));

        assertThat(problem.field()).isEqualTo("Idempotency-Key");
    }

    private ResponseEntity<Object> post(String body, String key) {
        JsonNode json = EventJson.mapper().readTree(body);
        return controller.submit(json, key, HTTP).block();
    }

    private static InstanceProperties.Instance arr(SourceKind kind) {
        return new InstanceProperties.Instance(
                kind, URI.create("http://arr:7878"), "key", null, null, false, Duration.ofSeconds(5));
    }

    /** Keeps what is written; finds the requests the pipeline would have made of it. */
    private static final class FakeSubmissions implements Submissions {

        final List<UserAction> written = new ArrayList<>();
        private final Map<RequestId, RequestView> views = new HashMap<>();

        void madeBy(UserAction action) {
            var submitted = (RequestSubmitted) action.event();
            Instant at = Instant.parse("2026-01-01T10:00:00Z");
            views.put(
                    submitted.requestId(),
                    new RequestView(
                            submitted.requestId(),
                            action.mediaKey(),
                            submitted.media(),
                            submitted.requestedBy(),
                            RequestState.REQUESTED,
                            at,
                            at,
                            at,
                            null,
                            List.of(),
                            List.of(),
                            null,
                            null,
                            null));
        }

        @Override
        public Mono<Optional<RequestView>> find(RequestId id, ServerHttpRequest request) {
            return Mono.just(Optional.ofNullable(views.get(id)));
        }

        @Override
        public Mono<Void> write(UserAction action, Instant at) {
            written.add(action);
            return Mono.empty();
        }
    }
}

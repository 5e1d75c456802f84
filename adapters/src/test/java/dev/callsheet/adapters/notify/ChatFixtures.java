package dev.callsheet.adapters.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the Discord, Slack and Telegram tests share: a notice, the requests' bodies, and the secret check on failures. */
final class ChatFixtures {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static final URI POSTER = URI.create("https://image.tmdb.org/t/p/w600_and_h900_bestv2/dune.jpg");
    static final URI PLEX_LINK =
            URI.create("https://app.plex.tv/desktop#!/server/abc/details?key=%2Flibrary%2Fmetadata%2F42");
    static final NoticeAction APPROVE =
            new NoticeAction("Approve", URI.create("https://callsheet.example/a/req-7?t=abc&x=1"));
    static final NoticeAction DECLINE =
            new NoticeAction("Decline", URI.create("https://callsheet.example/d/req-7?t=abc"));
    static final Recipient MARGE = new Recipient("Marge", "123456789012345678", "987654321", "marge@example.org");
    static final Recipient MARGE_WITHOUT_ADDRESSES = new Recipient("Marge", null, null, null);

    private ChatFixtures() {}

    /** Dune is available: a title, two lines of text, the Plex link, the poster and no actions. */
    static Notice dune(Recipient recipient) {
        return new Notice(
                "n-1",
                "available",
                "Dune (2021) is ready to watch",
                "Paul Atreides leaves Caladan.\nRequested by Marge.",
                PLEX_LINK,
                POSTER,
                List.of(),
                recipient,
                Map.of());
    }

    /** A request waiting for approval, with approve and decline links and no poster. */
    static Notice approval(String title, String text) {
        return new Notice("n-2", "needs-approval", title, text, null, null, List.of(APPROVE, DECLINE), null, Map.of());
    }

    /** {@code count} episode lines, {@code S01E001 Episode 1} on. */
    static String episodes(int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            lines.append(String.format("S01E%03d Episode %d of the long season", i, i))
                    .append('\n');
        }
        return lines.toString();
    }

    /** The one request {@code pattern} matches, its body read as JSON. */
    static JsonNode onlyBody(WireMockExtension stub, RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = stub.findAll(pattern);
        assertThat(requests).hasSize(1);
        return MAPPER.readTree(requests.getFirst().getBodyAsString());
    }

    static List<JsonNode> bodies(WireMockExtension stub, RequestPatternBuilder pattern) {
        return stub.findAll(pattern).stream()
                .map(request -> MAPPER.readTree(request.getBodyAsString()))
                .toList();
    }

    /**
     * Runs {@code send}, which must fail with a {@link DeliveryFailure}, and returns that failure after
     * checking that neither it nor anything it wraps shows one of {@code secrets}.
     */
    static DeliveryFailure failureOf(Mono<?> send, String... secrets) {
        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, send::block);
        assertThat(failure).as("the send's failure").isNotNull();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (String secret : secrets) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
                assertThat(t.toString()).doesNotContain(secret);
            }
        }
        return failure;
    }
}

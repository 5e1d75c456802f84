package dev.callsheet.adapters.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import reactor.core.publisher.Mono;

/** What the ntfy, Gotify, Pushover and Matrix tests share: notices, and the secret check on failures. */
final class PushChannelFixtures {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** Past {@link #TIMEOUT}, for a stub that answers too late. */
    static final int LATE_MILLIS = 3_500;

    private PushChannelFixtures() {}

    /** A movie's availability notice for Marge, with a link, a poster and two actions. */
    static Notice available() {
        return new Notice(
                "req-42.available.marge.family",
                "available",
                "The Matrix (1999) is ready to watch",
                "Requested by Marge\nQuality: 1080p",
                URI.create("https://plex.example.org/web/item/42"),
                URI.create("https://image.tmdb.org/t/p/w600/matrix.jpg"),
                List.of(
                        new NoticeAction("Open in Plex", URI.create("https://plex.example.org/web/item/42")),
                        new NoticeAction("Request", URI.create("https://callsheet.example.org/requests/42"))),
                new Recipient("Marge", null, null, null),
                Map.of("requestId", 42));
    }

    /** A notice with nothing but a title and text, for no one in particular. */
    static Notice bare(String text) {
        return new Notice("req-7.stuck", "stuck", "Severance is stuck", text, null, null, List.of(), null, Map.of());
    }

    /** {@code count} episode lines, {@code Episode 1 …} to {@code Episode count …}, each about 40 characters. */
    static String episodes(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> "Episode " + n + " of the long running series")
                .collect(Collectors.joining("\n"));
    }

    /** A notice with {@code count} actions, labelled {@code Action 1} and on. */
    static Notice withActions(int count) {
        List<NoticeAction> actions = IntStream.rangeClosed(1, count)
                .mapToObj(n -> new NoticeAction("Action " + n, URI.create("https://callsheet.example.org/a/" + n)))
                .toList();
        return new Notice(
                "req-9.needs-approval",
                "needs-approval",
                "Dune needs approval",
                "",
                null,
                null,
                actions,
                null,
                Map.of());
    }

    /**
     * Runs {@code send}, which must fail with a {@link DeliveryFailure}, and returns it after checking
     * that neither it nor anything it wraps shows any of {@code secrets}.
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

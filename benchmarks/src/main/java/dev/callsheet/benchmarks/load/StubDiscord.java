package dev.callsheet.benchmarks.load;

import dev.callsheet.benchmarks.load.ConfirmCatalogue.Movie;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Discord webhook, {@code POST /api/webhooks/{id}/{token}}, served by the {@link StubPlex}'s server
 * for the notification benchmark (issue 14). With {@code ?wait=true} it answers 200 and a message JSON
 * with a new id, as Discord does once it has stored the message (reference §2). Each movie has a
 * requester of its own, so the mention in a message names the movie exactly: the arrival of its first
 * message is recorded, and the message is checked to mention that requester and allow that mention
 * only, and to carry the movie's title in its embed.
 */
final class StubDiscord {

    /** Discord's pace for one webhook; the report says how close the run came to it. */
    static final int PACE_MESSAGES = 5;

    static final Duration PACE_WINDOW = Duration.ofSeconds(2);

    private static final int PROBLEMS_KEPT = 10;

    /**
     * What the stub received.
     *
     * @param arrivals by movie number, when its first notice arrived ({@link System#nanoTime()})
     * @param messages every message accepted, the movies' and any other
     * @param unmatched messages mentioning no movie's requester (a series' notice, for instance)
     * @param repeated movie notices after the first for the same movie
     * @param problems the first few messages that were wrong (mention, allowed mentions, title, path)
     * @param busiest the most messages that arrived within one {@link #PACE_WINDOW}
     */
    record Received(
            Map<Integer, Long> arrivals,
            int messages,
            int unmatched,
            int repeated,
            List<String> problems,
            int busiest) {}

    private final JsonMapper json = JsonMapper.builder().build();
    private final String path;
    private final Map<String, Movie> byDiscordId;
    private final Map<Integer, Long> arrivals = new ConcurrentHashMap<>();
    private final List<Long> times = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final AtomicInteger unmatched = new AtomicInteger();
    private final AtomicInteger repeated = new AtomicInteger();
    private final AtomicLong messageIds = new AtomicLong(1_500_000_000_000_000_000L);

    /**
     * @param webhookUrl the URL the app was given for its channel; only its path is served
     * @param movies the run's movies, each expected to be told about once
     */
    StubDiscord(URI webhookUrl, List<Movie> movies) {
        this.path = webhookUrl.getRawPath();
        if (!path.matches("/api/webhooks/\\d+/[^/]+")) {
            throw new IllegalArgumentException("not a Discord webhook path: /api/webhooks/<id>/<token>");
        }
        this.byDiscordId = movies.stream().collect(Collectors.toMap(Movie::discordId, Function.identity()));
    }

    /** Whether {@code requestPath} is under the webhook, so that this stub answers it. */
    static boolean serves(String requestPath) {
        return requestPath.startsWith("/api/webhooks/");
    }

    Publisher<Void> answer(HttpServerRequest request, HttpServerResponse response) {
        long arrived = System.nanoTime();
        URI uri = URI.create(request.uri());
        if (!HttpMethod.POST.equals(request.method()) || !path.equals(uri.getRawPath())) {
            problem("a " + request.method() + " to a path that is not the webhook's");
            return send(response, HttpResponseStatus.NOT_FOUND, "{\"message\": \"Unknown Webhook\", \"code\": 10015}");
        }
        boolean wait = "true".equals(QueryParameters.of(uri).get("wait"));
        return request.receive()
                .aggregate()
                .asString(StandardCharsets.UTF_8)
                .defaultIfEmpty("")
                .flatMap(text -> {
                    received(arrived, text);
                    if (!wait) {
                        return Mono.from(send(response, HttpResponseStatus.NO_CONTENT, null));
                    }
                    String id = Long.toString(messageIds.incrementAndGet());
                    return Mono.from(send(
                            response,
                            HttpResponseStatus.OK,
                            "{\"id\": \"" + id + "\", \"type\": 0, \"channel_id\": \"77\", \"webhook_id\": \""
                                    + path.split("/")[3] + "\"}"));
                });
    }

    private void received(long arrived, String text) {
        synchronized (times) {
            times.add(arrived);
        }
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (RuntimeException e) {
            problem("a body that is not JSON");
            return;
        }
        String content = message.path("content").asString("");
        Movie movie = content.startsWith("<@") && content.endsWith(">")
                ? byDiscordId.get(content.substring(2, content.length() - 1))
                : null;
        if (movie == null) {
            unmatched.incrementAndGet();
            return;
        }
        if (arrivals.putIfAbsent(movie.n(), arrived) != null) {
            repeated.incrementAndGet();
        }
        JsonNode allowed = message.path("allowed_mentions");
        if (!allowed.path("parse").isMissingNode()
                || allowed.path("users").size() != 1
                || !movie.discordId().equals(allowed.path("users").get(0).asString())) {
            problem(movie.title() + ": allowed_mentions is not its requester alone: " + allowed);
        }
        String title = message.path("embeds").path(0).path("title").asString("");
        if (!title.contains(movie.title())) {
            problem(movie.title() + ": the embed's title is '" + title + "'");
        }
    }

    Received received() {
        List<Long> sorted;
        synchronized (times) {
            sorted = times.stream().sorted().toList();
        }
        int busiest = 0;
        for (int first = 0, last = 0; last < sorted.size(); last++) {
            while (sorted.get(last) - sorted.get(first) >= PACE_WINDOW.toNanos()) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
        }
        synchronized (problems) {
            return new Received(
                    Map.copyOf(arrivals),
                    sorted.size(),
                    unmatched.get(),
                    repeated.get(),
                    List.copyOf(problems),
                    busiest);
        }
    }

    private void problem(String what) {
        synchronized (problems) {
            if (problems.size() < PROBLEMS_KEPT) {
                problems.add(what);
            }
        }
    }

    private static Publisher<Void> send(HttpServerResponse response, HttpResponseStatus status, String body) {
        if (body == null) {
            return response.status(status)
                    .header(HttpHeaderNames.CONTENT_LENGTH, "0")
                    .send();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return response.status(status)
                .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
                .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(bytes.length))
                .sendByteArray(Mono.just(bytes));
    }
}

package dev.callsheet.story;

import static dev.callsheet.story.Webhooks.payload;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * Light, steady load: every {@code interval} one Overseerr request for a movie of its own, sent
 * without waiting for the answers before it, so that slow answers during an outage never thin the
 * load. Each webhook is about its own request and movie, so what the pipeline made of it can be
 * counted; each answer is kept with its timing.
 */
final class SteadyWebhooks implements AutoCloseable {

    private static final int FIRST_REQUEST = 10_000;
    private static final int FIRST_MOVIE = 900_000;
    private static final String TEMPLATE = new String(payload("story/overseerr-media-pending-movie.json"), UTF_8);
    private static final Pattern DELIVERY_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    /**
     * What intake answered to webhook {@code number}, and when ({@link System#nanoTime()}).
     *
     * @param status the HTTP status, 0 when no answer came at all
     * @param retryAfter the {@code Retry-After} header, null when absent
     * @param deliveryId the delivery id of a {@code 202}, else null
     */
    record Answer(int number, int status, String retryAfter, String deliveryId, long sentAt, long answeredAt) {

        boolean accepted() {
            return status == 202;
        }

        boolean sentAfter(long nanoTime) {
            return sentAt >= nanoTime;
        }

        Duration took() {
            return Duration.ofNanos(answeredAt - sentAt);
        }

        String requestId() {
            return "overseerr-" + (FIRST_REQUEST + number);
        }

        String mediaKey() {
            return "movie:tmdb:" + (FIRST_MOVIE + number);
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    private final URI endpoint;
    private final AtomicInteger sent = new AtomicInteger();
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private final List<Answer> answers = new CopyOnWriteArrayList<>();

    private SteadyWebhooks(String baseUrl) {
        this.endpoint = URI.create(baseUrl + "/webhooks/overseerr");
    }

    static SteadyWebhooks start(String baseUrl, Duration interval) {
        var load = new SteadyWebhooks(baseUrl);
        load.ticks.scheduleAtFixedRate(load::sendNext, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return load;
    }

    /** Sends {@code count} more at once, on top of the steady load. */
    void burst(int count) {
        for (int i = 0; i < count; i++) {
            sendNext();
        }
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    List<Answer> answersSentAfter(long nanoTime) {
        return answers.stream().filter(answer -> answer.sentAfter(nanoTime)).toList();
    }

    /** Sends no more and waits for every answer still to come. */
    void stop() {
        ticks.shutdown();
        try {
            if (!ticks.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the sender did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
    }

    private void sendNext() {
        int number = sent.incrementAndGet();
        var request = HttpRequest.newBuilder(endpoint)
                .header(HttpHeaders.AUTHORIZATION, RunningCallsheet.OVERSEERR_AUTHORIZATION)
                .header(HttpHeaders.CONTENT_TYPE, "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body(number)))
                .build();
        long sentAt = System.nanoTime();
        CompletableFuture<?> answered = http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> answers.add(answer(number, sentAt, response)));
        inFlight.add(answered);
        answered.whenComplete((ignored, failure) -> inFlight.remove(answered));
    }

    private static Answer answer(int number, long sentAt, HttpResponse<String> response) {
        long answeredAt = System.nanoTime();
        if (response == null) {
            return new Answer(number, 0, null, null, sentAt, answeredAt);
        }
        var id = DELIVERY_ID.matcher(response.body());
        return new Answer(
                number,
                response.statusCode(),
                response.headers().firstValue(HttpHeaders.RETRY_AFTER).orElse(null),
                response.statusCode() == 202 && id.find() ? id.group(1) : null,
                sentAt,
                answeredAt);
    }

    private static String body(int number) {
        return TEMPLATE.replace("\"127\"", "\"" + (FIRST_REQUEST + number) + "\"")
                .replace("\"693134\"", "\"" + (FIRST_MOVIE + number) + "\"");
    }

    @Override
    public void close() {
        ticks.shutdownNow();
        http.close();
    }
}

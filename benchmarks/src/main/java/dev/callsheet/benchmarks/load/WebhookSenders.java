package dev.callsheet.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts grabs to {@code /webhooks/radarr} from a fixed number of senders, each waiting for its answer
 * before posting again, as a busy Radarr would (a closed loop: the rate is what intake sustains).
 * Every answer's time is kept; accepted grabs are counted per movie, since the pipeline is done when
 * each movie's timeline holds all of its grabs.
 */
final class WebhookSenders {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI endpoint;
    private final String authorization;
    private final GrabBodies bodies;
    private final int concurrency;
    private final AtomicIntegerArray acceptedPerMovie;

    WebhookSenders(URI baseUrl, String username, String password, GrabBodies bodies, int concurrency, int movies) {
        // HTTP/1.1 as the *arr apps speak it; the JDK client keeps a connection per sender alive.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.endpoint = baseUrl.resolve("/webhooks/radarr");
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.bodies = bodies;
        this.concurrency = concurrency;
        this.acceptedPerMovie = new AtomicIntegerArray(movies);
    }

    /** Grabs accepted so far for movie {@code movie}, over every call to {@link #post}. */
    int accepted(int movie) {
        return acceptedPerMovie.get(movie);
    }

    /**
     * Posts deliveries {@code first} to {@code first + count - 1}; stops early once {@code maxDuration}
     * has passed.
     */
    Sent post(long first, int count, Duration maxDuration) {
        long started = System.nanoTime();
        long deadline = started + maxDuration.toNanos();
        long[] latencies = new long[count];
        int[] statuses = new int[count];
        Arrays.fill(statuses, Sent.NOT_SENT);
        AtomicLong next = new AtomicLong();
        AtomicLong lastAccepted = new AtomicLong(started);
        try (ExecutorService senders = Executors.newFixedThreadPool(concurrency)) {
            for (int s = 0; s < concurrency; s++) {
                senders.execute(() -> {
                    for (long i = next.getAndIncrement();
                            i < count && System.nanoTime() < deadline;
                            i = next.getAndIncrement()) {
                        int slot = (int) i;
                        byte[] body = bodies.body(first + i);
                        long sentAt = System.nanoTime();
                        statuses[slot] = send(body);
                        long answeredAt = System.nanoTime();
                        latencies[slot] = answeredAt - sentAt;
                        if (statuses[slot] == 202) {
                            acceptedPerMovie.incrementAndGet(bodies.movieOf(first + i));
                            lastAccepted.accumulateAndGet(answeredAt, Math::max);
                        }
                    }
                });
            }
            // close() waits for the senders; each stops by the deadline plus one answer timeout.
        }
        return Sent.of(started, System.nanoTime(), lastAccepted.get(), latencies, statuses);
    }

    /** @return the HTTP status, or {@link Sent#NO_ANSWER} when the post failed without one */
    private int send(byte[] body) {
        var request = HttpRequest.newBuilder(endpoint)
                .timeout(ANSWER_TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return Sent.NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Sent.NO_ANSWER;
        }
    }

    /**
     * What one {@link #post} call did; times are {@link System#nanoTime()} readings.
     *
     * @param statuses how many answers had each HTTP status ({@link #NO_ANSWER}: none came)
     * @param latencies the answer times of the posts that were made, in nanoseconds
     */
    record Sent(
            long started,
            long finished,
            long lastAccepted,
            int accepted,
            Map<Integer, Integer> statuses,
            long[] latencies) {

        static final int NOT_SENT = 0;
        static final int NO_ANSWER = -1;

        static Sent of(long started, long finished, long lastAccepted, long[] latencies, int[] statuses) {
            Map<Integer, Integer> byStatus = new TreeMap<>();
            int made = 0;
            for (int status : statuses) {
                if (status != NOT_SENT) {
                    byStatus.merge(status, 1, Integer::sum);
                    made++;
                }
            }
            long[] answered = new long[made];
            int a = 0;
            for (int i = 0; i < statuses.length; i++) {
                if (statuses[i] != NOT_SENT) {
                    answered[a++] = latencies[i];
                }
            }
            return new Sent(started, finished, lastAccepted, byStatus.getOrDefault(202, 0), byStatus, answered);
        }

        int made() {
            return latencies.length;
        }

        int refused() {
            return made() - accepted;
        }

        double seconds() {
            return (finished - started) / 1e9;
        }
    }
}

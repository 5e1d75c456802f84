package dev.callsheet.benchmarks.load;

import dev.callsheet.benchmarks.load.ConfirmCatalogue.Movie;
import dev.callsheet.benchmarks.load.ImportFollower.Outcome;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * The notification part of a Plex confirmation run (issue 14): for each movie, from Plex confirming
 * it (the stub Plex's first look-up that listed its file) to the stub Discord receiving its
 * requester's notice, and from its import's {@code 202} to the notice. The first stretch is split
 * where the app's delivery log says it took the notice in ({@code queuedAt}): before it, the pipeline
 * deciding and the command's way to the notification listener; after it, the channel's worker and
 * its send.
 */
final class NoticeReport {

    /** Issue 14's targets for Plex confirming the item to the notice accepted. */
    private static final double TARGET_P50_MS = 1_000;

    private static final double TARGET_P99_MS = 3_000;

    private final PrintStream out;

    /** {@link System#nanoTime()} plus this is the wall clock, to set the stubs' times beside the app's. */
    private final long epochOffsetNanos;

    NoticeReport(PrintStream out) {
        this.out = out;
        Instant now = Instant.now();
        this.epochOffsetNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano() - System.nanoTime();
    }

    /**
     * @param queuedAt by request id, when the app took the request's availability notice in
     * @return whether every movie's notice arrived, once, as it should, within the targets
     */
    boolean print(
            List<Movie> movies,
            List<Outcome> outcomes,
            StubPlex plex,
            StubDiscord.Received discord,
            Map<String, Instant> queuedAt) {
        List<Outcome> told = outcomes.stream()
                .filter(outcome -> outcome.measured()
                        && outcome.item() instanceof Movie movie
                        && discord.arrivals().containsKey(movie.n()))
                .toList();
        out.printf(
                "notices at the stub Discord: %d of %d movies told, %d repeated, %d other messages"
                        + " (no movie's requester); busiest %d s: %d messages (the app's pace: %d)%n",
                discord.arrivals().size(),
                movies.size(),
                discord.repeated(),
                discord.unmatched(),
                StubDiscord.PACE_WINDOW.toSeconds(),
                discord.busiest(),
                StubDiscord.PACE_MESSAGES);
        Latencies confirmToNotice = line(
                "Plex confirmed -> notice",
                told,
                outcome -> between(confirmed(outcome, plex), OptionalLong.of(arrival(outcome, discord))));
        line(
                "  Plex confirmed -> taken in",
                told,
                outcome -> between(confirmed(outcome, plex), taken(outcome, queuedAt)));
        line(
                "  taken in -> notice",
                told,
                outcome -> between(taken(outcome, queuedAt), OptionalLong.of(arrival(outcome, discord))));
        line(
                "Plex confirmed -> available read",
                told,
                outcome -> between(confirmed(outcome, plex), OptionalLong.of(outcome.acceptedAt() + outcome.nanos())));
        line(
                "import 202 -> notice",
                told,
                outcome -> between(OptionalLong.of(outcome.acceptedAt()), OptionalLong.of(arrival(outcome, discord))));
        discord.problems().forEach(problem -> out.println("  wrong message: " + problem));
        boolean met = discord.arrivals().size() == movies.size()
                && discord.repeated() == 0
                && discord.problems().isEmpty()
                && confirmToNotice.p50() <= TARGET_P50_MS
                && confirmToNotice.p99() <= TARGET_P99_MS;
        out.printf(
                "issue 14 target (every movie told once, as it should be; Plex confirmed -> notice p50 <= 1 s,"
                        + " p99 <= 3 s): %s%n",
                met ? "met" : "NOT met");
        return met;
    }

    /** One stretch over the movies told, leaving out those where one end of it is not known. */
    private Latencies line(String label, List<Outcome> told, Function<Outcome, LongStream> stretch) {
        long[] all = told.stream().flatMapToLong(stretch).toArray();
        Latencies latency = Latencies.of(all);
        out.printf(
                "  %-33s (%3d): p50 %.2f, p90 %.2f, p99 %.2f, max %.2f s%n",
                label,
                all.length,
                latency.p50() / 1_000,
                latency.p90() / 1_000,
                latency.p99() / 1_000,
                latency.max() / 1_000);
        return latency;
    }

    /** When the app took the movie's notice in, on the {@link System#nanoTime()} scale. */
    private OptionalLong taken(Outcome outcome, Map<String, Instant> queuedAt) {
        Instant at = queuedAt.get(outcome.item().requestId());
        return at == null
                ? OptionalLong.empty()
                : OptionalLong.of(at.getEpochSecond() * 1_000_000_000L + at.getNano() - epochOffsetNanos);
    }

    private static OptionalLong confirmed(Outcome outcome, StubPlex plex) {
        return plex.confirmedAt(outcome.item().fileName());
    }

    private static long arrival(Outcome outcome, StubDiscord.Received discord) {
        return discord.arrivals().get(((Movie) outcome.item()).n());
    }

    /** From {@code from} to {@code to}; nothing when either is not known. */
    private static LongStream between(OptionalLong from, OptionalLong to) {
        return from.isPresent() && to.isPresent()
                ? LongStream.of(to.getAsLong() - from.getAsLong())
                : LongStream.empty();
    }
}

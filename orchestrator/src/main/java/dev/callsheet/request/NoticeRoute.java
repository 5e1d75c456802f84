package dev.callsheet.request;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One route ({@code callsheet.notifications.routes[n]}): the events it carries, to whom, on which
 * channel instances, and how it tells about series.
 *
 * @param events what it tells; never empty
 * @param audience who hears it
 * @param channels the configured channel instances' names, in order; never empty
 * @param series when a series' episodes are told about
 * @param batchWindow how long {@link SeriesPolicy#EVERY_BATCH} collects episodes before it tells
 */
public record NoticeRoute(
        Set<NoticeEvent> events,
        NoticeAudience audience,
        List<String> channels,
        SeriesPolicy series,
        Duration batchWindow) {

    /** The batch window of a route that does not name one. */
    public static final Duration DEFAULT_BATCH_WINDOW = Duration.ofMinutes(10);

    public NoticeRoute {
        events = Set.copyOf(Objects.requireNonNull(events, "events"));
        Objects.requireNonNull(audience, "audience");
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        series = Objects.requireNonNullElse(series, SeriesPolicy.SEASON_COMPLETE);
        batchWindow = Objects.requireNonNullElse(batchWindow, DEFAULT_BATCH_WINDOW);
        if (events.isEmpty() || channels.isEmpty()) {
            throw new IllegalArgumentException("a route needs at least one event and one channel");
        }
        if (!batchWindow.isPositive()) {
            throw new IllegalArgumentException("a route's batch window must be longer than nothing");
        }
    }

    /** Whether this route tells {@code audience} of {@code event}. */
    public boolean carries(NoticeEvent event, NoticeAudience audience) {
        return this.audience == audience && events.contains(event);
    }
}

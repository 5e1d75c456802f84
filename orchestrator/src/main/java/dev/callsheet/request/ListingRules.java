package dev.callsheet.request;

import dev.callsheet.events.Delivery;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.ResolveSeriesEpisodes;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.request.Attention.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * When to ask Sonarr for a series' episode list ({@link ResolveSeriesEpisodes}): when a series
 * request is approved, and again now and then while any request is handed over, so that episodes
 * that air later join the scopes.
 *
 * <p>Which Sonarr to ask is an input the item keeps: the instance whose webhooks last reported the
 * series holds it. Until one has, the instance a request made in Callsheet adds it to; else the media
 * key's 4K flag picks the default instance names intake gives {@code /webhooks/sonarr}: {@value
 * #SONARR}, or {@value #SONARR_4K} for the 4K copy.
 *
 * <p>A command's id is made from what caused it, so a replay emits the same id: the delivery id of
 * the approval, or the media key and the time of the tick.
 */
final class ListingRules {

    static final String SONARR = "sonarr";
    static final String SONARR_4K = "sonarr4k";

    private static final String RESOLVE = "ResolveSeriesEpisodes";

    private ListingRules() {}

    /** Remembers which Sonarr instance reported the series. */
    static MediaItem heardFrom(MediaItem item, Delivery delivery) {
        if (item.key().type() != MediaType.SERIES
                || delivery.source() != SourceKind.SONARR
                || delivery.instance() == null
                || delivery.instance().equals(item.series().listing().sonarrInstance())) {
            return item;
        }
        return item.withSeries(item.series().withListing(item.series().listing().heardFrom(delivery.instance())));
    }

    /** Asks for the list because a series request was just approved. */
    static List<Command> onApproval(MediaItem item, String deliveryId) {
        return item.key().type() == MediaType.SERIES ? List.of(resolve(item, deliveryId + ":resolve")) : List.of();
    }

    /**
     * Asks again when the last ask is {@code every} ago, or was given up {@code afterGivingUp} ago,
     * while any request is handed over to Sonarr. A given-up ask is not retried by the command's own
     * back-off (an answer that cannot be read reads the same a minute later), but an upgrade or a fixed
     * key can mend it within the hour.
     */
    static List<Command> onTick(MediaItem item, Instant now, Relisting relisting) {
        EpisodeListing listing = item.series().listing();
        Instant last = listing.lastRequestedAt();
        boolean due = last == null
                || !now.isBefore(last.plus(relisting.every()))
                || (listing.givenUpSinceAsked()
                        && !now.isBefore(listing.givenUpAt().plus(relisting.afterGivingUp())));
        boolean handedOver = item.requests().values().stream().anyMatch(Request::pastApproval);
        if (item.key().type() != MediaType.SERIES || !due || !handedOver) {
            return List.of();
        }
        return List.of(resolve(item, "%s:resolve:%s".formatted(item.key(), now)));
    }

    /**
     * A command given up leaves the admin an attention saying why the item stopped; a given-up episode
     * list is asked for again after {@code Relisting.afterGivingUp}. Attempts still being retried change nothing.
     */
    static MediaItem failed(MediaItem item, CommandAttemptFailed e, Instant now) {
        if (e.retryIn() != null) {
            return item;
        }
        Kind kind = e.unreadable() != null ? Kind.SOURCE_UNREADABLE : Kind.COMMAND_GIVEN_UP;
        MediaItem flagged = MediaRules.raising(item, new Attention(kind, CommandWording.givenUp(e), now));
        return RESOLVE.equals(e.command()) && item.key().type() == MediaType.SERIES
                ? flagged.withSeries(
                        flagged.series().withListing(flagged.series().listing().givenUp(now)))
                : flagged;
    }

    /** The item remembering that it asked at {@code now}, when it did. */
    static MediaItem asked(MediaItem item, List<Command> commands, Instant now) {
        return commands.isEmpty()
                ? item
                : item.withSeries(
                        item.series().withListing(item.series().listing().requested(now)));
    }

    private static ResolveSeriesEpisodes resolve(MediaItem item, String id) {
        return new ResolveSeriesEpisodes(id, item.key(), item.key().id(), sonarrInstance(item));
    }

    /**
     * The Sonarr instance that holds the series: the one whose webhooks reported it; before any did, the
     * one a request made in Callsheet has it added to; else the default for the key's 4K flag.
     */
    static String sonarrInstance(MediaItem item) {
        String remembered = item.series().listing().sonarrInstance();
        if (remembered != null) {
            return remembered;
        }
        return item.requests().values().stream()
                .map(Request::order)
                .filter(Objects::nonNull)
                .map(order -> order.order().instance())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(item.key().fourK() ? SONARR_4K : SONARR);
    }
}

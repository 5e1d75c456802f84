package dev.callsheet.request;

import java.util.ArrayList;
import java.util.List;

/**
 * What a media item knows of itself in Plex: the files it waits to see confirmed, and where Plex has
 * it. Empty while no Plex server is configured.
 *
 * @param waits the files asked for and not confirmed yet, one per file and server, in the order asked
 * @param places where the item is, at most one per server: the latest confirmed
 */
public record PlexConfirmations(List<PlexWait> waits, List<PlexLocation> places) {

    static final PlexConfirmations NONE = new PlexConfirmations(null, null);

    public PlexConfirmations {
        waits = waits == null ? List.of() : List.copyOf(waits);
        places = places == null ? List.of() : List.copyOf(places);
    }

    PlexConfirmations withWaits(List<PlexWait> next) {
        return new PlexConfirmations(next, places);
    }

    /** With {@code place} as where the item is on its server, replacing what was there. */
    PlexConfirmations at(PlexLocation place) {
        List<PlexLocation> next = new ArrayList<>(places.stream()
                .filter(known -> !known.instance().equals(place.instance()))
                .toList());
        next.add(place);
        return new PlexConfirmations(waits, next);
    }
}

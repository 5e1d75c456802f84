package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;
import java.util.List;

/**
 * A fact about one request, as the request manager (Overseerr, Jellyseerr, Seerr) reported it.
 *
 * <p>The requested seasons live here, not on {@link MediaInfo}: they belong to the request, and
 * several requests share one series (one asks for season 1, another for season 3) while the media
 * item merges every source's {@code MediaInfo} into one description.
 */
public sealed interface RequestEvent extends MediaEvent
        permits RequestSubmitted,
                RequestAutoApproved,
                RequestApproved,
                RequestDeclined,
                RequestFailed,
                RequestAvailable {

    RequestId requestId();

    /** Who asked; null, or with blank fields, when the payload did not say. */
    Requester requestedBy();

    /**
     * The season numbers a series request asks for, ascending and each once (0 is the specials);
     * its scope is their aired episodes. Every notification about the request repeats them, so the
     * latest says what the request asks for now. Empty for movies, and for a series request whose
     * payload did not say (an edited template): then only the request manager's API knows. Never
     * null.
     */
    List<Integer> seasons();

    /**
     * An http(s) URL of the media's poster, when the source gave one; null otherwise. Only the facts
     * that open a request carry one: it is shown while the request waits for a decision.
     */
    default String posterUrl() {
        return null;
    }
}

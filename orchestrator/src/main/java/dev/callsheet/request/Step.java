package dev.callsheet.request;

import java.util.Optional;

/**
 * One move of one request, decided for one fact and allowed by {@link TransitionTable}. A fact can
 * make several: an auto-approval opens a request, approves it and may join it to a download.
 *
 * @param from the state before; empty when the step opens the request
 */
record Step(Optional<RequestState> from, RequestState to, Cause cause) {

    /** Why the request moved, which decides how the timeline words it. */
    enum Cause {
        /** The request was first heard of. */
        OPENED,
        /** The request manager decided about the request: approved, declined or failed it. */
        DECIDED,
        /** Just approved, the request takes up the media item where it stands. */
        JOINED,
        /** The media item moved on, and the request with it. */
        FOLLOWED,
        /**
         * New episodes joined an available series request's scope: it goes back to where they
         * stand, the one move back a request makes.
         */
        NEW_EPISODES
    }
}

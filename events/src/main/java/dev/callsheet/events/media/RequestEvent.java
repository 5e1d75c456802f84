package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;

/** A fact about one request, as the request manager (Overseerr, Jellyseerr, Seerr) reported it. */
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
}

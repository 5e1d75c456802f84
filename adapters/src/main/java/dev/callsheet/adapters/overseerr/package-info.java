/**
 * Overseerr 1.3x and its forks Jellyseerr 2.x and Seerr 3.x, through the API v1 they share: a
 * request's current state, for what its webhooks leave out (a show's TVDB id, above all), approving
 * and declining a request, a user's Discord and Telegram ids from their notification settings, and
 * the version the server reports. {@link dev.callsheet.adapters.overseerr.OverseerrClient} is the entry
 * point; the vendor's numbers for request and media states are translated once, in {@link
 * dev.callsheet.adapters.overseerr.OverseerrRequestStatus} and {@link
 * dev.callsheet.adapters.overseerr.OverseerrMediaStatus}, where a number a newer fork adds reads as
 * {@code UNRECOGNISED} rather than failing the answer. The request's media type stays strict: a
 * request for neither a movie nor a show cannot be looked up.
 */
package dev.callsheet.adapters.overseerr;

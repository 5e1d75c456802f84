/**
 * Overseerr and its forks Jellyseerr and Seerr, through API v1: a request's current state, for what
 * its webhooks leave out (a show's TVDB id, above all). {@link
 * dev.callsheet.adapters.overseerr.OverseerrClient} is the entry point; the vendor's numbers for
 * request and media states are translated once, in {@link
 * dev.callsheet.adapters.overseerr.OverseerrRequestStatus} and {@link
 * dev.callsheet.adapters.overseerr.OverseerrMediaStatus}.
 */
package dev.callsheet.adapters.overseerr;

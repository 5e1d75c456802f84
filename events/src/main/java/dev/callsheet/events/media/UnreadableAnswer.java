package dev.callsheet.events.media;

/**
 * A service's answer that Callsheet could not read, named closely enough for an admin to tell a
 * service version Callsheet does not read yet from a proxy's error page, without the body.
 *
 * @param service the service's name ({@code Sonarr})
 * @param instance its configured name ({@code sonarr})
 * @param version the version the service reports about itself; null when it could not be asked
 * @param call method and path, any key in it blanked ({@code GET /api/v3/series?tvdbId=72108})
 * @param field the JSON path at which reading stopped ({@code [0].tmdbId}); null when the answer as
 *     a whole was wrong (empty, not JSON, a value not known)
 */
public record UnreadableAnswer(String service, String instance, String version, String call, String field) {}

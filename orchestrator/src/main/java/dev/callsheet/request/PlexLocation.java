package dev.callsheet.request;

import dev.callsheet.events.media.PlexPlace;

/**
 * Where an item is in one Plex server, as the views show it: for a series, the episode confirmed
 * last.
 *
 * @param instance the Plex instance's configured name
 * @param section the library section's key
 * @param sectionTitle the section's name ({@code Movies})
 * @param ratingKey the item's key in Plex (an episode's, for a series)
 * @param title the item's title as Plex has it
 * @param link the item in Plex's web app; null when the server's machine identifier is not known
 */
public record PlexLocation(
        String instance, String section, String sectionTitle, String ratingKey, String title, String link) {

    // The key is the item's path in the server's API, percent-encoded; a rating key is a number.
    private static final String WEB_APP =
            "https://app.plex.tv/desktop/#!/server/%s/details?key=%%2Flibrary%%2Fmetadata%%2F%s";

    static PlexLocation of(String instance, PlexPlace place) {
        String link = place.machineIdentifier() == null || place.ratingKey() == null
                ? null
                : WEB_APP.formatted(place.machineIdentifier(), place.ratingKey());
        return new PlexLocation(
                instance, place.section(), place.sectionTitle(), place.ratingKey(), place.title(), link);
    }
}

package dev.callsheet.events.media;

/**
 * Where an item is in one Plex server.
 *
 * @param machineIdentifier the server's id, which links to the item in Plex's web app
 * @param section the library section's key
 * @param sectionTitle the section's name ({@code Movies})
 * @param ratingKey the item's key in Plex (an episode's, for a series)
 * @param title the item's title as Plex has it
 * @param path the file as Plex sees it
 */
public record PlexPlace(
        String machineIdentifier, String section, String sectionTitle, String ratingKey, String title, String path) {}

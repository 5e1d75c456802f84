package dev.callsheet.adapters.plex;

import java.time.Instant;

/**
 * One {@code TimelineEntry} of a {@code timeline} message: an item of a section changed state. It
 * carries no file path, so it says when to look an item up, never which file was indexed.
 *
 * @param identifier {@code com.plexapp.plugins.library} for library items; other plug-ins (DVR, EPG)
 *     send their own, which {@link #libraryItem()} leaves out
 * @param sectionId the section's key ({@code "1"}); Plex writes it as a string or a number, and {@code
 *     -1} for items outside any section; null when absent
 * @param itemId the item's rating key, as a string whichever way Plex wrote it; null when absent
 * @param type the item's type by Plex's number (1 movie, 2 show, 3 season, 4 episode); {@link
 *     PlexItemType#UNKNOWN} for music, photos and anything else
 * @param state Plex's processing state: 0 created, 1 progress (or done, for sections without an
 *     agent), 2 matching, 3 downloading metadata, 4 processing it, 5 processed, 9 deleted; null when
 *     absent
 * @param metadataState {@code created}, {@code processing}, {@code loading}, {@code queued}, {@code
 *     deleted}, or null
 * @param mediaState {@code analyzing}, {@code thumbnailing}, or null once the media is processed
 * @param title the item's title at that moment, possibly still derived from the file name; may be null
 * @param parentItemId for an episode its season's rating key; may be null
 * @param rootItemId for an episode its show's rating key; may be null
 * @param queueSize present while more of the item is queued (meaning not verified); may be null
 * @param updatedAt when Plex last changed the item; may be null
 */
public record PlexTimelineEntry(
        String identifier,
        String sectionId,
        String itemId,
        PlexItemType type,
        Integer state,
        String metadataState,
        String mediaState,
        String title,
        String parentItemId,
        String rootItemId,
        Integer queueSize,
        Instant updatedAt)
        implements PlexNotification {

    /** What Plex's own library plug-in calls itself in timeline entries. */
    public static final String LIBRARY = "com.plexapp.plugins.library";

    /** An item of a library section: Plex's library plug-in, and a section key above 0. */
    public boolean libraryItem() {
        if (!LIBRARY.equals(identifier) || itemId == null || sectionId == null) {
            return false;
        }
        try {
            return Long.parseLong(sectionId) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The item was just created by a scan (Tautulli's "new item": state 0, {@code created}). */
    public boolean created() {
        return Integer.valueOf(0).equals(state) && "created".equals(metadataState);
    }

    /**
     * The item's metadata is processed (Tautulli's "done": state 5 with neither a metadata state nor a
     * queue left): the moment to check again whether it is matched.
     */
    public boolean processed() {
        return Integer.valueOf(5).equals(state) && metadataState == null && queueSize == null;
    }

    /** The item left the library (state 9, {@code deleted}), e.g. the old file of an upgrade. */
    public boolean deleted() {
        return Integer.valueOf(9).equals(state);
    }
}

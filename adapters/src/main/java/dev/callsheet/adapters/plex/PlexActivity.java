package dev.callsheet.adapters.plex;

/**
 * One {@code ActivityNotification} of an {@code activity} message: a job on the server started, moved
 * on or ended. A section scan is {@code library.update.section}; when it ends, whatever it found is
 * in the library and a lookup can tell.
 *
 * @param event what happened to the job
 * @param uuid the job's id, the same in all its notifications; may be null
 * @param type the job's kind ({@code library.update.section}, {@code library.refresh.items}, {@code
 *     media.generate.bif}, …); may be null
 * @param title e.g. {@code Scanning Movies}; may be null
 * @param subtitle e.g. the folder being scanned; may be null
 * @param progress 0 to 100, -1 when Plex cannot tell; null when absent
 * @param librarySectionId {@code Context.librarySectionID}, the section a scan covers, as a string
 *     whichever way Plex wrote it; null when absent, as in a scan's first notifications
 * @param itemKey {@code Context.key} of an item refresh ({@code /library/metadata/182}); may be null
 */
public record PlexActivity(
        Event event,
        String uuid,
        String type,
        String title,
        String subtitle,
        Integer progress,
        String librarySectionId,
        String itemKey)
        implements PlexNotification {

    /** Plex's word for a scan of a section (or of a folder in it). */
    public static final String SECTION_SCAN = "library.update.section";

    /** What happened to the job. */
    public enum Event {
        STARTED,
        UPDATED,
        ENDED,
        /** A word this client does not know, or none. */
        UNKNOWN;

        static Event ofWord(String word) {
            return switch (word == null ? "" : word) {
                case "started" -> STARTED;
                case "updated" -> UPDATED;
                case "ended" -> ENDED;
                default -> UNKNOWN;
            };
        }
    }

    /** A scan of a section has ended, and the message says which section. */
    public boolean endsASectionScan() {
        return event == Event.ENDED && SECTION_SCAN.equals(type) && librarySectionId != null;
    }

    /** A scan of section {@code sectionKey} has ended. */
    public boolean endsScanOf(String sectionKey) {
        return event == Event.ENDED && SECTION_SCAN.equals(type) && sectionKey.equals(librarySectionId);
    }
}

package dev.callsheet.plex;

import dev.callsheet.adapters.plex.PlexItem;

/** What Plex's answer shows about an indexed file's metadata. */
sealed interface Verdict {

    /** Matched to the right ids: the file can be watched. */
    record Ready(PlexItem item) implements Verdict {}

    /** Not matched to any ids yet; reported after the grace. */
    record Unmatched(PlexItem item, String detail) implements Verdict {}

    /** Matched to other ids, or at other episode numbers; reported after the grace. */
    record Mismatched(PlexItem item, String detail) implements Verdict {}
}

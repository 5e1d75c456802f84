package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;
import java.util.Objects;

/**
 * Have one Plex server show an imported file: scan the folder that holds it (unless {@code scan} is
 * false) and confirm that the item is indexed and matched. The adapter maps the path to Plex's, picks
 * the section, and scans a section for one folder at a time (files of one folder share a scan); what it finds comes
 * back as {@link dev.callsheet.events.media.PlexScanRequested}, {@link
 * dev.callsheet.events.media.PlexItemFound}, {@link dev.callsheet.events.media.PlexConfirmed} or
 * {@link dev.callsheet.events.media.PlexNotConfirmed}.
 *
 * @param instance the Plex instance (its configured name)
 * @param scan false to look only: the server's mode is {@code observe}, or the item is looked up again
 *     after a restart lost the adapter's job
 */
public record RescanPlexFolder(String id, MediaKey mediaKey, String instance, PlexTarget target, boolean scan)
        implements Command {

    public RescanPlexFolder {
        Objects.requireNonNull(mediaKey, "mediaKey");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public String key() {
        return mediaKey.value();
    }
}

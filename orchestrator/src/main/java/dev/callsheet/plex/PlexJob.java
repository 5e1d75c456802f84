package dev.callsheet.plex;

import dev.callsheet.events.command.PlexTarget;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.PlexPlace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Confirming one file on one Plex server: the commands waiting for it (several when the same file is
 * asked for again while in flight) and how far it got. Touched only under its confirmer's lock.
 */
final class PlexJob {

    final String plexPath;
    final String folder;
    final Instant startedAt;
    final boolean scanFirst;
    final List<RescanPlexFolder> commands = new ArrayList<>();
    Placement placement;
    Instant scanRequestedAt;
    Instant lastScanAt;
    boolean rescanned;
    Instant foundAt;
    PlexPlace place;
    int polls;

    PlexJob(RescanPlexFolder command, String plexPath, Instant startedAt, boolean scanFirst) {
        this.plexPath = plexPath;
        this.folder = PathPrefix.parent(plexPath);
        this.startedAt = startedAt;
        this.scanFirst = scanFirst;
        commands.add(command);
    }

    PlexTarget target() {
        return commands.getFirst().target();
    }

    String arrPath() {
        return target().path();
    }
}

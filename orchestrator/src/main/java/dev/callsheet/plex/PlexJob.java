package dev.callsheet.plex;

import dev.callsheet.events.command.PlexTarget;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.PlexPlace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Confirming one file on one Plex server: the commands waiting for it (several when the same file is
 * asked for again while in flight) and how far it got. Its looks at Plex, scheduled or pushed, run
 * one at a time under its own monitor; what a joining command reads is guarded by the confirmer's
 * lock. {@link #placement} is read without a lock to pick the jobs a push message is about.
 */
final class PlexJob {

    final String plexPath;
    final String folder;
    final Instant startedAt;
    final boolean scanFirst;
    final List<RescanPlexFolder> commands = new ArrayList<>();
    volatile Placement placement;
    Instant scanRequestedAt;
    Instant lastScanAt;
    boolean rescanned;
    Instant foundAt;
    PlexPlace place;
    int polls;
    /** Counts the scheduled looks: only the latest one runs, so a pushed look never starts a second ladder. */
    long turn;

    volatile boolean closed;
    /** A pushed look is waiting for a thread: further push messages add none. */
    final AtomicBoolean lookQueued = new AtomicBoolean();

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

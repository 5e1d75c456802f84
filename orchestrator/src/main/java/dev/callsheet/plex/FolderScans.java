package dev.callsheet.plex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scans of one Plex server. Jobs asking for the same folder of the same section within {@code
 * coalesce} share one scan (a season pack is one scan, not twenty); scan requests to one section are
 * {@code spacing} apart, because Plex has lost items under concurrent partial scans of one section
 * (rivenmedia/riven#873). The pending scans are bounded by the confirmer's jobs: each job waits in at
 * most one.
 */
final class FolderScans {

    private static final Logger log = LoggerFactory.getLogger(FolderScans.class);

    private record Folder(String section, String path) {}

    private final PlexServer server;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Duration coalesce;
    private final Duration spacing;
    private final Map<Folder, List<PlexJob>> pending = new HashMap<>();
    private final Map<String, Instant> sectionFreeAt = new HashMap<>();

    FolderScans(PlexServer server, Clock clock, Scheduler scheduler, PlexProperties settings) {
        this.server = server;
        this.clock = clock;
        this.scheduler = scheduler;
        this.coalesce = settings.coalesce();
        this.spacing = settings.sectionSpacing();
    }

    /**
     * Scans {@code job}'s folder soon, and calls {@code scanned} for each job of the scan with the time
     * Plex took the request, or null when Plex refused it or could not be reached.
     */
    void request(PlexJob job, BiConsumer<PlexJob, Instant> scanned) {
        Folder folder = new Folder(job.placement.section().key(), job.folder);
        synchronized (this) {
            List<PlexJob> waiting = pending.get(folder);
            if (waiting != null) {
                waiting.add(job);
                return;
            }
            pending.put(folder, new ArrayList<>(List.of(job)));
        }
        scheduler.schedule(coalesce, () -> due(folder, scanned));
    }

    /**
     * The folder's coalescing is over: it takes the section's next free slot now, so that folders are
     * scanned in the order they fell due, and stays joinable until its slot comes.
     */
    private void due(Folder folder, BiConsumer<PlexJob, Instant> scanned) {
        Duration wait;
        synchronized (this) {
            Instant now = clock.instant();
            Instant free = sectionFreeAt.getOrDefault(folder.section(), Instant.MIN);
            Instant slot = now.isBefore(free) ? free : now;
            sectionFreeAt.put(folder.section(), slot.plus(spacing));
            wait = Duration.between(now, slot);
        }
        if (wait.isZero()) {
            send(folder, scanned);
        } else {
            scheduler.schedule(wait, () -> send(folder, scanned));
        }
    }

    private void send(Folder folder, BiConsumer<PlexJob, Instant> scanned) {
        List<PlexJob> jobs;
        synchronized (this) {
            jobs = pending.remove(folder);
        }
        Instant requestedAt = clock.instant();
        try {
            server.await(
                    server.client().refresh(folder.section(), folder.path()).thenReturn(true));
            log.info(
                    "Plex '{}': asked to scan {} in section {} for {} file(s)",
                    server.name(),
                    folder.path(),
                    folder.section(),
                    jobs.size());
        } catch (RuntimeException e) {
            log.warn("Plex '{}': could not ask for a scan of {}: {}", server.name(), folder.path(), e.getMessage());
            requestedAt = null;
        }
        for (PlexJob job : jobs) {
            scanned.accept(job, requestedAt);
        }
    }
}

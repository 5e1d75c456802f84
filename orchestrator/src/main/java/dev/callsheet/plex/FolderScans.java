package dev.callsheet.plex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scans of one Plex server, one section scan at a time: Plex has lost items under concurrent
 * partial scans of one section (rivenmedia/riven#873). A folder is scanned as soon as its section has
 * no scan of ours running, so a lone file waits for nothing. A running scan ends when Plex says so on
 * its push channel ({@link #ended}), when every file it was for is found ({@link #settled}), or after
 * {@code section-scan-timeout}; then the section's next folder, in the order they were asked for, is
 * scanned. Files of one folder asked for while its scan waits share it; files asked for while it runs
 * wait for the next, and are looked up before it is sent, so a season pack whose files the first scan
 * brought in is one scan, not twenty. The pending scans are bounded by the confirmer's jobs: each job
 * waits in at most one.
 */
final class FolderScans {

    private static final Logger log = LoggerFactory.getLogger(FolderScans.class);

    private record Folder(String section, String path) {}

    /** A scan sent to Plex and not yet ended; {@code id} tells it from a later scan of the same section. */
    private record Running(long id, List<PlexJob> jobs) {}

    /** One section's folders waiting for it, in the order they were asked for, and its running scan. */
    private static final class Section {
        final Map<Folder, List<PlexJob>> waiting = new LinkedHashMap<>();
        final ArrayDeque<Folder> order = new ArrayDeque<>();
        Running running;
    }

    private final PlexServer server;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Duration timeout;
    private final Predicate<PlexJob> stillMissing;
    private final BiConsumer<PlexJob, Instant> scanned;
    private final Map<String, Section> sections = new HashMap<>();
    private long scans;

    /**
     * @param stillMissing looks a job up before a scan that it waited for, and says whether it still
     *     needs one (neither settled nor found)
     * @param scanned called for each job of a scan with the time Plex took the request, or null when
     *     Plex refused it or could not be reached
     */
    FolderScans(
            PlexServer server,
            Clock clock,
            Scheduler scheduler,
            PlexProperties settings,
            Predicate<PlexJob> stillMissing,
            BiConsumer<PlexJob, Instant> scanned) {
        this.server = server;
        this.clock = clock;
        this.scheduler = scheduler;
        this.timeout = settings.sectionScanTimeout();
        this.stillMissing = stillMissing;
        this.scanned = scanned;
    }

    /** Scans {@code job}'s folder as soon as its section is free. */
    void request(PlexJob job) {
        Folder folder = new Folder(job.placement.section().key(), job.folder);
        synchronized (this) {
            Section section = sections.computeIfAbsent(folder.section(), key -> new Section());
            List<PlexJob> waiting = section.waiting.get(folder);
            if (waiting != null) {
                waiting.add(job);
                return;
            }
            section.waiting.put(folder, new ArrayList<>(List.of(job)));
            section.order.add(folder);
            if (section.running != null) {
                return;
            }
        }
        // On a scheduler thread: the caller holds its job's monitor, and a scan calls Plex.
        scheduler.schedule(Duration.ZERO, () -> startNext(folder.section(), false));
    }

    /** Plex says a scan of {@code sectionKey} ended: whatever it found can be looked up now. */
    void ended(String sectionKey) {
        Long id;
        synchronized (this) {
            Section section = sections.get(sectionKey);
            id = section == null || section.running == null ? null : section.running.id();
        }
        if (id != null) {
            end(sectionKey, id, "Plex says it ended");
        }
    }

    /** {@code job} is found or finished: the scan it was in may have nothing left to wait for. */
    void settled(PlexJob job) {
        Placement placement = job.placement;
        if (placement == null) {
            return;
        }
        Long id = null;
        synchronized (this) {
            Section section = sections.get(placement.section().key());
            Running running = section == null ? null : section.running;
            if (running != null
                    && running.jobs().contains(job)
                    && running.jobs().stream().allMatch(each -> each.closed || each.foundAt != null)) {
                id = running.id();
            }
        }
        if (id != null) {
            end(placement.section().key(), id, "every file it was for is found");
        }
    }

    private void end(String sectionKey, long id, String why) {
        synchronized (this) {
            Section section = sections.get(sectionKey);
            if (section == null || section.running == null || section.running.id() != id) {
                return;
            }
            section.running = null;
            log.debug("Plex '{}': scan {} of section {} over: {}", server.name(), id, sectionKey, why);
        }
        // Never on the caller's thread: it may be the push channel's, or hold a job's monitor.
        scheduler.schedule(Duration.ZERO, () -> startNext(sectionKey, true));
    }

    /**
     * Sends the section's next scan, unless one is running. Jobs that waited for it ({@code waited}:
     * the section was busy when they came) are looked up first: the scan they waited for, Plex's own
     * watcher or the *arr app's scan may have brought them in already.
     */
    private void startNext(String sectionKey, boolean waited) {
        while (true) {
            Folder folder;
            List<PlexJob> jobs;
            long id;
            synchronized (this) {
                Section section = sections.get(sectionKey);
                if (section == null || section.running != null || section.order.isEmpty()) {
                    return;
                }
                folder = section.order.poll();
                jobs = section.waiting.remove(folder);
                id = ++scans;
                section.running = new Running(id, jobs);
            }
            List<PlexJob> missing = waited ? jobs.stream().filter(stillMissing).toList() : jobs;
            if (missing.isEmpty()) {
                log.debug("Plex '{}': {} needs no scan after all", server.name(), folder.path());
                free(sectionKey, id);
                continue;
            }
            if (send(folder, missing, id)) {
                return;
            }
            free(sectionKey, id);
        }
    }

    private synchronized void free(String sectionKey, long id) {
        Section section = sections.get(sectionKey);
        if (section.running != null && section.running.id() == id) {
            section.running = null;
        }
    }

    /** Asks Plex to scan {@code folder}; true when it took the request, and the scan now runs. */
    private boolean send(Folder folder, List<PlexJob> jobs, long id) {
        synchronized (this) {
            sections.get(folder.section()).running = new Running(id, jobs);
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
        if (requestedAt != null) {
            scheduler.schedule(timeout, () -> end(folder.section(), id, "no word from Plex within the timeout"));
        }
        for (PlexJob job : jobs) {
            scanned.accept(job, requestedAt);
        }
        return requestedAt != null;
    }
}

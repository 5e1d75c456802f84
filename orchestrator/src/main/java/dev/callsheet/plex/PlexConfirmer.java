package dev.callsheet.plex;

import dev.callsheet.adapters.plex.PlexActivity;
import dev.callsheet.adapters.plex.PlexItem;
import dev.callsheet.adapters.plex.PlexItemType;
import dev.callsheet.adapters.plex.PlexNotification;
import dev.callsheet.adapters.plex.PlexTimelineEntry;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.PlexNotConfirmed.Problem;
import dev.callsheet.events.media.PlexPlace;
import dev.callsheet.source.InstanceProperties.PlexMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confirms imported files on one Plex server (plex-confirmation.md §7). Per file: map the path and
 * pick the section (none: {@code PATH_UNMAPPED} at once); look the file up, since Plex's own watcher
 * or the *arr app's scan may have indexed it already; scan its folder (unless observing); look it up
 * again after 1, 2, 4, 8, 15, 30, 60 and 120 s, then every 5 min; scan once more when it is still missing
 * {@code rescan-after} after the scan; give up at the {@code deadline} ({@code NOT_IN_LIBRARY}). Once
 * found, it is ready when matched to the right ids ({@link Readiness}); still unmatched or mismatched
 * after the {@code grace}, it is reported as such. A failed call to Plex counts as "not found this
 * time". Jobs are in memory and at most {@code max-jobs}: {@link #submit} waits for a free place. The
 * server's push channel only says when to look between the scheduled looks ({@link #heard}).
 */
final class PlexConfirmer {

    private static final Logger log = LoggerFactory.getLogger(PlexConfirmer.class);
    private static final List<Duration> BACK_OFF = List.of(1, 2, 4, 8, 15, 30, 60, 120).stream()
            .map(Duration::ofSeconds)
            .toList();
    private static final Duration THEN_EVERY = Duration.ofMinutes(5);

    private final PlexServer server;
    private final PlexProperties settings;
    private final Clock clock;
    private final Scheduler scheduler;
    private final PlexFacts facts;
    private final SectionsCache sections;
    private final FolderScans scans;
    private final PlexJobs jobs;
    private volatile String machineIdentifier;

    PlexConfirmer(PlexServer server, PlexProperties settings, Clock clock, Scheduler scheduler, FactWriter writer) {
        this.server = server;
        this.settings = settings;
        this.clock = clock;
        this.scheduler = scheduler;
        this.facts = new PlexFacts(server.name(), writer);
        this.sections = new SectionsCache(server, clock, settings.sectionsMaxAge());
        this.scans = new FolderScans(server, clock, scheduler, settings, this::stillMissing, this::scanned);
        this.jobs = new PlexJobs(settings.maxJobs());
    }

    /**
     * Starts confirming the command's file and returns at once, or joins the job already confirming
     * it (same command id, or same file on this server). Waits while {@code max-jobs} files are in
     * flight.
     */
    void submit(RescanPlexFolder command) throws InterruptedException {
        String plexPath = server.paths().map(command.target().path());
        boolean scanFirst = command.scan() && server.mode() == PlexMode.SCAN;
        switch (jobs.arrive(command, plexPath, () -> new PlexJob(command, plexPath, clock.instant(), scanFirst))) {
            case PlexJobs.Arrival.Known known -> {}
            case PlexJobs.Arrival.Opened opened -> {
                synchronized (opened.job()) {
                    next(opened.job(), Duration.ZERO);
                }
            }
            case PlexJobs.Arrival.Joined joined -> {
                log.info("Plex '{}': {} joins the job for {}", server.name(), command.id(), plexPath);
                // What the job has seen so far is news to the joining command.
                PlexJob job = joined.job();
                if (joined.scanRequestedAt() != null) {
                    facts.scanRequested(command, job.placement.section().key(), job.folder, joined.scanRequestedAt());
                }
                if (joined.foundAt() != null) {
                    facts.found(command, joined.place(), joined.scanRequestedAt(), joined.foundAt());
                }
            }
        }
    }

    /**
     * Looks now at the jobs a push message is about: those in the section of a new or processed item,
     * or of a scan that just ended; every job when the channel has just opened, since what Plex sent
     * while it was closed is lost. A job waiting for its first look, which is due at once, is left to
     * it.
     */
    void heard(PlexNotification notification) {
        switch (notification) {
            case PlexNotification.Connected connected -> {
                log.info("Plex '{}': push channel open", server.name());
                lookNow(section -> true);
            }
            case PlexTimelineEntry entry
            when entry.libraryItem() && (entry.created() || entry.processed()) -> lookNow(entry.sectionId()::equals);
            case PlexTimelineEntry entry -> {}
            case PlexActivity activity
            when activity.endsASectionScan() -> {
                lookNow(activity::endsScanOf);
                scans.ended(activity.librarySectionId());
            }
            case PlexActivity activity -> {}
        }
    }

    private void lookNow(Predicate<String> section) {
        for (PlexJob job : jobs.open()) {
            Placement placement = job.placement;
            if (placement != null
                    && section.test(placement.section().key())
                    && job.lookQueued.compareAndSet(false, true)) {
                scheduler.schedule(Duration.ZERO, () -> pushedLook(job));
            }
        }
    }

    /**
     * A look a push message asked for, between the scheduled ones. Not found, it changes nothing: the
     * ladder, the re-scan and the deadline stand. Found, the job goes on from there as after any look.
     */
    private void pushedLook(PlexJob job) {
        synchronized (job) {
            job.lookQueued.set(false);
            if (job.closed) {
                return;
            }
            Instant now = clock.instant();
            List<PlexItem> items;
            try {
                items = lookup(job);
            } catch (RuntimeException e) {
                log.debug("Plex '{}': could not look up {}: {}", server.name(), job.plexPath, e.getMessage());
                return;
            }
            if (!items.isEmpty()) {
                found(job, items, now);
            }
        }
    }

    /**
     * Looks up a job that waited for its section's scan, before that scan is sent: false when it needs
     * none (finished, or found now or before). A failed look counts as missing.
     */
    private boolean stillMissing(PlexJob job) {
        synchronized (job) {
            if (job.closed || job.foundAt != null) {
                return false;
            }
            Instant now = clock.instant();
            List<PlexItem> items;
            try {
                items = lookup(job);
            } catch (RuntimeException e) {
                log.debug("Plex '{}': could not look up {}: {}", server.name(), job.plexPath, e.getMessage());
                return true;
            }
            if (items.isEmpty()) {
                return true;
            }
            found(job, items, now);
            return false;
        }
    }

    /** A scheduled look; one superseded by a later schedule, or of a finished job, does nothing. */
    private void scheduledLook(PlexJob job, long turn) {
        synchronized (job) {
            if (!job.closed && job.turn == turn) {
                step(job);
            }
        }
    }

    private void step(PlexJob job) {
        Instant now = clock.instant();
        List<PlexItem> items;
        try {
            if (job.placement == null) {
                Optional<Placement> placement = sections.place(job.target().type(), job.plexPath);
                if (placement.isEmpty()) {
                    finish(job, Problem.PATH_UNMAPPED, Diagnosis.unmapped(server, job, sections.known()), null);
                    return;
                }
                job.placement = placement.get();
            }
            items = lookup(job);
        } catch (RuntimeException e) {
            log.warn("Plex '{}': could not look up {}: {}", server.name(), job.plexPath, e.getMessage());
            items = List.of();
        }
        if (items.isEmpty()) {
            notFound(job, now);
        } else {
            found(job, items, now);
        }
    }

    private void notFound(PlexJob job, Instant now) {
        if (!now.isBefore(job.startedAt.plus(settings.deadline()))) {
            finish(job, Problem.NOT_IN_LIBRARY, Diagnosis.notInLibrary(server, job, settings.deadline()), null);
        } else if (job.placement != null && job.scanFirst && job.lastScanAt == null) {
            scans.request(job);
        } else if (job.placement != null && rescanDue(job, now)) {
            job.rescanned = true;
            log.info("Plex '{}': {} still not listed, scanning {} again", server.name(), job.plexPath, job.folder);
            scans.request(job);
        } else {
            later(job, now);
        }
    }

    private void scanned(PlexJob job, Instant requestedAt) {
        synchronized (job) {
            // A pushed look may have settled it while the scan waited.
            if (!job.closed) {
                scannedOpen(job, requestedAt);
            }
        }
    }

    private void scannedOpen(PlexJob job, Instant requestedAt) {
        Instant now = clock.instant();
        List<RescanPlexFolder> commands;
        synchronized (jobs) {
            job.lastScanAt = now;
            if (requestedAt != null && job.scanRequestedAt == null) {
                job.scanRequestedAt = requestedAt;
            }
            job.polls = 0;
            commands = List.copyOf(job.commands);
        }
        if (requestedAt != null) {
            commands.forEach(command ->
                    facts.scanRequested(command, job.placement.section().key(), job.folder, requestedAt));
        }
        later(job, now);
    }

    private void found(PlexJob job, List<PlexItem> items, Instant now) {
        List<RescanPlexFolder> news = List.of();
        // Outside the lock: the first place asks Plex who it is.
        PlexPlace first = job.foundAt == null ? place(job, items.getFirst()) : null;
        synchronized (jobs) {
            if (job.foundAt == null) {
                job.foundAt = now;
                job.place = first;
                news = List.copyOf(job.commands);
            }
        }
        news.forEach(command -> facts.found(command, job.place, job.scanRequestedAt, job.foundAt));
        scans.settled(job);
        Verdict verdict;
        try {
            verdict = judge(job, items);
        } catch (RuntimeException e) {
            log.warn("Plex '{}': could not read the metadata of {}: {}", server.name(), job.plexPath, e.getMessage());
            later(job, now);
            return;
        }
        boolean graceOver = !now.isBefore(job.foundAt.plus(settings.grace()));
        switch (verdict) {
            case Verdict.Ready ready -> confirm(job, place(job, ready.item()), now);
            case Verdict.Unmatched unmatched
            when graceOver -> finish(job, Problem.UNMATCHED, unmatched.detail(), place(job, unmatched.item()));
            case Verdict.Mismatched mismatched
            when graceOver -> finish(job, Problem.MISMATCHED, mismatched.detail(), place(job, mismatched.item()));
            case Verdict.Unmatched unmatched -> later(job, now);
            case Verdict.Mismatched mismatched -> later(job, now);
        }
    }

    private Verdict judge(PlexJob job, List<PlexItem> items) {
        if (job.target().type() == MediaType.MOVIE) {
            return Readiness.movie(job.target(), items.getFirst());
        }
        String showKey = items.getFirst().showRatingKey();
        Optional<PlexItem> show = showKey == null
                ? Optional.empty()
                : server.await(server.client().metadata(showKey));
        return Readiness.episode(job.target(), items, show);
    }

    private List<PlexItem> lookup(PlexJob job) {
        PlexItemType type = job.target().type() == MediaType.MOVIE ? PlexItemType.MOVIE : PlexItemType.EPISODE;
        // Plex's file= filter is probably a substring match on the name: only the whole path proves it.
        return server.await(server.client().findByFile(job.placement.section().key(), type, job.plexPath)).stream()
                .filter(item -> item.files().stream().anyMatch(file -> samePath(file, job.plexPath)))
                .toList();
    }

    private static boolean samePath(String file, String plexPath) {
        return PathPrefix.remainder(plexPath, file).map(String::isEmpty).orElse(false);
    }

    private boolean rescanDue(PlexJob job, Instant now) {
        return server.mode() == PlexMode.SCAN && !job.rescanned && !now.isBefore(rescanAt(job));
    }

    private Instant rescanAt(PlexJob job) {
        return (job.lastScanAt != null ? job.lastScanAt : job.startedAt).plus(settings.rescanAfter());
    }

    /** The next look, on the back-off ladder, but no later than the next thing due. */
    private void later(PlexJob job, Instant now) {
        Duration wait = job.polls < BACK_OFF.size() ? BACK_OFF.get(job.polls) : THEN_EVERY;
        job.polls++;
        if (job.foundAt == null) {
            wait = earliest(wait, now, job.startedAt.plus(settings.deadline()));
            if (server.mode() == PlexMode.SCAN && !job.rescanned && job.placement != null) {
                wait = earliest(wait, now, rescanAt(job));
            }
        } else {
            wait = earliest(wait, now, job.foundAt.plus(settings.grace()));
        }
        next(job, wait);
    }

    /** Schedules the job's next look, which supersedes any scheduled before; called under the job's monitor. */
    private void next(PlexJob job, Duration wait) {
        long turn = ++job.turn;
        scheduler.schedule(wait, () -> scheduledLook(job, turn));
    }

    private static Duration earliest(Duration wait, Instant now, Instant due) {
        Duration untilDue = Duration.between(now, due);
        return untilDue.isNegative() ? Duration.ZERO : untilDue.compareTo(wait) < 0 ? untilDue : wait;
    }

    private void confirm(PlexJob job, PlexPlace place, Instant readyAt) {
        for (RescanPlexFolder command : jobs.close(job)) {
            facts.confirmed(command, place, job.scanRequestedAt, job.foundAt, readyAt);
        }
        log.info("Plex '{}': {} is ready as '{}' ({})", server.name(), job.plexPath, place.title(), place.ratingKey());
    }

    private void finish(PlexJob job, Problem problem, String detail, PlexPlace place) {
        for (RescanPlexFolder command : jobs.close(job)) {
            facts.notConfirmed(command, problem, detail, place);
        }
        scans.settled(job);
        log.warn("Plex '{}': {} not confirmed ({}): {}", server.name(), job.arrPath(), problem, detail);
    }

    private PlexPlace place(PlexJob job, PlexItem item) {
        return new PlexPlace(
                machineIdentifier(),
                job.placement.section().key(),
                job.placement.section().title(),
                item.ratingKey(),
                item.title(),
                job.plexPath);
    }

    /** The server's id, for links into Plex's web app; asked once, null while Plex will not say. */
    private String machineIdentifier() {
        if (machineIdentifier == null) {
            try {
                machineIdentifier = server.await(server.client().identity()).machineIdentifier();
            } catch (RuntimeException e) {
                log.debug("Plex '{}' would not say who it is: {}", server.name(), e.getMessage());
            }
        }
        return machineIdentifier;
    }
}

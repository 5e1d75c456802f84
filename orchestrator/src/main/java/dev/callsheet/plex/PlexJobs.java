package dev.callsheet.plex;

import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.PlexPlace;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The files one confirmer is confirming, by Plex path and by command id, at most {@code maxJobs} at
 * once. Its lock also guards what a joining command reads of a job.
 */
final class PlexJobs {

    /** What a command finds when it arrives. */
    sealed interface Arrival {

        /** Its id is being worked on already: nothing to do. */
        record Known() implements Arrival {}

        /** Its file is being confirmed: it joins, and learns what the job has seen so far. */
        record Joined(PlexJob job, Instant scanRequestedAt, Instant foundAt, PlexPlace place) implements Arrival {}

        /** A new job for its file. */
        record Opened(PlexJob job) implements Arrival {}
    }

    private final Semaphore places;
    private final Map<String, PlexJob> byPath = new HashMap<>();
    private final Map<String, PlexJob> byCommand = new HashMap<>();

    PlexJobs(int maxJobs) {
        this.places = new Semaphore(maxJobs);
    }

    /** Joins the command to its file's job, or opens one with {@code open}, waiting for a free place. */
    Arrival arrive(RescanPlexFolder command, String plexPath, Supplier<PlexJob> open) throws InterruptedException {
        synchronized (this) {
            Arrival known = attach(command, plexPath);
            if (known != null) {
                return known;
            }
        }
        places.acquire();
        synchronized (this) {
            // Another command for the same file may have opened its job while this one waited.
            Arrival known = attach(command, plexPath);
            if (known != null) {
                places.release();
                return known;
            }
            PlexJob job = open.get();
            byPath.put(plexPath, job);
            byCommand.put(command.id(), job);
            return new Arrival.Opened(job);
        }
    }

    /** Ends the job and frees its place; the commands that waited for it. */
    synchronized List<RescanPlexFolder> close(PlexJob job) {
        job.closed = true;
        byPath.remove(job.plexPath);
        job.commands.forEach(command -> byCommand.remove(command.id()));
        places.release();
        return List.copyOf(job.commands);
    }

    /** The jobs in flight now. */
    synchronized List<PlexJob> open() {
        return List.copyOf(byPath.values());
    }

    private Arrival attach(RescanPlexFolder command, String plexPath) {
        if (byCommand.containsKey(command.id())) {
            return new Arrival.Known();
        }
        PlexJob job = byPath.get(plexPath);
        if (job == null) {
            return null;
        }
        job.commands.add(command);
        byCommand.put(command.id(), job);
        return new Arrival.Joined(job, job.scanRequestedAt, job.foundAt, job.place);
    }
}

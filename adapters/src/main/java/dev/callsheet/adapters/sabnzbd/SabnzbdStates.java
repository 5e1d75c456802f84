package dev.callsheet.adapters.sabnzbd;

import dev.callsheet.events.download.JobState;

/**
 * The one reading of SABnzbd's status words, for queue slots and history slots. A word not listed
 * here makes the answer unreadable rather than guessed at.
 */
public final class SabnzbdStates {

    private SabnzbdStates() {}

    /** A queue slot's {@code status}. */
    public static JobState ofQueue(String status) {
        return switch (String.valueOf(status)) {
            // Waiting for its turn.
            case "Queued" -> JobState.QUEUED;
            // Paused by a person, by its priority, or because the whole queue is paused.
            case "Paused" -> JobState.PAUSED;
            // Articles are being fetched.
            case "Downloading" -> JobState.DOWNLOADING;
            // Held back until the post is old enough to have reached every server (propagation delay).
            case "Propagating" -> JobState.QUEUED;
            // The NZB itself is being fetched from its URL (Grabbing is the older word for it).
            case "Fetching", "Grabbing" -> JobState.QUEUED;
            // Pre-check: asking the servers whether the articles exist before downloading them.
            case "Checking" -> JobState.QUEUED;
            // The queue's overall word when nothing runs; kept for slots that report it.
            case "Idle" -> JobState.QUEUED;
            // Removed from the queue while the answer was made: it will not finish.
            case "Deleted" -> JobState.FAILED;
            default -> throw new IllegalArgumentException("unknown SABnzbd queue status " + status);
        };
    }

    /** A history slot's {@code status}. */
    public static JobState ofHistory(String status) {
        return switch (String.valueOf(status)) {
            // Downloaded and post-processed; the files are in their final folder.
            case "Completed" -> JobState.COMPLETED;
            // Download or post-processing failed; fail_message says why.
            case "Failed" -> JobState.FAILED;
            // Downloaded, waiting for its turn in post-processing.
            case "Queued" -> JobState.PROCESSING;
            // Post-processing stages: quick check, par2 verify and repair, unpack, move, user script.
            case "QuickCheck", "Verifying", "Repairing", "Extracting", "Moving", "Running" -> JobState.PROCESSING;
            // Repair needs more par2 blocks, which are being downloaded.
            case "Fetching" -> JobState.PROCESSING;
            default -> throw new IllegalArgumentException("unknown SABnzbd history status " + status);
        };
    }
}

package dev.callsheet.adapters.nzbget;

import dev.callsheet.events.download.JobState;

/**
 * The one reading of NZBGet's status words: a queued group's {@code Status} and a history item's
 * {@code Status} ({@code TOTAL/DETAIL}). A word not listed here makes the answer unreadable rather
 * than guessed at.
 */
public final class NzbgetStates {

    private NzbgetStates() {}

    /** A {@code listgroups} item's {@code Status}. */
    public static JobState ofGroup(String status) {
        return switch (String.valueOf(status)) {
            // Waiting for a download slot.
            case "QUEUED" -> JobState.QUEUED;
            // Paused by a person or the scheduler.
            case "PAUSED" -> JobState.PAUSED;
            // Articles are being fetched.
            case "DOWNLOADING" -> JobState.DOWNLOADING;
            // The NZB itself is being fetched from a URL: no article transferred yet.
            case "FETCHING" -> JobState.QUEUED;
            // Downloaded; waiting for its turn in post-processing.
            case "PP_QUEUED" -> JobState.PROCESSING;
            // Par-check: loading the par files, verifying, repairing, verifying the repair.
            case "LOADING_PARS", "VERIFYING_SOURCES", "REPAIRING", "VERIFYING_REPAIRED" -> JobState.PROCESSING;
            // Renaming obfuscated files (before and, in newer versions, after unpacking).
            case "RENAMING", "POST_UNPACK_RENAMING" -> JobState.PROCESSING;
            // Unpacking the archives, then moving the files to the final folder.
            case "UNPACKING", "MOVING" -> JobState.PROCESSING;
            // A post-processing extension is running.
            case "EXECUTING_SCRIPT" -> JobState.PROCESSING;
            // Post-processing is done and the job is about to move to the history, where its verdict is.
            case "PP_FINISHED" -> JobState.PROCESSING;
            default -> throw new IllegalArgumentException("unknown NZBGet queue status " + status);
        };
    }

    /** A {@code history} item's {@code Status}; {@link JobState#FAILED} items carry it as their reason. */
    public static JobState ofHistory(String status) {
        return switch (String.valueOf(status)) {
            // Everything checked or unpacked well; GOOD and MARK mean a person or the dupe check said so;
            // HEALTH means complete without needing par-check.
            case "SUCCESS/ALL", "SUCCESS/UNPACK", "SUCCESS/PAR", "SUCCESS/HEALTH", "SUCCESS/GOOD", "SUCCESS/MARK" ->
                JobState.COMPLETED;
            // The files are there and fine; only an extension failed, which the import does not need.
            case "WARNING/SCRIPT" -> JobState.COMPLETED;
            // Downloaded but par-check or unpack was skipped by configuration: the data is what was posted.
            case "WARNING/SKIPPED" -> JobState.COMPLETED;
            // Unpack stopped: no disk space, or a password is needed that NZBGet does not have.
            case "WARNING/SPACE", "WARNING/PASSWORD" -> JobState.FAILED;
            // Damaged, or repairable but not repaired (par-repair off), or health too low to repair:
            // nothing importable until someone acts.
            case "WARNING/DAMAGED", "WARNING/REPAIRABLE", "WARNING/HEALTH" -> JobState.FAILED;
            // Par-check, unpack, moving or scanning failed; BAD is a person's or the indexer's mark;
            // HEALTH is articles missing beyond repair; FETCH is an NZB URL that could not be fetched.
            case "FAILURE/PAR",
                    "FAILURE/UNPACK",
                    "FAILURE/MOVE",
                    "FAILURE/SCAN",
                    "FAILURE/BAD",
                    "FAILURE/HEALTH",
                    "FAILURE/FETCH" -> JobState.FAILED;
            // Deleted by a person, by the duplicate check (DUPE, COPY: a copy exists; GOOD: a good one
            // was found elsewhere), or for health: this job will not deliver anything.
            case "DELETED/MANUAL", "DELETED/DUPE", "DELETED/COPY", "DELETED/GOOD", "DELETED/HEALTH" -> JobState.FAILED;
            default -> throw new IllegalArgumentException("unknown NZBGet history status " + status);
        };
    }
}

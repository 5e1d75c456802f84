package dev.callsheet.adapters.nzbget;

import dev.callsheet.events.download.JobState;
import java.util.Locale;

/**
 * The one reading of NZBGet's status words: a queued group's {@code Status} and a history item's
 * {@code Status} ({@code TOTAL/DETAIL}), as NZBGet 21 to 25 write them ({@code
 * daemon/remote/XmlRpc.cpp}, {@code daemon/queue/DownloadInfo.cpp}). Words are read in any case; a word
 * not listed here reads as {@link JobState#UNKNOWN}, the word itself kept by the caller.
 */
public final class NzbgetStates {

    private NzbgetStates() {}

    /** A {@code listgroups} item's {@code Status}. */
    public static JobState ofGroup(String status) {
        return switch (word(status)) {
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
            // Downloaded; a queue-script extension is waiting or running before post-processing.
            case "QS_QUEUED", "QS_EXECUTING" -> JobState.PROCESSING;
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
            default -> JobState.UNKNOWN;
        };
    }

    /** A {@code history} item's {@code Status}; {@link JobState#FAILED} items carry it as their reason. */
    public static JobState ofHistory(String status) {
        return switch (word(status)) {
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
            // HEALTH is articles missing beyond repair; FETCH is an NZB URL that could not be fetched;
            // INTERNAL_ERROR is NZBGet's own word for a history entry it cannot classify.
            case "FAILURE/PAR",
                    "FAILURE/UNPACK",
                    "FAILURE/MOVE",
                    "FAILURE/SCAN",
                    "FAILURE/BAD",
                    "FAILURE/HEALTH",
                    "FAILURE/FETCH",
                    "FAILURE/INTERNAL_ERROR" -> JobState.FAILED;
            // Deleted by a person, by the duplicate check (DUPE, COPY: a copy exists; GOOD: a good one
            // was found elsewhere), or for health: this job will not deliver anything.
            case "DELETED/MANUAL", "DELETED/DUPE", "DELETED/COPY", "DELETED/GOOD", "DELETED/HEALTH" -> JobState.FAILED;
            default -> JobState.UNKNOWN;
        };
    }

    // NZBGet writes its words in upper case ("SUCCESS/ALL"); a proxy or a script may not.
    private static String word(String status) {
        return status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
    }
}

package dev.callsheet.adapters.qbittorrent;

import dev.callsheet.events.download.JobState;
import java.util.Locale;

/**
 * The one reading of qBittorrent's torrent {@code state} strings (4.x names, and the 5.x renames of the
 * paused states) as {@link JobState}s. Words are read in any case; a word not listed here, and
 * qBittorrent's own {@code unknown}, read as {@link JobState#UNKNOWN}.
 */
public final class QbittorrentStates {

    private QbittorrentStates() {}

    /** Our state for qBittorrent's {@code state}; a word we do not know reads as UNKNOWN. */
    public static JobState of(String state) {
        return switch (word(state)) {
            // qBittorrent stopped the torrent on a disk or libtorrent error; it will not go on by itself.
            case "error" -> JobState.FAILED;
            // The data vanished from the save path; nothing moves until someone restores or re-adds it.
            case "missingfiles" -> JobState.FAILED;
            // Every wanted piece is there and peers are taking them: finished, now seeding.
            case "uploading" -> JobState.COMPLETED;
            // Finished, then stopped by a person or a share limit; the data stays complete (4.x name).
            case "pausedup" -> JobState.COMPLETED;
            // 5.x's new name for pausedUP.
            case "stoppedup" -> JobState.COMPLETED;
            // Finished and waiting for a seeding slot in the queue.
            case "queuedup" -> JobState.COMPLETED;
            // Finished and seeding, but no peer wants anything: still complete.
            case "stalledup" -> JobState.COMPLETED;
            // Re-checking finished data: complete only once the check has confirmed it.
            case "checkingup" -> JobState.PROCESSING;
            // Finished and seeding regardless of the queue.
            case "forcedup" -> JobState.COMPLETED;
            // Reserving disk space before the first byte arrives (older versions only).
            case "allocating" -> JobState.QUEUED;
            // Receiving data.
            case "downloading" -> JobState.DOWNLOADING;
            // A magnet link still fetching the torrent's metadata: no file data is moving yet.
            case "metadl" -> JobState.QUEUED;
            // The same, started regardless of the queue.
            case "forcedmetadl" -> JobState.QUEUED;
            // Stopped by a person before finishing (4.x name).
            case "pauseddl" -> JobState.PAUSED;
            // 5.x's new name for pausedDL.
            case "stoppeddl" -> JobState.PAUSED;
            // Waiting for a download slot in the queue.
            case "queueddl" -> JobState.QUEUED;
            // Wants data but no peer sends any: the stall the pipeline reports.
            case "stalleddl" -> JobState.STALLED;
            // Hashing what is on disk before downloading the rest.
            case "checkingdl" -> JobState.PROCESSING;
            // Downloading regardless of the queue.
            case "forceddl" -> JobState.DOWNLOADING;
            // Reloading its saved state after a restart: not known yet whether anything is missing.
            case "checkingresumedata" -> JobState.PROCESSING;
            // Moving the files to another save path; they are not where they will end up yet.
            case "moving" -> JobState.PROCESSING;
            // qBittorrent's own word when it cannot tell: neither done nor failed, so nothing is decided.
            case "unknown" -> JobState.UNKNOWN;
            // A word a newer version adds reads like "unknown" until it is mapped here; the caller keeps it.
            default -> JobState.UNKNOWN;
        };
    }

    /** Why a FAILED state failed, in words for the timeline; null for every other state. */
    public static String failure(String state) {
        return switch (word(state)) {
            case "error" -> "qBittorrent stopped the torrent on an error";
            case "missingfiles" -> "qBittorrent cannot find the torrent's files";
            default -> null;
        };
    }

    // qBittorrent writes its words in camel case ("stalledDL"); a proxy or a fork may not.
    private static String word(String state) {
        return state == null ? "unknown" : state.strip().toLowerCase(Locale.ROOT);
    }
}

package dev.callsheet.normalise.nzbget;

import dev.callsheet.adapters.nzbget.NzbgetStates;
import dev.callsheet.events.DownloadId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.normalise.FormFields;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import dev.callsheet.normalise.WebhookOrigin;
import dev.callsheet.normalise.WebhookParser;
import dev.callsheet.normalise.download.ClientBodies;
import dev.callsheet.normalise.download.ScriptFields;
import dev.callsheet.normalise.download.ScriptJob;

/**
 * Parses what reaches {@code /webhooks/nzbget}. The script's form has {@code event} (NZBGet's queue
 * event {@code NZB_ADDED}, {@code NZB_DELETED} or {@code NZB_MARKED}, or {@code POST_PROCESSING}),
 * {@code drone} (the job parameter in which Radarr and Sonarr keep their download id), {@code nzbid},
 * {@code name}, {@code category}, and per event {@code delete_status}, {@code mark_status} or {@code
 * status} ({@code NZBPP_STATUS}); {@code directory} only the raw record keeps.
 *
 * <p>Deletes, marks and post-processing results are read as the history status NZBGet gives them
 * ({@code FAILURE/HEALTH}, {@code SUCCESS/GOOD}), through {@link NzbgetStates}, the one reading of
 * NZBGet's words that the watcher uses too; that status is the report's client state and, for a
 * failure, its reason.
 */
public final class NzbgetWebhookParser implements WebhookParser {

    /** Deleted by a person: the one end that is not a failure. */
    private static final String DELETED_BY_HAND = "DELETED/MANUAL";

    @Override
    public SourceKind source() {
        return SourceKind.NZBGET;
    }

    @Override
    public ParsedWebhook parse(byte[] body, WebhookOrigin origin) throws UnparseableWebhook {
        return ClientBodies.parse(body, NzbgetWebhookParser::report);
    }

    private static ClientReport report(FormFields fields) throws UnparseableWebhook {
        String event = fields.text("event");
        if (event == null) {
            throw new UnparseableWebhook("the form has no event field (NZBGet's NZBNA_EVENT, or POST_PROCESSING)");
        }
        var job = new ScriptJob(id(fields), fields.text("name"), fields.text("category"), null);
        return switch (event) {
            case "NZB_ADDED" -> job.added();
            case "NZB_DELETED" -> ended(job, deleted(fields.text("delete_status")));
            case "NZB_MARKED" -> ended(job, marked(fields.text("mark_status")));
            case "POST_PROCESSING" -> ended(job, required(fields, "status", "NZBGet's NZBPP_STATUS"));
            default ->
                throw new UnparseableWebhook("event '" + event + "' is not one the NZBGet script reports (NZB_ADDED,"
                        + " NZB_DELETED, NZB_MARKED, POST_PROCESSING)");
        };
    }

    /** Radarr and Sonarr know the job by their {@code drone} parameter; jobs added without one by NZBID. */
    private static DownloadId id(FormFields fields) throws UnparseableWebhook {
        String drone = fields.text("drone");
        if (drone != null) {
            return DownloadId.of(drone.trim());
        }
        DownloadId nzbId = ScriptFields.downloadId(fields, "nzbid", "NZBGet's NZBID, used when there is no drone");
        if (!nzbId.value().chars().allMatch(Character::isDigit)) {
            throw new UnparseableWebhook("nzbid '" + nzbId + "' is not an NZBGet NZBID");
        }
        return nzbId;
    }

    /** The history status NZBGet gives a job deleted from the queue for this reason. */
    private static String deleted(String deleteStatus) throws UnparseableWebhook {
        return switch (deleteStatus == null ? "NONE" : deleteStatus) {
            // A person deleted it; NONE (no reason recorded) can only be a person too.
            case "MANUAL", "NONE" -> DELETED_BY_HAND;
            // The health check gave up: too many articles missing to ever repair.
            case "HEALTH" -> "FAILURE/HEALTH";
            // The duplicate check removed it for a copy with a better or equal score.
            case "DUPE" -> "DELETED/DUPE";
            // An exact copy is already in the queue or history.
            case "COPY" -> "DELETED/COPY";
            // Another duplicate of it was marked good, so this one is not needed.
            case "GOOD" -> "DELETED/GOOD";
            // Marked bad, by a person, a script or the indexer's feedback.
            case "BAD" -> "FAILURE/BAD";
            // The NZB file could not be read, or a scan script rejected it.
            case "SCAN" -> "FAILURE/SCAN";
            default -> throw new UnparseableWebhook("delete_status '" + deleteStatus + "' is not one NZBGet gives");
        };
    }

    /** The history status of a job marked so. */
    private static String marked(String markStatus) throws UnparseableWebhook {
        return switch (markStatus == null ? "" : markStatus) {
            // Marked bad: NZBGet deletes it (if still queued) and the *arr apps look for another release.
            case "BAD" -> "FAILURE/BAD";
            // A person vouched for the files despite what the checks said.
            case "GOOD" -> "SUCCESS/GOOD";
            // Marked successful from the history.
            case "SUCCESS" -> "SUCCESS/MARK";
            default ->
                throw new UnparseableWebhook(
                        "mark_status '" + markStatus + "' is not a mark NZBGet reports (BAD, GOOD, SUCCESS)");
        };
    }

    private static ClientReport ended(ScriptJob job, String status) throws UnparseableWebhook {
        if (DELETED_BY_HAND.equals(status)) {
            return job.removed(status);
        }
        JobState state = NzbgetStates.ofHistory(status);
        // The script reports an end only; a word we do not know cannot say which, so the watcher decides.
        if (state == JobState.UNKNOWN) {
            throw new UnparseableWebhook("status '" + status + "' is not an NZBGet history status Callsheet knows");
        }
        // A history status is an end: completed or failed, never on the way.
        return state == JobState.COMPLETED ? job.completed(status) : job.failed(status, status);
    }

    private static String required(FormFields fields, String name, String what) throws UnparseableWebhook {
        String value = fields.text(name);
        if (value == null) {
            throw new UnparseableWebhook("the form has no " + name + " field (" + what + ")");
        }
        return value;
    }
}

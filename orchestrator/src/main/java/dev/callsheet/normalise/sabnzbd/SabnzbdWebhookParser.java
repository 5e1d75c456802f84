package dev.callsheet.normalise.sabnzbd;

import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.normalise.FormFields;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import dev.callsheet.normalise.WebhookOrigin;
import dev.callsheet.normalise.WebhookParser;
import dev.callsheet.normalise.download.ClientBodies;
import dev.callsheet.normalise.download.ScriptFields;
import dev.callsheet.normalise.download.ScriptJob;

/**
 * Parses what reaches {@code /webhooks/sabnzbd}. The script runs once per job, when post-processing
 * ends; its form has {@code nzo_id} ({@code SAB_NZO_ID}, the id the *arr apps store), {@code status}
 * (argument 7), {@code fail_msg} ({@code SAB_FAIL_MSG}), {@code name} (argument 3), {@code category}
 * (argument 5), {@code bytes} ({@code SAB_BYTES}), and {@code directory} and {@code nzb_name}
 * (arguments 1 and 2), which only the raw record keeps.
 */
public final class SabnzbdWebhookParser implements WebhookParser {

    @Override
    public SourceKind source() {
        return SourceKind.SABNZBD;
    }

    @Override
    public ParsedWebhook parse(byte[] body, WebhookOrigin origin) throws UnparseableWebhook {
        return ClientBodies.parse(body, SabnzbdWebhookParser::report);
    }

    private static ClientReport report(FormFields fields) throws UnparseableWebhook {
        String status = fields.text("status");
        if (status == null) {
            throw new UnparseableWebhook(
                    "the form has no status field (SABnzbd's post-processing status, the script's 7th argument)");
        }
        var job = new ScriptJob(
                ScriptFields.downloadId(fields, "nzo_id", "SABnzbd's SAB_NZO_ID"),
                fields.text("name"),
                category(fields.text("category")),
                ScriptFields.bytes(fields, "bytes"));
        String failure =
                switch (status.trim()) {
                    // Verified (or nothing to verify), unpacked and moved to its final folder.
                    case "0" -> null;
                    // par2 verification failed and repair could not make the files whole.
                    case "1" -> "verification failed";
                    // The files are whole but an archive would not unpack (password, damage, disk).
                    case "2" -> "unpacking failed";
                    case "3" -> "verification and unpacking failed";
                    // Nothing usable arrived: articles missing, or an empty or broken NZB.
                    case "-1" -> "the download failed";
                    default ->
                        throw new UnparseableWebhook(
                                "status '" + status + "' is not a SABnzbd post-processing status (0, 1, 2, 3 or -1)");
                };
        if (failure == null) {
            return job.completed(null);
        }
        // SABnzbd's own message says more ("Unpacking failed, write error or disk is full?") when it has one.
        String message = fields.text("fail_msg");
        return job.failed(null, message != null ? message : failure);
    }

    /** SABnzbd names a job without a category {@code *} (its default) or {@code None}. */
    private static String category(String category) {
        return category == null || "*".equals(category) || "None".equals(category) ? null : category;
    }
}

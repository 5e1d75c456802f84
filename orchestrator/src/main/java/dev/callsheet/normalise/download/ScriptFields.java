package dev.callsheet.normalise.download;

import dev.callsheet.events.DownloadId;
import dev.callsheet.normalise.FormFields;
import dev.callsheet.normalise.UnparseableWebhook;

/** Reading the fields every client's script sends alike. */
public final class ScriptFields {

    private ScriptFields() {}

    /**
     * The job's id from field {@code name}.
     *
     * @param what what the field should hold, for the reason when it is missing
     */
    public static DownloadId downloadId(FormFields fields, String name, String what) throws UnparseableWebhook {
        String id = fields.text(name);
        if (id == null) {
            throw new UnparseableWebhook(
                    "the form has no " + name + " field (" + what + "); without it the report" + " names no job");
        }
        return DownloadId.of(id.trim());
    }

    /** A size in bytes; null when absent or not positive, as clients report sizes they do not know yet. */
    public static Long bytes(FormFields fields, String name) throws UnparseableWebhook {
        String text = fields.text(name);
        if (text == null) {
            return null;
        }
        try {
            long bytes = Long.parseLong(text.trim());
            return bytes > 0 ? bytes : null;
        } catch (NumberFormatException e) {
            throw new UnparseableWebhook("field " + name + " is not a number of bytes: " + text, e);
        }
    }
}

package dev.callsheet.normalise.download;

import dev.callsheet.events.download.ClientReport;
import dev.callsheet.normalise.FormFields;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import java.util.List;

/** Reads a download client delivery: a watcher's JSON or a script's form. */
public final class ClientBodies {

    private ClientBodies() {}

    /** Reads one client's script form into the report it makes. */
    @FunctionalInterface
    public interface ScriptReader {
        /** @throws UnparseableWebhook when the fields do not make a report, with the reason */
        ClientReport read(FormFields fields) throws UnparseableWebhook;
    }

    /**
     * A body whose first non-blank byte is <code>{</code> is a watcher's JSON (a form's values are
     * percent-encoded, so a form never starts so); anything else is read as a script's form.
     */
    public static ParsedWebhook parse(byte[] body, ScriptReader script) throws UnparseableWebhook {
        if (startsWithBrace(body)) {
            return WatcherBodies.parse(body);
        }
        ClientReport report = script.read(FormFields.read(body));
        return ParsedWebhook.ofDownloads(report.eventType(), List.of(report));
    }

    private static boolean startsWithBrace(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }
}

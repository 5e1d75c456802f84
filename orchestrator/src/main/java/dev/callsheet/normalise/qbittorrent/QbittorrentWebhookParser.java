package dev.callsheet.normalise.qbittorrent;

import dev.callsheet.events.DownloadId;
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
import java.util.regex.Pattern;

/**
 * Parses what reaches {@code /webhooks/qbittorrent}. The script's form has {@code event} ({@code
 * added} or {@code finished}), {@code hash} (%I), {@code name} (%N), {@code category} (%L), {@code
 * size} (%Z), and {@code tags}, {@code save_path} and {@code content_path}, which only the raw record
 * keeps.
 */
public final class QbittorrentWebhookParser implements WebhookParser {

    private static final Pattern V1_INFO_HASH = Pattern.compile("[0-9a-fA-F]{40}");

    @Override
    public SourceKind source() {
        return SourceKind.QBITTORRENT;
    }

    @Override
    public ParsedWebhook parse(byte[] body, WebhookOrigin origin) throws UnparseableWebhook {
        return ClientBodies.parse(body, QbittorrentWebhookParser::report);
    }

    private static ClientReport report(FormFields fields) throws UnparseableWebhook {
        String event = fields.text("event");
        if (!"added".equals(event) && !"finished".equals(event)) {
            throw new UnparseableWebhook("event is " + (event == null ? "missing" : "'" + event + "'")
                    + "; the qBittorrent script sends event=added or event=finished");
        }
        var job = new ScriptJob(
                hash(fields), fields.text("name"), fields.text("category"), ScriptFields.bytes(fields, "size"));
        // "Torrent finished" fires once every wanted piece is there; the torrent may go on seeding.
        return "added".equals(event) ? job.added() : job.completed(null);
    }

    /**
     * The v1 info-hash, which is how the *arr apps know a torrent. qBittorrent gives {@code -} for a
     * torrent that has none (v2 only): such a torrent cannot be matched to any grab.
     */
    private static DownloadId hash(FormFields fields) throws UnparseableWebhook {
        if ("-".equals(fields.text("hash"))) {
            throw new UnparseableWebhook("hash is '-': the torrent has no v1 info-hash, and the *arr apps know"
                    + " torrents only by theirs");
        }
        DownloadId id = ScriptFields.downloadId(fields, "hash", "qBittorrent's %I, the torrent's v1 info-hash");
        if (!V1_INFO_HASH.matcher(id.value()).matches()) {
            throw new UnparseableWebhook("hash '" + id + "' is not a v1 info-hash (40 hex digits); the Run external"
                    + " program line must pass \"hash=%I\"");
        }
        return id;
    }
}

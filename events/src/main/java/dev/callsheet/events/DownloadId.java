package dev.callsheet.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A download as the *arr apps report it ({@code downloadId}). Torrent info-hashes are upper-cased
 * here once (the arrs send upper case, qBittorrent speaks lower case); usenet job ids ({@code
 * SABnzbd_nzo_…}, NZBGet's GUID) keep their case.
 */
public record DownloadId(String value) {

    private static final Pattern INFO_HASH = Pattern.compile("[0-9a-fA-F]{40}");

    public DownloadId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank download id");
        }
        value = INFO_HASH.matcher(value).matches() ? value.toUpperCase(Locale.ROOT) : value;
    }

    @JsonCreator
    public static DownloadId of(String value) {
        return new DownloadId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

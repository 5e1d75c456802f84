package dev.callsheet.adapters.qbittorrent;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The part of one {@code sync/maindata} answer we read (field names in qBittorrent's snake case).
 * Every version from 4.3 on sends {@code rid} in every answer, so it alone is primitive and required;
 * partial answers leave out everything that did not change, {@code full_update} included.
 *
 * @param rid the response id to send next
 * @param fullUpdate true on a full update; absent (null) from partial answers
 * @param torrents info-hash (lower case) → the fields that changed since {@code rid}, or all of them
 *     on a full update
 * @param torrentsRemoved info-hashes of torrents gone since {@code rid}
 */
record MainData(
        @JsonProperty(required = true) long rid,
        Boolean fullUpdate,
        Map<String, TorrentFields> torrents,
        List<String> torrentsRemoved) {

    MainData {
        torrents = torrents == null ? Map.of() : torrents;
        torrentsRemoved = torrentsRemoved == null ? List.of() : torrentsRemoved;
    }

    /** Whether qBittorrent sent everything; an absent flag means a partial answer. */
    boolean full() {
        return Boolean.TRUE.equals(fullUpdate);
    }
}

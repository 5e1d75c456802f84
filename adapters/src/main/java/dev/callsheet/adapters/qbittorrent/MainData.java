package dev.callsheet.adapters.qbittorrent;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The part of one {@code sync/maindata} answer we read (field names in qBittorrent's snake case).
 *
 * @param fullUpdate absent from partial answers, which reads as false
 * @param torrents info-hash (lower case) → the fields that changed since {@code rid}, or all of them
 *     on a full update
 * @param fullUpdate absent from partial answers, which reads as false
 * @param torrentsRemoved info-hashes of torrents gone since {@code rid}
 */
record MainData(
        @JsonProperty(required = true) long rid,
        boolean fullUpdate,
        Map<String, TorrentFields> torrents,
        List<String> torrentsRemoved) {

    MainData {
        torrents = torrents == null ? Map.of() : torrents;
        torrentsRemoved = torrentsRemoved == null ? List.of() : torrentsRemoved;
    }
}

package dev.callsheet.adapters.qbittorrent;

import dev.callsheet.adapters.download.ClientJob;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one qBittorrent reported as of one {@code sync/maindata} answer: every torrent as a {@link
 * ClientJob}, and what went away since the snapshot before. Pass it to the next {@link
 * QbittorrentClient#sync} call; it keeps the {@code rid} and the raw fields that later partial updates
 * are laid over. A class, not a record, so that those raw fields stay out of the public API.
 */
public final class QbittorrentSync {

    /** Where a watcher starts: nothing known, {@code rid} 0, so the first answer is a full update. */
    public static final QbittorrentSync START = new QbittorrentSync(0, false, Map.of(), Set.of());

    private final long rid;
    private final boolean fullUpdate;
    private final Map<String, TorrentFields> torrents;
    private final Map<String, ClientJob> jobs;
    private final Set<String> removed;

    private QbittorrentSync(long rid, boolean fullUpdate, Map<String, TorrentFields> torrents, Set<String> removed) {
        this.rid = rid;
        this.fullUpdate = fullUpdate;
        this.torrents = Map.copyOf(torrents);
        Map<String, ClientJob> byId = new HashMap<>();
        torrents.forEach((id, fields) -> byId.put(id, fields.toJob(id)));
        this.jobs = Map.copyOf(byId);
        this.removed = Set.copyOf(removed);
    }

    /** The snapshot after {@code answer}, which qBittorrent gave for this snapshot's {@code rid}. */
    QbittorrentSync next(MainData answer) {
        Map<String, TorrentFields> now = answer.full() ? new HashMap<>() : new HashMap<>(torrents);
        answer.torrents()
                .forEach((hash, update) -> now.merge(id(hash), TorrentFields.NONE.merge(update), TorrentFields::merge));
        Set<String> gone = new LinkedHashSet<>();
        for (String hash : answer.torrentsRemoved()) {
            now.remove(id(hash));
            gone.add(id(hash));
        }
        // A full update lists everything there is: whatever we knew and it does not list is gone too.
        if (answer.full()) {
            torrents.keySet().stream().filter(id -> !now.containsKey(id)).forEach(gone::add);
        }
        return new QbittorrentSync(answer.rid(), answer.full(), now, gone);
    }

    /** The response id to send next; 0 before the first answer. */
    public long rid() {
        return rid;
    }

    /** Whether qBittorrent sent everything (first call, a new session, or a {@code rid} it no longer knew). */
    public boolean fullUpdate() {
        return fullUpdate;
    }

    /** Every torrent qBittorrent has, by id (the info-hash upper-cased, as the *arr apps store it). */
    public Map<String, ClientJob> jobs() {
        return jobs;
    }

    /** Ids of torrents that were removed since the snapshot this one was built on. */
    public Set<String> removed() {
        return removed;
    }

    // qBittorrent speaks lower-case hex; the *arr apps report the hash upper-cased.
    private static String id(String hash) {
        return hash.toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QbittorrentSync that
                && rid == that.rid
                && fullUpdate == that.fullUpdate
                && torrents.equals(that.torrents)
                && removed.equals(that.removed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rid, fullUpdate, torrents, removed);
    }

    @Override
    public String toString() {
        return "QbittorrentSync[rid=" + rid + ", fullUpdate=" + fullUpdate + ", jobs=" + jobs.values() + ", removed="
                + removed + "]";
    }
}

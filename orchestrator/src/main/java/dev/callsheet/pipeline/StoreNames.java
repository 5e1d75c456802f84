package dev.callsheet.pipeline;

/** The state stores the read side queries. */
public final class StoreNames {

    /** Media key → the media item (the decider's state). */
    public static final String MEDIA_ITEMS = "media-items";
    /** {@code <media key>|<sequence>} → the media item's own timeline entries. */
    public static final String MEDIA_TIMELINE = "media-timeline";
    /** Request id → the current request view, materialised from the {@code requests} topic. */
    public static final String REQUEST_VIEWS = "request-views";
    /** {@code <request id>|<sequence>} → the request's timeline entries, from the {@code timeline} topic. */
    public static final String REQUEST_TIMELINE = "request-timeline";
    /** Lookup value ({@code episode:tvdb:10384103}, {@code request:overseerr-128}) → the series' TVDB id. */
    public static final String KEY_INDEX = "key-index";
    /** Lookup value → the facts waiting for it, in arrival order. */
    public static final String HELD_FACTS = "held-facts";
    /**
     * {@code download:<download id>} → the media key of the fact that named the download. One entry
     * per download ever grabbed, never removed: clients report on a job until it leaves them.
     */
    public static final String DOWNLOAD_INDEX = "download-index";
    /** {@code download:<download id>} → the client reports waiting for the download's grab, in arrival order. */
    public static final String HELD_DOWNLOADS = "held-downloads";
    /** {@code download:<download id>} → what the clients reported about a download no grab has named. */
    public static final String UNKNOWN_DOWNLOADS = "unknown-downloads";
    /**
     * Requester identity ({@code name:alice}, {@code mail:alice@example.org}) → the requests they made
     * lately: a global store, whole on every instance, read from the {@code requester-ledger} topic.
     */
    public static final String REQUESTER_LEDGER = "requester-ledger";
    /** Requester identity → their ledger, as the one task that owns the identity keeps it. */
    public static final String REQUESTER_LEDGER_KEPT = "requester-ledger-kept";
    /** {@code <source>/<instance>} → what was last heard from it. */
    public static final String SOURCES = "sources";
    /** {@code <received at>|<delivery id>} → dead letters, from the {@code deadletter} topic. */
    public static final String DEAD_LETTERS = "dead-letters";

    private StoreNames() {}

    /** A store key that sorts entries of one owner by sequence: {@code owner|0000000000000000042}. */
    public static String sequenced(String owner, long sequence) {
        return owner + "|" + String.format("%019d", sequence);
    }
}

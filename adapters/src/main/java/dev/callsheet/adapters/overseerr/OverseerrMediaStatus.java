package dev.callsheet.adapters.overseerr;

/**
 * What Overseerr believes about a media item's availability: its {@code MediaStatus}, sent as a
 * number. Overseerr 1.3x uses 1 to 5; Jellyseerr 2.x adds 6, and 2.6+ and Seerr 3.x add 7.
 */
public enum OverseerrMediaStatus {
    /** 1: nothing known yet; also the state of media nobody has requested. */
    UNKNOWN(1),
    /** 2: requested, not yet approved. */
    PENDING(2),
    /** 3: approved and handed to Radarr or Sonarr, not yet in the media server. */
    PROCESSING(3),
    /** 4: some seasons are in the media server; shows only. */
    PARTIALLY_AVAILABLE(4),
    /** 5: in the media server, as Overseerr's own library scans last saw it. */
    AVAILABLE(5),
    /** 6: barred from being requested; Jellyseerr 2.x names it BLACKLISTED, Seerr 3.x BLOCKLISTED. */
    BLOCKLISTED(6),
    /** 7: removed from the media server; Jellyseerr 2.6+ and Seerr only. */
    DELETED(7),
    /**
     * A number none of the supported versions uses, as a newer fork may add: not {@link #UNKNOWN}
     * (which Overseerr says itself) but a state we do not know. Its {@link #code()} is 0, which no
     * fork uses; the number sent is not kept.
     */
    UNRECOGNISED(0);

    private final int code;

    OverseerrMediaStatus(int code) {
        this.code = code;
    }

    /** The number Overseerr uses for this status; 0 for {@link #UNRECOGNISED}. */
    public int code() {
        return code;
    }

    /**
     * The status numbered {@code code}; a number from a newer fork is not guessed at but read as
     * {@link #UNRECOGNISED}, so the rest of the request still reads.
     */
    static OverseerrMediaStatus ofCode(int code) {
        for (OverseerrMediaStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        return UNRECOGNISED;
    }
}

package dev.callsheet.adapters.overseerr;

/**
 * Where a request stands in Overseerr: its {@code MediaRequestStatus}, sent as a number. Overseerr 1.3x
 * and Jellyseerr before 2.6 use 1 to 4; Jellyseerr 2.6+ and Seerr 3.x add 5.
 */
public enum OverseerrRequestStatus {
    /** 1: waiting for someone with the right to approve it. */
    PENDING(1),
    /** 2: approved; Overseerr has sent (or is sending) it to Radarr or Sonarr. */
    APPROVED(2),
    /** 3: declined; nothing was sent to Radarr or Sonarr. */
    DECLINED(3),
    /** 4: approved, but adding it to Radarr or Sonarr failed (a show without TVDB id fails here). */
    FAILED(4),
    /** 5: the media became available; only Jellyseerr 2.6+ and Seerr set it, Overseerr leaves APPROVED. */
    COMPLETED(5),
    /**
     * A number none of the supported versions uses, as a newer fork may add: the request exists, but
     * where it stands is not one we know. Its {@link #code()} is 0, which no fork uses; the number
     * sent is not kept.
     */
    UNRECOGNISED(0);

    private final int code;

    OverseerrRequestStatus(int code) {
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
    static OverseerrRequestStatus ofCode(int code) {
        for (OverseerrRequestStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        return UNRECOGNISED;
    }
}

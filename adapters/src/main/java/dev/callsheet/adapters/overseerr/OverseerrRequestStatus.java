package dev.callsheet.adapters.overseerr;

/** Where a request stands in Overseerr: its {@code MediaRequestStatus}, sent as a number. */
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
    COMPLETED(5);

    private final int code;

    OverseerrRequestStatus(int code) {
        this.code = code;
    }

    /** The number Overseerr uses for this status. */
    public int code() {
        return code;
    }

    /** The status numbered {@code code}; a number from a newer fork is not guessed at. */
    static OverseerrRequestStatus ofCode(int code) {
        for (OverseerrRequestStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown request status " + code);
    }
}

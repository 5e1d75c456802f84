package dev.callsheet.plex.arr;

import dev.callsheet.adapters.servarr.ArrPlexConnection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What the latest look at one arr's Plex connections found, or why it could not look. */
public sealed interface ArrPlexCheck {

    /** When the arr answered, or when asking it failed. */
    Instant checkedAt();

    /**
     * The arr answered.
     *
     * @param scanning its Plex connections that ask Plex to scan after imports, in the arr's order;
     *     empty when none does
     */
    record Answered(Instant checkedAt, List<ArrPlexConnection> scanning) implements ArrPlexCheck {

        public Answered {
            Objects.requireNonNull(checkedAt, "checkedAt");
            scanning = List.copyOf(scanning);
        }

        public boolean scansPlex() {
            return !scanning.isEmpty();
        }
    }

    /** @param reason why, for a person, without the arr's API key */
    record CouldNotCheck(Instant checkedAt, String reason) implements ArrPlexCheck {

        public CouldNotCheck {
            Objects.requireNonNull(checkedAt, "checkedAt");
            Objects.requireNonNull(reason, "reason");
        }
    }
}

package dev.callsheet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.EventJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The delivery log's records read back as they were written, across restarts and versions. */
class DeliveryEntryJsonTest {

    @Test
    void readsBackWhatItWrote() {
        var entry = DeliveryEntry.queued(
                        Notices.series("n-1", "available", "family", List.of(EpisodeKey.of(2, 1))),
                        Instant.parse("2026-12-03T19:00:00Z"),
                        new DeliveryEntry.CommandOrigin("callsheet.commands", 1, 42L))
                .after(
                        new DeliveryEntry.Attempt(
                                1, Instant.parse("2026-12-03T19:00:01Z"), DeliveryEntry.Status.RETRYING, "503"),
                        true,
                        Instant.parse("2026-12-03T19:00:11Z"));

        byte[] json = EventJson.mapper().writeValueAsBytes(entry);

        assertThat(EventJson.mapper().readValue(json, DeliveryEntry.class)).isEqualTo(entry);
    }
}

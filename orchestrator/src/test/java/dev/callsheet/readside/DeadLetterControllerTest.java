package dev.callsheet.readside;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.InboundRef;
import dev.callsheet.events.SourceKind;
import dev.callsheet.readside.DeadLetterController.DeadLetterView;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterControllerTest {

    @Test
    void showsALetterWrittenBeforeReferencesWithoutAnOriginal() {
        // As the deadletter topic and its store hold letters of earlier versions: the whole body, base64.
        String old = """
                {"deliveryId":"0b9d…","source":"radarr","instance":"radarr","receivedAt":"2026-01-01T10:00:00Z",
                 "stage":"normalise","reason":"missing eventType","contentType":"application/json",
                 "body":"eyJtb3ZpZSI6IHsidG1kYklkIjogNjkzMTM0fX0="}
                """;

        var view = DeadLetterView.of(EventJson.mapper().readValue(old, DeadLetter.class));

        assertThat(view.reason()).isEqualTo("missing eventType");
        assertThat(view.source()).isEqualTo("radarr");
        assertThat(view.original()).isNull();
        assertThat(view.bodyBytes()).isZero();
        assertThat(view.excerpt()).isNull();
    }

    @Test
    void showsWhereTheOriginalIsAndItsStart() {
        var letter = new DeadLetter(
                "d-1",
                SourceKind.RADARR,
                "radarr",
                Instant.parse("2026-01-01T10:00:00Z"),
                "normalise",
                "expected a JSON object, got STRING",
                "application/json",
                new InboundRef(1, 52, "d-1"),
                921_600,
                "\"aaaa");

        var view = DeadLetterView.of(
                EventJson.mapper().readValue(EventJson.mapper().writeValueAsBytes(letter), DeadLetter.class));

        assertThat(view.original()).isEqualTo(new InboundRef(1, 52, "d-1"));
        assertThat(view.bodyBytes()).isEqualTo(921_600);
        assertThat(view.excerpt()).isEqualTo("\"aaaa");
    }
}

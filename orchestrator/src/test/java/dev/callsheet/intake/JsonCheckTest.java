package dev.callsheet.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.normalise.Payloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonCheckTest {

    @Test
    void acceptsARealWebhook() {
        assertThat(JsonCheck.problemWith(Payloads.file("radarr-grab.json"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", " {\"a\": [1, 2.5, null, true, \"\\u00e9\"]}\n", "\"just a string\"", "42"})
    void acceptsAnyOneWellFormedValue(String json) {
        assertThat(JsonCheck.problemWith(json.getBytes(UTF_8))).isEmpty();
    }

    @Test
    void refusesAnEmptyBody() {
        assertThat(JsonCheck.problemWith(new byte[0])).contains("body is empty; expected a JSON document");
        assertThat(JsonCheck.problemWith(" \n ".getBytes(UTF_8))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"eventType\": \"Grab\"", "{\"eventType\": Grab}", "{'a': 1}", "{\"a\": 1,}", "<xml/>"})
    void refusesMalformedJsonSayingWhere(String json) {
        assertThat(JsonCheck.problemWith(json.getBytes(UTF_8))).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("body is not well-formed JSON: ")
                .containsPattern("line \\d+, column \\d+"));
    }

    @Test
    void refusesInvalidUtf8InsideAString() {
        byte[] json = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};

        assertThat(JsonCheck.problemWith(json)).isPresent();
    }

    @Test
    void refusesASecondValueAfterTheFirst() {
        assertThat(JsonCheck.problemWith("{\"a\": 1}\n{\"b\": 2}".getBytes(UTF_8)))
                .contains("body holds more than one JSON value (the second starts at line 2, column 1)");
    }
}

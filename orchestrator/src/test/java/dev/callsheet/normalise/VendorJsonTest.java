package dev.callsheet.normalise;

import static dev.callsheet.normalise.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class VendorJsonTest {

    private static final VendorJson.BodyParser EVENT_TYPE =
            body -> new ParsedWebhook(VendorJson.text(body, "eventType"), List.of(), Optional.empty());

    record Shape(Long tmdbId) {}

    @Test
    void handsTheObjectToTheParser() throws UnparseableWebhook {
        assertThat(VendorJson.parse(json("{\"eventType\": \"Grab\"}"), EVENT_TYPE)
                        .eventType())
                .isEqualTo("Grab");
    }

    record Titled(String title, List<String> tags) {}

    @Test
    void cutsEveryStringOfTheBodyToMaxTextWhereverItIs() throws UnparseableWebhook {
        String huge = "a".repeat(900_000);
        byte[] body = json("{\"eventType\": \"" + huge + "\", \"movie\": {\"title\": \"" + huge + "\", \"tags\": [\""
                + huge + "\"]}}");

        var parsed = VendorJson.parse(body, object -> {
            Titled movie = VendorJson.convert(object.get("movie"), Titled.class);
            assertThat(movie.title()).hasSize(VendorJson.MAX_TEXT).endsWith("a…");
            assertThat(movie.tags().getFirst()).hasSize(VendorJson.MAX_TEXT);
            return new ParsedWebhook(VendorJson.text(object, "eventType"), List.of(), Optional.empty());
        });

        assertThat(parsed.eventType()).hasSize(VendorJson.MAX_TEXT).startsWith("aaa");
    }

    @Test
    void keepsTextUpToMaxTextAndNeverCutsACharacterInTwo() {
        String fits = "b".repeat(VendorJson.MAX_TEXT);
        String emoji = "b".repeat(VendorJson.MAX_TEXT - 2) + "🎬🎬";

        assertThat(VendorJson.capped(fits)).isSameAs(fits);
        assertThat(VendorJson.capped(emoji))
                .as("the emoji at the cut goes whole")
                .isEqualTo("b".repeat(VendorJson.MAX_TEXT - 2) + "…");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesEmptyBody(byte[] body) {
        assertThatThrownBy(() -> VendorJson.parse(body, EVENT_TYPE))
                .isInstanceOf(UnparseableWebhook.class)
                .hasMessage("empty body");
    }

    @Test
    void refusesWhitespaceOnly() {
        assertThatThrownBy(() -> VendorJson.parse(json("  \n "), EVENT_TYPE))
                .isInstanceOf(UnparseableWebhook.class)
                .hasMessage("empty body");
    }

    @Test
    void saysWhereJsonIsMalformed() {
        assertThatThrownBy(() -> VendorJson.parse(json("{\n  \"eventType\": }"), EVENT_TYPE))
                .isInstanceOf(UnparseableWebhook.class)
                .hasMessageStartingWith("malformed JSON at line 2, column 16: Unexpected character");
    }

    @Test
    void refusesTrailingGarbage() {
        assertThatThrownBy(() -> VendorJson.parse(json("{\"eventType\": \"Grab\"} eventType=Grab"), EVENT_TYPE))
                .isInstanceOf(UnparseableWebhook.class)
                .hasMessageStartingWith("malformed JSON");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"[{\"eventType\": \"Grab\"}] | ARRAY", "\"Grab\" | STRING", "42 | NUMBER", "null | NULL"})
    void refusesAnythingButAnObject(String body, String nodeType) {
        assertThatThrownBy(() -> VendorJson.parse(json(body), EVENT_TYPE))
                .isInstanceOf(UnparseableWebhook.class)
                .hasMessage("expected a JSON object, got " + nodeType);
    }

    @Test
    void namesThePathOfAValueOfTheWrongShape() {
        VendorJson.BodyParser binding = body -> {
            VendorJson.convert(body.get("movie"), Shape.class);
            return ParsedWebhook.ignored("Grab");
        };

        assertThatThrownBy(() -> VendorJson.parse(json("{\"movie\": {\"tmdbId\": {\"id\": 1}}}"), binding))
                .isInstanceOf(UnparseableWebhook.class)
                .hasMessageStartingWith("unexpected value at tmdbId: ");
    }

    @Test
    void wrapsAnyOtherFailureOfTheParser() {
        VendorJson.BodyParser failing = body -> {
            throw new IllegalStateException("boom");
        };

        assertThatThrownBy(() -> VendorJson.parse(json("{}"), failing))
                .isInstanceOf(UnparseableWebhook.class)
                .hasMessage("could not read the webhook: java.lang.IllegalStateException: boom")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsScalarsAsTextAndTreatsBlankAndNonScalarsAsAbsent() throws UnparseableWebhook {
        VendorJson.BodyParser texts = body -> new ParsedWebhook(
                String.join(
                        ",",
                        String.valueOf(VendorJson.text(body, "number")),
                        String.valueOf(VendorJson.text(body, "blank")),
                        String.valueOf(VendorJson.text(body, "object")),
                        String.valueOf(VendorJson.text(body, "null")),
                        String.valueOf(VendorJson.text(body, "missing"))),
                List.of(),
                Optional.empty());

        ParsedWebhook parsed =
                VendorJson.parse(json("{\"number\": 128, \"blank\": \" \", \"object\": {}, \"null\": null}"), texts);

        assertThat(parsed.eventType()).isEqualTo("128,null,null,null,null");
    }

    @Test
    void keepsPropertyNamesCaseSensitive() throws UnparseableWebhook {
        record Both(String guid, @JsonProperty("Guid") List<String> guids) {}
        VendorJson.BodyParser binding = body -> {
            Both both = VendorJson.convert(body, Both.class);
            return ParsedWebhook.ignored(both.guid() + " " + both.guids());
        };

        assertThat(VendorJson.parse(json("{\"guid\": \"plex://movie/1\", \"Guid\": [\"tmdb://2\"]}"), binding)
                        .eventType())
                .isEqualTo("plex://movie/1 [tmdb://2]");
    }
}

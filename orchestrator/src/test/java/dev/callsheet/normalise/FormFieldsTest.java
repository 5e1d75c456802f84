package dev.callsheet.normalise;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormFieldsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a=1", "a", "a=&b=", "name=Am%C3%A9lie+%26+Co", "hash=8C2F&size=0", "x=%7B%22json%22%7D"})
    void takesWellFormedForms(String body) {
        assertThat(FormFields.problemWith(body.getBytes(UTF_8))).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "''| body is empty",
                "a=1&| the field at byte 4 has no name",
                "=x| the field at byte 0 has no name",
                "a=1&&b=2| the field at byte 4 has no name",
                "a=%zz| the % at byte 2 is not followed by two hex digits",
                "a=%4| the % at byte 2 is not followed by two hex digits",
                "a=b c| byte 3 is not printable ASCII",
                "a=Amélie| byte 4 is not printable ASCII"
            })
    void refusesMalformedForms(String body, String problem) {
        assertThat(FormFields.problemWith(body.getBytes(UTF_8)))
                .hasValueSatisfying(p -> assertThat(p).startsWith(problem));
    }

    @Test
    void decodesPercentEncodedUtf8AndPlusInTheOrderSent() throws UnparseableWebhook {
        FormFields fields = FormFields.read("name=Am%C3%A9lie+%26+Co&category=&flag&size=0".getBytes(UTF_8));

        assertThat(fields.values())
                .containsExactly(
                        entry("name", "Amélie & Co"), entry("category", ""), entry("flag", ""), entry("size", "0"));
        assertThat(fields.text("name")).isEqualTo("Amélie & Co");
        assertThat(fields.text("category")).isNull();
        assertThat(fields.text("absent")).isNull();
    }

    @Test
    void cutsAHugeValueToMaxText() throws UnparseableWebhook {
        FormFields fields = FormFields.read(("name=" + "x".repeat(900_000) + "&hash=8C2F").getBytes(UTF_8));

        assertThat(fields.text("name")).hasSize(VendorJson.MAX_TEXT).endsWith("x…");
        assertThat(fields.text("hash")).isEqualTo("8C2F");
    }

    @Test
    void refusesAFieldNamedTwice() {
        assertThatThrownBy(() -> FormFields.read("hash=a&hash=b".getBytes(UTF_8)))
                .isInstanceOf(UnparseableWebhook.class)
                .hasMessage("the form names field 'hash' twice");
    }

    @Test
    void refusesWhatIsNotAForm() {
        assertThatThrownBy(() -> FormFields.read("a=%".getBytes(UTF_8)))
                .isInstanceOf(UnparseableWebhook.class)
                .hasMessage("not a form body: the % at byte 2 is not followed by two hex digits");
    }
}

package dev.callsheet.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callsheet.events.media.Requester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /api/requests/{id}/subscribers}: who a body names, and a {@code 400} naming the field when nobody. */
class SubscriberControllerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "a username           | carol | null              | carol | null",
                "an e-mail            | null  | carol@example.org | null  | carol@example.org",
                "both, blanks trimmed | ' carol ' | carol@example.org | carol | carol@example.org",
            })
    void namesThePersonTheBodyNames(String name, String username, String email, String wantName, String wantEmail) {
        assertThat(SubscriberController.person(new SubscriberController.Subscriber(username, email)))
                .isEqualTo(new Requester(wantName, wantEmail));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "no body fields      | null  | null          | username",
                "blanks only         | '  '  | ''            | username",
                "not an e-mail       | null  | carol         | email",
            })
    void refusesABodyThatNamesNobodyNamingTheField(String name, String username, String email, String field) {
        BadField refused = catchThrowableOfType(
                BadField.class,
                () -> SubscriberController.person(new SubscriberController.Subscriber(username, email)));

        assertThat(refused.field()).isEqualTo(field);
    }

    @Test
    void refusesNoBodyAtAll() {
        assertThat(catchThrowableOfType(BadField.class, () -> SubscriberController.person(null))
                        .field())
                .isEqualTo("username");
    }
}

package dev.callsheet.intake.credential;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialTest {

    private final BasicCredential radarr = credential("radarr", "pa55word");

    @Test
    void acceptsTheRightUserAndPassword() {
        assertThat(radarr.matches(basic("radarr:pa55word", UTF_8))).isTrue();
    }

    @Test
    void acceptsTheSchemeInAnyCase() {
        assertThat(radarr.matches("basic " + encode("radarr:pa55word", UTF_8))).isTrue();
    }

    @Test
    void refusesAWrongPasswordOrUser() {
        assertThat(radarr.matches(basic("radarr:pa55wort", UTF_8))).isFalse();
        assertThat(radarr.matches(basic("sonarr:pa55word", UTF_8))).isFalse();
        assertThat(radarr.matches(basic("radarr:", UTF_8))).isFalse();
        assertThat(radarr.matches(basic("radarr", UTF_8))).isFalse();
    }

    @Test
    void refusesOtherSchemesAndGarbage() {
        assertThat(radarr.matches(null)).isFalse();
        assertThat(radarr.matches("Bearer " + encode("radarr:pa55word", UTF_8))).isFalse();
        assertThat(radarr.matches("Basic not*base64")).isFalse();
        assertThat(radarr.matches("Basic")).isFalse();
    }

    @Test
    void acceptsALatin1PasswordEncodedAsTheArrAppsDoOrAsUtf8() {
        BasicCredential umlaut = credential("radarr", "grün");

        assertThat(umlaut.matches(basic("radarr:grün", ISO_8859_1))).isTrue();
        assertThat(umlaut.matches(basic("radarr:grün", UTF_8))).isTrue();
    }

    @Test
    void doesNotLetAQuestionMarkStandForACharacterLatin1CannotEncode() {
        BasicCredential euro = credential("radarr", "5€");

        assertThat(euro.matches(basic("radarr:5?", ISO_8859_1))).isFalse();
        assertThat(euro.matches(basic("radarr:5€", UTF_8))).isTrue();
    }

    private static BasicCredential credential(String user, String password) {
        return new BasicCredential(user, new Secret(password, Secret.Origin.CONFIGURED));
    }

    private static String basic(String userAndPassword, Charset charset) {
        return "Basic " + encode(userAndPassword, charset);
    }

    private static String encode(String userAndPassword, Charset charset) {
        return Base64.getEncoder().encodeToString(userAndPassword.getBytes(charset));
    }
}

package dev.callsheet.intake.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SecretTest {

    private final Secret secret = new Secret("s3cret-token", Secret.Origin.CONFIGURED);

    @Test
    void matchesExactlyTheSameValue() {
        assertThat(secret.matches("s3cret-token")).isTrue();
    }

    @Test
    void refusesAnyOtherValue() {
        assertThat(secret.matches("s3cret-tokeN")).isFalse();
        assertThat(secret.matches("s3cret-token ")).isFalse();
        assertThat(secret.matches("s3cret")).isFalse();
        assertThat(secret.matches("")).isFalse();
        assertThat(secret.matches(null)).isFalse();
    }

    @Test
    void neverShowsItsValue() {
        assertThat(secret.toString()).doesNotContain("s3cret").contains("CONFIGURED");
    }

    @Test
    void cannotBeBlank() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Secret(" ", Secret.Origin.GENERATED));
    }

    @Test
    void comparesValuesOfAnyLengthThroughTheirDigests() {
        assertThat(ConstantTime.equal("a".getBytes(), "a".getBytes())).isTrue();
        assertThat(ConstantTime.equal("a".getBytes(), "ab".getBytes())).isFalse();
        assertThat(ConstantTime.equal(new byte[0], new byte[0])).isTrue();
    }
}

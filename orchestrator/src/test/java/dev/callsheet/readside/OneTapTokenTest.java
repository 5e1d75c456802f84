package dev.callsheet.readside;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.RequestDecided.Verdict;
import dev.callsheet.intake.credential.LinkSecret;
import dev.callsheet.intake.credential.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OneTapTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-03T17:00:00Z");
    private static final RequestId REQUEST = RequestId.overseerr(127);
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final ApprovalLinks links = signer("link-secret", NOW);

    @Test
    void readsBackTheLinkItSigned() {
        var link = new ApprovalLink(new RequestId("overseerr-jelly.7"), Verdict.DECLINE, NOW.plusSeconds(60));

        String token = links.token(link);

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(links.read(token)).isEqualTo(new ApprovalLinks.Reading.Valid(link));
    }

    @Test
    void issuesBothVerdictsWithTheConfiguredLifetime() {
        var issued = links.issue(REQUEST);

        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(links.read(issued.approve()))
                .isEqualTo(new ApprovalLinks.Reading.Valid(
                        new ApprovalLink(REQUEST, Verdict.APPROVE, issued.expiresAt())));
        assertThat(links.read(issued.decline()))
                .isEqualTo(new ApprovalLinks.Reading.Valid(
                        new ApprovalLink(REQUEST, Verdict.DECLINE, issued.expiresAt())));
    }

    @Test
    void refusesALinkSignedWithAnotherSecret() {
        String forged = signer("another-secret", NOW).token(approve(REQUEST, NOW.plusSeconds(60)));

        assertThat(links.read(forged)).isEqualTo(new ApprovalLinks.Reading.Invalid());
    }

    @Test
    void refusesTheMacOfOneLinkOnAnother() {
        String approve = links.token(approve(REQUEST, NOW.plusSeconds(60)));
        String mac = approve.substring(approve.indexOf('.') + 1);

        String otherVerdict =
                BASE64.encodeToString(("overseerr-127.d." + NOW.plusSeconds(60).getEpochSecond()).getBytes(UTF_8)) + "."
                        + mac;
        String otherRequest =
                BASE64.encodeToString(("overseerr-128.a." + NOW.plusSeconds(60).getEpochSecond()).getBytes(UTF_8)) + "."
                        + mac;
        String laterExpiry = BASE64.encodeToString(
                        ("overseerr-127.a." + NOW.plusSeconds(3600).getEpochSecond()).getBytes(UTF_8))
                + "." + mac;

        assertThat(links.read(otherVerdict)).isEqualTo(new ApprovalLinks.Reading.Invalid());
        assertThat(links.read(otherRequest)).isEqualTo(new ApprovalLinks.Reading.Invalid());
        assertThat(links.read(laterExpiry)).isEqualTo(new ApprovalLinks.Reading.Invalid());
    }

    @Test
    void tellsAnExpiredLinkFromAForgedOne() {
        var link = approve(REQUEST, NOW.minusSeconds(1));

        assertThat(links.read(links.token(link))).isEqualTo(new ApprovalLinks.Reading.Expired(link));
        assertThat(links.read(links.token(approve(REQUEST, NOW)))).isInstanceOf(ApprovalLinks.Reading.Expired.class);
        assertThat(signer("link-secret", NOW.plus(Duration.ofDays(8)))
                        .read(links.issue(REQUEST).approve()))
                .isInstanceOf(ApprovalLinks.Reading.Expired.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                ".",
                "abc",
                "abc.def.ghi",
                "!!!.???",
                "b3ZlcnNlZXJyLTEyNy5hLjE.",
                ".AAAA",
            })
    void refusesGarbledTokens(String token) {
        assertThat(links.read(token)).isEqualTo(new ApprovalLinks.Reading.Invalid());
    }

    @Test
    void refusesASignedPayloadThatIsNoLink() {
        // Correctly signed, so only the parsing can refuse them.
        for (String payload :
                new String[] {"overseerr-127.x.1796317200", "overseerr-127.a.soon", "Not An Id.a.1", "a.1"}) {
            byte[] bytes = payload.getBytes(UTF_8);
            String token = BASE64.encodeToString(bytes) + "." + macOf(payload);
            assertThat(links.read(token)).as(payload).isEqualTo(new ApprovalLinks.Reading.Invalid());
        }
    }

    @Test
    void refusesAnOverlongToken() {
        assertThat(links.read("A".repeat(600) + ".AAAA")).isEqualTo(new ApprovalLinks.Reading.Invalid());
    }

    /** The MAC {@link #links} gives {@code payload}, taken from a real token's construction. */
    private static String macOf(String payload) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec("link-secret".getBytes(UTF_8), "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal(payload.getBytes(UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApprovalLink approve(RequestId request, Instant expiresAt) {
        return new ApprovalLink(request, Verdict.APPROVE, expiresAt);
    }

    private static ApprovalLinks signer(String secret, Instant now) {
        return new ApprovalLinks(
                new LinkSecret(new Secret(secret, Secret.Origin.CONFIGURED)),
                Duration.ofDays(7),
                Clock.fixed(now, ZoneOffset.UTC));
    }
}

package dev.callsheet.readside;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.RequestDecided.Verdict;
import dev.callsheet.intake.credential.LinkSecret;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and reads the tokens of one-tap links: {@code base64url(<request id>.<a|d>.<expiry epoch
 * seconds>) "." base64url(HMAC-SHA256 of those bytes)}, URL-safe without padding. The token is the
 * whole credential, so the MAC is checked (in constant time) before anything in it is believed; a
 * link is single-use because a decided request no longer awaits a decision, not because this
 * remembers tokens.
 */
public final class ApprovalLinks {

    private static final String ALGORITHM = "HmacSHA256";

    /** Far above any real token (a request id is at most 128 characters); longer input is not decoded. */
    private static final int MAX_TOKEN = 512;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    public ApprovalLinks(LinkSecret secret, Duration lifetime, Clock clock) {
        this.key = new SecretKeySpec(secret.secret().value().getBytes(UTF_8), ALGORITHM);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The approve and decline tokens of request {@code id}, both valid for the configured lifetime from now. */
    Issued issue(RequestId id) {
        var approve = new ApprovalLink(id, Verdict.APPROVE, clock.instant().plus(lifetime));
        return new Issued(token(approve), token(approve.other()), approve.expiresAt());
    }

    /**
     * The approve and decline links of request {@code id} under {@code base} (where Callsheet is reached,
     * without a trailing slash), valid for the configured lifetime from now: for a notice to carry.
     */
    public Urls urls(RequestId id, String base) {
        var issued = issue(id);
        String path = base + OneTapController.PATH;
        return new Urls(URI.create(path + issued.approve()), URI.create(path + issued.decline()), issued.expiresAt());
    }

    /** The token of {@code link}. */
    public String token(ApprovalLink link) {
        byte[] payload = "%s.%s.%d"
                .formatted(
                        link.request().value(),
                        letter(link.verdict()),
                        link.expiresAt().getEpochSecond())
                .getBytes(UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** What {@code token} is, as of now. */
    Reading read(String token) {
        if (token == null || token.length() > MAX_TOKEN) {
            return new Reading.Invalid();
        }
        int dot = token.indexOf('.');
        if (dot < 0 || token.indexOf('.', dot + 1) >= 0) {
            return new Reading.Invalid();
        }
        byte[] payload;
        byte[] presented;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            presented = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return new Reading.Invalid();
        }
        // Constant-time for equal lengths; a MAC of another length is wrong whatever its bytes.
        if (!MessageDigest.isEqual(mac(payload), presented)) {
            return new Reading.Invalid();
        }
        ApprovalLink link = parse(new String(payload, UTF_8));
        if (link == null) {
            return new Reading.Invalid();
        }
        return clock.instant().isBefore(link.expiresAt()) ? new Reading.Valid(link) : new Reading.Expired(link);
    }

    /** {@code <request id>.<a|d>.<expiry>}; the request id may itself hold dots, so it is read from the right. */
    private static ApprovalLink parse(String payload) {
        int expiryDot = payload.lastIndexOf('.');
        int verdictDot = expiryDot < 0 ? -1 : payload.lastIndexOf('.', expiryDot - 1);
        if (verdictDot < 0) {
            return null;
        }
        Verdict verdict =
                switch (payload.substring(verdictDot + 1, expiryDot)) {
                    case "a" -> Verdict.APPROVE;
                    case "d" -> Verdict.DECLINE;
                    default -> null;
                };
        try {
            var request = new RequestId(payload.substring(0, verdictDot));
            long expiry = Long.parseLong(payload.substring(expiryDot + 1));
            return verdict == null ? null : new ApprovalLink(request, verdict, Instant.ofEpochSecond(expiry));
        } catch (IllegalArgumentException | DateTimeException notALink) {
            return null;
        }
    }

    private static String letter(Verdict verdict) {
        return verdict == Verdict.APPROVE ? "a" : "d";
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        }
    }

    /** A request's two one-tap links and when they stop working. */
    public record Urls(URI approve, URI decline, Instant expiresAt) {}

    /** A request's two tokens and when they stop working. */
    record Issued(String approve, String decline, Instant expiresAt) {}

    /** What a presented token turned out to be. */
    sealed interface Reading {

        /** Signed here and still within its lifetime. */
        record Valid(ApprovalLink link) implements Reading {}

        /** Signed here, but its time is up. */
        record Expired(ApprovalLink link) implements Reading {}

        /** Not a token this instance signed: garbled, cut short, altered or forged. */
        record Invalid() implements Reading {}
    }
}

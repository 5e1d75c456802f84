package dev.callsheet.events;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.time.Instant;

/**
 * Input the pipeline could not process, written to the {@code deadletter} topic (keyed by source)
 * instead of stopping the stream. It refers to its original by its {@code inbound} coordinates,
 * where the bytes already are, and carries at most {@link #EXCERPT_LIMIT} bytes of it, so that a
 * dead letter is small whatever the input was: a dead letter too large to write would stop the
 * pipeline it exists to protect.
 *
 * @param stage where it failed: {@code normalise} (the body is not a webhook of its source), {@code
 *     key-lookup}, {@code correlate}, {@code decide}, or the Streams node that threw
 * @param reason what was wrong, in one sentence, at most {@link #REASON_LIMIT} characters
 * @param original the record in {@code inbound}; null when the failing record could not be traced
 *     back to one, and in the letters of earlier versions, which carried the whole body instead
 * @param bodyBytes the size of the original body; 0 in the letters of earlier versions
 * @param excerpt the start of the original body as text, at most {@link #EXCERPT_LIMIT} bytes of it
 */
public record DeadLetter(
        String deliveryId,
        SourceKind source,
        String instance,
        Instant receivedAt,
        String stage,
        String reason,
        String contentType,
        InboundRef original,
        @JsonSetter(nulls = Nulls.AS_EMPTY) long bodyBytes,
        String excerpt) {

    /** How much of the original body a dead letter carries. */
    public static final int EXCERPT_LIMIT = 2048;

    /** How long a reason may be; exception messages can quote whole inputs. */
    public static final int REASON_LIMIT = 1000;

    /** Short enough for one log line, long enough for a path or a sender's label. */
    private static final int FIELD_LIMIT = 200;

    public DeadLetter {
        deliveryId = cut(deliveryId, FIELD_LIMIT);
        instance = cut(instance, FIELD_LIMIT);
        stage = cut(stage, FIELD_LIMIT);
        contentType = cut(contentType, FIELD_LIMIT);
        reason = cut(reason, REASON_LIMIT);
        if (excerpt != null && excerpt.length() > EXCERPT_LIMIT) {
            excerpt = excerpt.substring(0, EXCERPT_LIMIT);
        }
    }

    /** A dead letter of {@code body}, referring to it at {@code original} and quoting its start. */
    public static DeadLetter of(
            Delivery delivery, InboundRef original, String stage, String reason, String contentType, byte[] body) {
        return new DeadLetter(
                delivery.id(),
                delivery.source(),
                delivery.instance(),
                delivery.receivedAt(),
                stage,
                reason,
                contentType,
                original,
                body == null ? 0 : body.length,
                excerpt(body));
    }

    /**
     * The start of {@code body} as text: at most {@link #EXCERPT_LIMIT} bytes, decoded as UTF-8 with
     * unreadable bytes replaced, never cutting a character in two.
     */
    public static String excerpt(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        int length = Math.min(body.length, EXCERPT_LIMIT);
        CharsetDecoder decoder = UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer text = CharBuffer.allocate(length);
        // Not flushed on purpose: a character cut by the limit is left out rather than replaced.
        decoder.decode(ByteBuffer.wrap(body, 0, length), text, false);
        return text.flip().toString();
    }

    private static String cut(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        return text.substring(0, limit - 1) + "…";
    }
}

package dev.callsheet.story;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plex's {@code multipart/form-data} bodies, as Plex sends them (the JSON in part {@code payload}, a
 * JPEG poster in part {@code thumb}) and broken in the ways a multipart body can be.
 */
final class PlexBodies {

    static final String BOUNDARY = "------------------------2b4f9a1e7c3d5a60";
    private static final byte[] JPEG = {
        (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, (byte) 0xFF, (byte) 0xD9
    };

    /** Content-Disposition headers for the payload part that a parser may choke on. */
    private static final List<String> ODD_DISPOSITIONS = List.of(
            "form-data; name=",
            "form-data; name=\"payload",
            "form-data; name*=bogus''payload",
            "form-data; name*=UTF-8''%ZZpayload",
            "form-data; name=\"payload\"; filename*=UTF-8''%E2%82",
            "form-data; name=\"payload\"; filename*=x''%",
            "form-data; name=\"payload\"; filename=\"=?UTF-8?B?####?=\"",
            "form-data; name=\"payload\"; filename=\"=?BOGUS?Q?a=ZZ?=\"",
            "form-data; name=\"payload\"; filename=\"=?UTF-8?Q?=?=\"",
            "form-data; name=\"Payload\"",
            "form-data; name=\"payload\"; name=\"thumb\"",
            "form-data;;; name = payload ;",
            "inline; name=\"payload\"",
            ";",
            "");

    private PlexBodies() {}

    /** A body as Plex sends it, with a thumbnail of {@code thumbBytes}. */
    static byte[] of(byte[] payload, int thumbBytes) {
        byte[] thumb = new byte[thumbBytes];
        System.arraycopy(JPEG, 0, thumb, 0, Math.min(JPEG.length, thumbBytes));
        return new Writer("\r\n")
                .part("form-data; name=\"payload\"", null, payload)
                .part("form-data; name=\"thumb\"; filename=\"thumb.jpg\"", "image/jpeg", thumb)
                .close();
    }

    /** How many bytes {@link #of} adds around the payload and the thumbnail. */
    static int overhead(byte[] payload) {
        return of(payload, 0).length - payload.length;
    }

    static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    /** A multipart body broken in one way; the content type to send it with goes to {@code contentType}. */
    static byte[] broken(byte[] payload, RandomGenerator random, StringBuilder described, StringBuilder contentType) {
        contentType.append(contentType());
        byte[] thumb = JPEG.clone();
        return switch (random.nextInt(10)) {
            case 0 -> {
                described.append("no payload part; ");
                yield new Writer("\r\n")
                        .part("form-data; name=\"thumb\"", "image/jpeg", thumb)
                        .close();
            }
            case 1 -> {
                String disposition = ODD_DISPOSITIONS.get(random.nextInt(ODD_DISPOSITIONS.size()));
                described.append("Content-Disposition '").append(disposition).append("'; ");
                yield new Writer("\r\n").part(disposition, null, payload).close();
            }
            case 2 -> {
                described.append("LF line ends; ");
                yield new Writer("\n")
                        .part("form-data; name=\"payload\"", null, payload)
                        .close();
            }
            case 3 -> {
                described.append("no closing boundary; ");
                yield new Writer("\r\n")
                        .part("form-data; name=\"payload\"", null, payload)
                        .unclosed();
            }
            case 4 -> {
                described.append("headers without a blank line; ");
                yield ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"payload\"\r\n").getBytes(UTF_8);
            }
            case 5 -> {
                described.append("another boundary in Content-Type; ");
                contentType.setLength(0);
                contentType.append(oddBoundary(random));
                yield of(payload, thumb.length);
            }
            case 6 -> {
                described.append("payload part twice, the first empty; ");
                yield new Writer("\r\n")
                        .part("form-data; name=\"payload\"", null, new byte[0])
                        .part("form-data; name=\"payload\"", null, payload)
                        .close();
            }
            case 7 -> {
                described.append("garbage after a boundary; ");
                byte[] body = of(payload, thumb.length);
                yield ByteMutations.insert(body, BOUNDARY.length() + 2, "\u00ff garbage".getBytes(ISO_8859_1));
            }
            case 8 -> {
                described.append("preamble and epilogue; ");
                byte[] body = new Writer("\r\n")
                        .raw("preamble that readers ignore\r\n")
                        .part("form-data; name=\"payload\"", null, payload)
                        .close();
                yield ByteMutations.insert(body, body.length, "epilogue, ignored too\r\n".getBytes(ISO_8859_1));
            }
            default -> {
                described.append("part headers not UTF-8; ");
                yield new Writer("\r\n")
                        .part("form-data; name=\"payload\"\r\nX-Odd: \u00ff\u00fe", null, payload)
                        .close();
            }
        };
    }

    private static String oddBoundary(RandomGenerator random) {
        return switch (random.nextInt(6)) {
            case 0 -> "multipart/form-data";
            case 1 -> "multipart/form-data; boundary=";
            case 2 -> "multipart/form-data; boundary=\"\"";
            case 3 -> "multipart/form-data; boundary=\"" + BOUNDARY + "\"";
            case 4 -> "multipart/form-data; boundary=" + "x".repeat(1 + random.nextInt(4_000));
            default -> "multipart/form-data; boundary=-";
        };
    }

    /** Writes parts with a line end of choice, so that bodies with the wrong one can be made too. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final String lineEnd;

        Writer(String lineEnd) {
            this.lineEnd = lineEnd;
        }

        Writer raw(String text) {
            out.writeBytes(text.getBytes(ISO_8859_1));
            return this;
        }

        Writer part(String disposition, String contentType, byte[] content) {
            raw("--" + BOUNDARY + lineEnd);
            raw("Content-Disposition: " + disposition + lineEnd);
            if (contentType != null) {
                raw("Content-Type: " + contentType + lineEnd);
            }
            raw(lineEnd);
            out.writeBytes(content);
            return raw(lineEnd);
        }

        byte[] close() {
            return raw("--" + BOUNDARY + "--" + lineEnd).out.toByteArray();
        }

        byte[] unclosed() {
            return out.toByteArray();
        }
    }
}

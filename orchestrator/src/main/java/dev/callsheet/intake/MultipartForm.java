package dev.callsheet.intake;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.web.ErrorResponseException;

/**
 * Finds a part of a {@code multipart/form-data} body (RFC 7578, RFC 2046 §5.1) and returns a copy
 * of its content bytes. Spring's multipart readers decode a part without a file name to a {@code
 * String}; intake must store the bytes exactly as sent, so it splits the body itself.
 */
final class MultipartForm {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] BLANK_LINE = {'\r', '\n', '\r', '\n'};
    private static final byte[] CLOSE = {'-', '-'};

    private MultipartForm() {}

    /**
     * @return the content of the first part whose {@code Content-Disposition} names it {@code
     *     name}; empty if there is none
     * @throws ErrorResponseException 400 if the body is not multipart with that boundary
     */
    static Optional<byte[]> part(byte[] body, String boundary, String name) {
        byte[] dashBoundary = ("--" + boundary).getBytes(ISO_8859_1);
        // Every boundary but one opening the body is preceded by the line break that ends the part before it.
        byte[] delimiter = concat(CRLF, dashBoundary);
        int afterBoundary = firstBoundaryEnd(body, dashBoundary, delimiter);
        while (!startsWith(body, afterBoundary, CLOSE)) {
            int lineEnd = lineEnd(body, afterBoundary);
            int blankLine = indexOf(body, BLANK_LINE, lineEnd);
            if (blankLine < 0) {
                throw malformed("a part's headers are not followed by an empty line");
            }
            int headersStart = lineEnd + CRLF.length;
            String headers = blankLine > lineEnd ? new String(body, headersStart, blankLine - headersStart, UTF_8) : "";
            int contentStart = blankLine + BLANK_LINE.length;
            int contentEnd = indexOf(body, delimiter, contentStart);
            if (contentEnd < 0) {
                throw malformed("the body ends inside a part, without a closing boundary");
            }
            if (name.equals(nameOf(headers))) {
                return Optional.of(Arrays.copyOfRange(body, contentStart, contentEnd));
            }
            afterBoundary = contentEnd + delimiter.length;
        }
        return Optional.empty();
    }

    private static int firstBoundaryEnd(byte[] body, byte[] dashBoundary, byte[] delimiter) {
        if (startsWith(body, 0, dashBoundary)) {
            return dashBoundary.length;
        }
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw malformed("the boundary given in Content-Type does not occur in the body");
        }
        return at + delimiter.length;
    }

    /** Where the boundary line ends; transport padding (spaces, tabs) may come before the line break. */
    private static int lineEnd(byte[] body, int from) {
        int at = from;
        while (at < body.length && (body[at] == ' ' || body[at] == '\t')) {
            at++;
        }
        if (!startsWith(body, at, CRLF)) {
            throw malformed("a boundary is not followed by a line break");
        }
        return at;
    }

    private static String nameOf(String headers) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                try {
                    return ContentDisposition.parse(line.substring(colon + 1).trim())
                            .getName();
                } catch (IllegalArgumentException unparseable) {
                    throw malformed("a part has an unparseable Content-Disposition: " + line);
                }
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        return at + prefix.length <= body.length
                && Arrays.equals(body, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] body, byte[] target, int from) {
        for (int at = from; at + target.length <= body.length; at++) {
            if (startsWith(body, at, target)) {
                return at;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static ErrorResponseException malformed(String why) {
        return IntakeProblems.malformed("the multipart body is malformed: " + why);
    }
}

package dev.callsheet.intake;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class MultipartFormTest {

    private static final String BOUNDARY = "------------------------a1b2c3";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, '\r', '\n', '-', '-', (byte) 0xFF, (byte) 0xD9};

    @Test
    void returnsThePartsBytesUnchanged() {
        byte[] payload =
                "{\"event\":\"library.new\",\"title\":\"Caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new Form()
                .part("Content-Disposition: form-data; name=\"payload\"\r\nContent-Type: application/json", payload)
                .part(
                        "Content-Disposition: form-data; name=\"thumb\"; filename=\"image.jpg\"\r\nContent-Type: image/jpeg",
                        JPEG)
                .close();

        assertThat(MultipartForm.part(body, BOUNDARY, "payload")).hasValue(payload);
        assertThat(MultipartForm.part(body, BOUNDARY, "thumb")).hasValue(JPEG);
    }

    @Test
    void findsAPartAfterOthersWhateverItsHeaderCase() {
        byte[] body = new Form()
                .part("content-disposition: form-data; name=\"thumb\"; filename=\"a.jpg\"", JPEG)
                .part("CONTENT-DISPOSITION: form-data; name=payload", bytes("{}"))
                .close();

        assertThat(MultipartForm.part(body, BOUNDARY, "payload")).hasValue(bytes("{}"));
    }

    @Test
    void toleratesAPreambleAndTransportPadding() {
        byte[] body = bytes("ignored preamble\r\n--" + BOUNDARY
                + "  \r\nContent-Disposition: form-data; name=\"payload\"\r\n\r\n[1]\r\n--" + BOUNDARY
                + "--\r\nepilogue");

        assertThat(MultipartForm.part(body, BOUNDARY, "payload")).hasValue(bytes("[1]"));
    }

    @Test
    void returnsAnEmptyPartAsNoBytes() {
        byte[] body = new Form()
                .part("Content-Disposition: form-data; name=\"payload\"", new byte[0])
                .close();

        assertThat(MultipartForm.part(body, BOUNDARY, "payload")).hasValue(new byte[0]);
    }

    @Test
    void findsNothingWhenNoPartHasTheName() {
        byte[] body = new Form()
                .part("Content-Disposition: form-data; name=\"other\"", bytes("{}"))
                .close();

        assertThat(MultipartForm.part(body, BOUNDARY, "payload")).isEmpty();
    }

    @Test
    void refusesABodyWithoutTheBoundary() {
        assertMalformed(
                bytes("{\"event\":\"media.play\"}"), "the boundary given in Content-Type does not occur in the body");
    }

    @Test
    void refusesABodyThatEndsInsideAPart() {
        byte[] body = bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"payload\"\r\n\r\n{\"event\"");

        assertMalformed(body, "the body ends inside a part, without a closing boundary");
    }

    @Test
    void refusesHeadersWithoutAnEmptyLine() {
        assertMalformed(
                bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"payload\""),
                "not followed by an empty line");
    }

    private static void assertMalformed(byte[] body, String why) {
        assertThatThrownBy(() -> MultipartForm.part(body, BOUNDARY, "payload"))
                .isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
                    assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(problem.getBody().getDetail())
                            .startsWith("the multipart body is malformed: ")
                            .contains(why);
                });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(ISO_8859_1);
    }

    /** Builds a body the way curl and Plex do: CRLF line breaks, a closing boundary and a final CRLF. */
    private static final class Form {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Form part(String headers, byte[] content) {
            out.writeBytes(bytes("--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n"));
            out.writeBytes(content);
            out.writeBytes(bytes("\r\n"));
            return this;
        }

        byte[] close() {
            out.writeBytes(bytes("--" + BOUNDARY + "--\r\n"));
            return out.toByteArray();
        }
    }
}

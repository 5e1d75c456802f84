package dev.callsheet.intake;

import org.springframework.web.ErrorResponseException;

/** What a source's body must look like, and which of its bytes go to {@code inbound}. */
interface BodyFormat {

    /**
     * @param contentType the {@code Content-Type} header as sent, {@code null} when absent
     * @param body the whole body, already within the size limit
     * @return the bytes to store and the content type to record with them
     * @throws ErrorResponseException 415 for the wrong content type, 400 for a malformed body
     */
    Payload accept(String contentType, byte[] body);

    /**
     * @param contentType the content type of {@code bytes}
     * @param bytes exactly as the sender sent them
     */
    record Payload(String contentType, byte[] bytes) {}
}

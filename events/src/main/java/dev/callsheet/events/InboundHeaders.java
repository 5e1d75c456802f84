package dev.callsheet.events;

/**
 * Header names on {@code inbound} records. The value is the raw webhook body; these headers say
 * where and when it came from. Header values are UTF-8 strings.
 */
public final class InboundHeaders {

    /** {@link SourceKind#id()} of the sender. */
    public static final String SOURCE = "callsheet-source";
    /** The configured instance name that received it ({@code radarr}, {@code radarr4k}, …). */
    public static final String INSTANCE = "callsheet-instance";
    /** The Content-Type the sender declared. */
    public static final String CONTENT_TYPE = "content-type";
    /** ISO-8601 instant at which intake received the webhook. */
    public static final String RECEIVED_AT = "callsheet-received-at";
    /** The delivery id intake answered with. */
    public static final String DELIVERY_ID = "callsheet-delivery-id";

    private InboundHeaders() {}
}

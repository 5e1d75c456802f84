package dev.callsheet.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the largest webhook intake accepts can be stored: {@code callsheet.intake.max-body} plus
 * its framing must fit both the {@code inbound} topic's record limit and the request size of
 * intake's producer. Otherwise every webhook near the limit would be answered 503, and Callsheet
 * refuses to start instead, naming the settings to change.
 *
 * @param topicLimit the topic's {@code max.message.bytes} in force; null when the topic does not exist
 * @param notRaised why Callsheet could not raise the topic's limit; null when it did not try or succeeded
 * @param producerLimit intake's producer's {@code max.request.size}
 */
record InboundFit(RecordSizes sizes, String topic, Long topicLimit, String notRaised, long producerLimit) {

    /** What to tell the operator, or empty when the largest webhook fits. */
    Optional<String> refusal() {
        long need = sizes.inboundRecord();
        List<String> problems = new ArrayList<>();
        if (topicLimit == null) {
            problems.add("topic %s does not exist, and Callsheet could not create it (the log above says why)"
                    .formatted(topic));
        } else if (topicLimit < need) {
            problems.add(
                    ("topic %s accepts records of at most %d bytes (max.message.bytes)%s; raise it: kafka-configs.sh"
                                    + " --bootstrap-server <broker> --alter --entity-type topics --entity-name %s"
                                    + " --add-config max.message.bytes=%d")
                            .formatted(
                                    topic,
                                    topicLimit,
                                    notRaised == null ? "" : " and Callsheet could not raise it (" + notRaised + ")",
                                    topic,
                                    sizes.limit()));
        }
        if (producerLimit < need) {
            problems.add(("intake's producer sends records of at most %d bytes"
                            + " (spring.kafka.producer.properties.max.request.size); set it to at least %d, or leave it unset")
                    .formatted(producerLimit, need));
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        String text = "Callsheet cannot store the largest webhook it accepts: callsheet.intake.max-body is %d bytes,"
                        .formatted(sizes.maxBody())
                + " which with key, headers and framing takes up to %d bytes in %s, but%n- %s"
                        .formatted(need, topic, String.join("%n- ".formatted(), problems));
        return Optional.of(text + lowerMaxBody());
    }

    private String lowerMaxBody() {
        long fits = Math.min(topicLimit == null ? 0 : topicLimit, producerLimit) - RecordSizes.FRAMING;
        return fits < 1024 ? "" : "%nor lower callsheet.intake.max-body to at most %dKB".formatted(fits / 1024);
    }
}

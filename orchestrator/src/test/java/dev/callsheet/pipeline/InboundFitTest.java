package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class InboundFitTest {

    private static final RecordSizes ONE_MIB_BODIES = RecordSizes.of(DataSize.ofMegabytes(1));
    private static final long NEED = 1024 * 1024 + RecordSizes.FRAMING;
    private static final String INBOUND = "callsheet.inbound";

    @Test
    void startsWhenTopicAndProducerTakeMaxBodyAndItsFraming() {
        assertThat(new InboundFit(ONE_MIB_BODIES, INBOUND, NEED, null, NEED).refusal())
                .isEmpty();
    }

    @Test
    void refusesATopicOfKafkasDefaultLimitNamingBothWaysOut() {
        var refusal = new InboundFit(ONE_MIB_BODIES, INBOUND, 1_048_588L, "Policy forbids it", 8_388_608).refusal();

        assertThat(refusal).hasValueSatisfying(text -> assertThat(text)
                .contains("callsheet.intake.max-body is 1048576 bytes")
                .contains("takes up to " + NEED + " bytes in callsheet.inbound")
                .contains("topic callsheet.inbound accepts records of at most 1048588 bytes (max.message.bytes)")
                .contains("Callsheet could not raise it (Policy forbids it)")
                .contains("--entity-name callsheet.inbound --add-config max.message.bytes=8388608")
                .contains("or lower callsheet.intake.max-body to at most 1008KB")
                .doesNotContain("max.request.size"));
    }

    @Test
    void refusesAProducerRequestSizeSetBelowMaxBody() {
        var refusal = new InboundFit(ONE_MIB_BODIES, INBOUND, 8_388_608L, null, 1_048_576).refusal();

        assertThat(refusal).hasValueSatisfying(text -> assertThat(text)
                .contains("intake's producer sends records of at most 1048576 bytes")
                .contains("spring.kafka.producer.properties.max.request.size")
                .contains("set it to at least " + NEED)
                .doesNotContain("max.message.bytes"));
    }

    @Test
    void refusesAMissingTopicWithoutSuggestingAMaxBody() {
        var refusal = new InboundFit(ONE_MIB_BODIES, INBOUND, null, null, NEED).refusal();

        assertThat(refusal).hasValueSatisfying(text -> assertThat(text)
                .contains("topic callsheet.inbound does not exist")
                .doesNotContain("lower callsheet.intake.max-body"));
    }
}

package dev.callsheet.story;

import java.util.Map;
import org.apache.kafka.common.errors.PolicyViolationException;
import org.apache.kafka.server.policy.AlterConfigPolicy;

/**
 * A broker policy of the kind managed clusters have: the topics under {@link #PREFIX} may not take
 * records over {@link #CAP} bytes, whoever asks. KRaft applies it to new topics' settings too.
 */
public final class LockedRecordLimits implements AlterConfigPolicy {

    static final String PREFIX = "locked.";
    static final int CAP = 64 * 1024;

    @Override
    public void configure(Map<String, ?> configs) {}

    @Override
    public void validate(RequestMetadata request) {
        String limit = request.configs().get("max.message.bytes");
        if (request.resource().name().startsWith(PREFIX) && limit != null && Long.parseLong(limit) > CAP) {
            throw new PolicyViolationException(PREFIX + "* topics take records of at most " + CAP + " bytes");
        }
    }

    @Override
    public void close() {}
}

package archfixture.request;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Deliberately impure: reads a clock and is a Spring bean. {@code CoreIsPureTest} must catch it. */
@Component
public class ImpureDecider {

    private final Clock clock;

    public ImpureDecider(Clock clock) {
        this.clock = clock;
    }

    public Instant decidedAt() {
        return Instant.now(clock);
    }
}

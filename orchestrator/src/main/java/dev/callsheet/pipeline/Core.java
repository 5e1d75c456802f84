package dev.callsheet.pipeline;

import dev.callsheet.events.Envelope;
import dev.callsheet.request.Decider;
import dev.callsheet.request.Decision;
import dev.callsheet.request.MediaItem;
import java.time.Instant;

/** The pure core as the decide stage calls it: {@link Decider} in the application; tests may stand in for it. */
interface Core {

    Core DECIDER = new Core() {
        @Override
        public Decision decide(MediaItem current, Envelope envelope, Instant now) {
            return Decider.decide(current, envelope, now);
        }

        @Override
        public Decision tick(MediaItem current, Instant now) {
            return Decider.tick(current, now);
        }
    };

    Decision decide(MediaItem current, Envelope envelope, Instant now);

    Decision tick(MediaItem current, Instant now);
}

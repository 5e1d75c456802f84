package dev.callsheet.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the workers reported: every attempt's entry, and the notices given up with their reasons. */
final class RecordedReports implements DeliveryReports {

    record GivenUp(DeliveryEntry entry, String reason) {}

    final List<DeliveryEntry> attempts = new CopyOnWriteArrayList<>();
    final List<GivenUp> givenUp = new CopyOnWriteArrayList<>();

    @Override
    public void attempted(DeliveryEntry entry) {
        attempts.add(entry);
    }

    @Override
    public void givenUp(DeliveryEntry entry, String reason) {
        givenUp.add(new GivenUp(entry, reason));
    }
}

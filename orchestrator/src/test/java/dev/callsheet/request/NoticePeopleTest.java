package dev.callsheet.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The people of the settings: found by a requester's user name or e-mail, and what they want to hear. */
class NoticePeopleTest {

    private static final NoticePerson MARGE = new NoticePerson(
            "Marge",
            "marge@example.org",
            "80351110224678912",
            null,
            Set.of("family-discord"),
            Set.of(NoticeEvent.AVAILABLE, NoticeEvent.DECLINED),
            new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), ZoneId.of("Europe/London")));
    private static final NoticePerson HOMER =
            new NoticePerson("homer", null, null, "123456789", Set.of(), Set.of(), null);

    private static final NoticePeople PEOPLE = new NoticePeople(List.of(MARGE, HOMER));

    @Test
    void findsAPersonByUserNameThenByEmailIgnoringCase() {
        assertThat(PEOPLE.find("marge", null)).contains(MARGE);
        assertThat(PEOPLE.find(" HOMER ", "other@example.org")).contains(HOMER);
        assertThat(PEOPLE.find("mrs-simpson", "Marge@Example.org")).contains(MARGE);
        assertThat(PEOPLE.find("bart", "bart@example.org")).isEmpty();
        assertThat(PEOPLE.find(null, null)).isEmpty();
    }

    @Test
    void aPersonHearsOnlyTheEventsAndChannelsTheyChoseAndEverythingWhenTheyChoseNone() {
        assertThat(MARGE.hears(NoticeEvent.AVAILABLE, "family-discord")).isTrue();
        assertThat(MARGE.hears(NoticeEvent.AVAILABLE, "mail")).isFalse();
        assertThat(MARGE.hears(NoticeEvent.APPROVED, "family-discord")).isFalse();
        assertThat(HOMER.hears(NoticeEvent.APPROVED, "mail")).isTrue();
    }

    @Test
    void aNoticeToAPersonWaitsOutTheirQuietHours() {
        assertThat(MARGE.heldUntil(Instant.parse("2026-01-15T23:00:00Z")))
                .contains(Instant.parse("2026-01-16T07:00:00Z"));
        assertThat(MARGE.heldUntil(Instant.parse("2026-01-15T12:00:00Z"))).isEmpty();
        assertThat(HOMER.heldUntil(Instant.parse("2026-01-15T23:00:00Z"))).isEmpty();
    }
}

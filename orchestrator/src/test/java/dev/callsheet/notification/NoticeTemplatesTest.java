package dev.callsheet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callsheet.adapters.notify.NoticeAction;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.command.NoticeSubject;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.readside.ApprovalLinks;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The default wording of every event, the variables, the overrides, and what a notice carries besides. */
class NoticeTemplatesTest {

    private static final List<EpisodeKey> EPISODES = List.of(
            EpisodeKey.of(2, 6), EpisodeKey.of(2, 1), EpisodeKey.of(2, 2), EpisodeKey.of(2, 3), EpisodeKey.of(2, 4));

    private static final ApprovalLinks.Urls LINKS = new ApprovalLinks.Urls(
            URI.create("https://callsheet.example.org/a/approve-token"),
            URI.create("https://callsheet.example.org/a/decline-token"),
            Instant.parse("2026-12-10T00:00:00Z"));

    private final NoticeTemplates defaults = new NoticeTemplates(none(), request -> Optional.of(LINKS));

    private static NoticeTemplateProperties none() {
        return new NoticeTemplateProperties(null, null, null, null, null, null, null, null, null, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            needs-approval   | The Matrix (1999) needs approval   | Requested by alice
            approved         | The Matrix (1999) was approved     | Requested by alice
            declined         | The Matrix (1999) was declined     | Reason: not in 4K\\nRequested by alice
            available        | The Matrix (1999) is ready to watch | Quality: Bluray-1080p\\nRequested by alice
            failed           | The Matrix (1999) failed           | not in 4K\\nRequested by alice
            stuck            | The Matrix (1999) is stuck         | not in 4K\\nRequested by alice
            download-started | The Matrix (1999) is downloading   | The.Matrix.1999.1080p.BluRay.x264\\nRequested by alice
            """)
    void wordsEveryEventOfAMovie(String event, String title, String text) {
        var command = Notices.movie("n-1", event, "family");
        if (!event.equals("available") && !event.equals("needs-approval") && !event.equals("approved")) {
            command = withReason(command, event.equals("download-started") ? null : "not in 4K");
        }

        var notice = defaults.apply(command);

        assertThat(notice.title()).isEqualTo(title);
        assertThat(notice.text()).isEqualTo(text.replace("\\n", "\n"));
        assertThat(notice.id()).isEqualTo("n-1");
        assertThat(notice.event()).isEqualTo(event);
        assertThat(notice.imageUrl()).hasToString("https://image.tmdb.org/t/p/w500/matrix.jpg");
        assertThat(notice.recipient().name()).isEqualTo("alice");
        assertThat(notice.recipient().discordId()).isEqualTo("80351110224678912");
        assertThat(notice.recipient().telegramChatId()).isEqualTo("123456789");
        assertThat(notice.recipient().email()).isEqualTo("alice@example.org");
        assertThat(notice.data())
                .containsEntry("request", "overseerr-127")
                .containsEntry("mediaKey", "movie:tmdb:603")
                .containsEntry("title", "The Matrix")
                .containsEntry("year", 1999);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            needs-approval   | The Simpsons (1989) needs approval    | Requested by alice\\nS02E01–E04, S02E06
            approved         | The Simpsons (1989) was approved      | Requested by alice\\nS02E01–E04, S02E06
            declined         | The Simpsons (1989) was declined      | Reason: no room\\nRequested by alice
            available        | The Simpsons (1989) is ready to watch | S02E01–E04, S02E06\\nQuality: WEBDL-1080p\\nRequested by alice
            failed           | The Simpsons (1989) failed            | no room\\nS02E01–E04, S02E06\\nRequested by alice
            stuck            | The Simpsons (1989) is stuck          | no room\\nS02E01–E04, S02E06\\nRequested by alice
            download-started | The Simpsons (1989) is downloading    | S02E01–E04, S02E06\\nRequested by alice
            """)
    void wordsEveryEventOfASeriesWithItsEpisodesCompact(String event, String title, String text) {
        var command = Notices.series("n-2", event, "family", EPISODES);
        if (event.equals("declined") || event.equals("failed") || event.equals("stuck")) {
            command = withReason(command, "no room");
        }

        var notice = defaults.apply(command);

        assertThat(notice.title()).isEqualTo(title);
        assertThat(notice.text()).isEqualTo(text.replace("\\n", "\n"));
        assertThat(notice.data()).containsEntry("episodes", List.of("S02E06", "S02E01", "S02E02", "S02E03", "S02E04"));
    }

    @Test
    void namesTheSeasonsOfARequestAsAWhole() {
        var notice = defaults.apply(Notices.series("n-3", "approved", "family", List.of()));

        assertThat(notice.text()).isEqualTo("Requested by alice\nSeason 2");
    }

    @Test
    void aTestNoticeSaysItsText() {
        var test = new SendNotification(
                "test-1",
                null,
                null,
                SendNotification.TEST,
                "family",
                null,
                new dev.callsheet.events.command.NoticeSubject(
                        dev.callsheet.events.MediaType.MOVIE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Hello from Callsheet",
                        null));

        var notice = defaults.apply(test);

        assertThat(notice.title()).isEqualTo("Callsheet test notice");
        assertThat(notice.text()).isEqualTo("Hello from Callsheet");
        assertThat(notice.recipient()).isNull();
        assertThat(test.key()).isEqualTo("test:family");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            source-unhealthy | Sonarr sonarr                     | Sonarr sonarr is unhealthy
            dead-letter      | Radarr radarr webhook             | A record was dead-lettered: Radarr radarr webhook
            """)
    void wordsTheAdminsNoticesAboutNoItemWithoutAType(String event, String about, String title) {
        var command = new SendNotification(
                "n-4",
                null,
                null,
                event,
                "admins",
                null,
                new NoticeSubject(
                        MediaType.MOVIE,
                        about,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "why\nand more",
                        null));
        var overridden = new NoticeTemplates(
                bound(Map.of(
                        "callsheet.notifications.templates." + event + ".text", "{{media}} / {{type}} / {{event}}")),
                request -> Optional.empty());

        var notice = defaults.apply(command);

        assertThat(notice.title()).isEqualTo(title);
        assertThat(notice.text()).isEqualTo("why\nand more");
        assertThat(notice.link()).isNull();
        assertThat(notice.actions()).isEmpty();
        assertThat(notice.data())
                .doesNotContainKeys("type", "mediaKey", "request")
                .containsEntry("title", about);
        assertThat(overridden.apply(command).text()).isEqualTo(about + " /  / " + event);
    }

    @Test
    void linksTheItemInPlexOnceConfirmed() {
        var notice = defaults.apply(Notices.movie("n-1", "available", "family"));

        assertThat(notice.link())
                .hasToString(
                        "https://app.plex.tv/desktop/#!/server/abc123machine/details?key=%2Flibrary%2Fmetadata%2F4711");
        assertThat(defaults.apply(Notices.series("n-2", "available", "family", EPISODES))
                        .link())
                .isNull();
    }

    @Test
    void offersTheOneTapLinksOnlyWhenApprovalIsNeeded() {
        assertThat(defaults.apply(Notices.movie("n-1", "needs-approval", "admins"))
                        .actions())
                .containsExactly(
                        new NoticeAction("Approve", LINKS.approve()), new NoticeAction("Decline", LINKS.decline()));
        assertThat(defaults.apply(Notices.movie("n-1", "available", "admins")).actions())
                .isEmpty();
        var withoutPublicUrl = new NoticeTemplates(none(), request -> Optional.empty());
        assertThat(withoutPublicUrl
                        .apply(Notices.movie("n-1", "needs-approval", "admins"))
                        .actions())
                .isEmpty();
    }

    @Test
    void takesTheEventsOverrideAndAChannelsOwnBeforeIt() {
        var templates = new NoticeTemplates(
                bound(Map.of(
                        "callsheet.notifications.templates.available.title", "Ready: {{title}} ({{quality}})",
                        "callsheet.notifications.templates.available.text",
                                "Enjoy, {{recipient}}!\nRelease: {{release}}\n{{plexUrl}}",
                        "callsheet.notifications.templates.available.family-discord.title", "🍿 {{media}}",
                        "callsheet.notifications.templates.needs-approval.admin-ntfy.text",
                                "{{approveUrl}} or {{declineUrl}}")),
                request -> Optional.of(LINKS));
        var movie = Notices.movie("n-1", "available", "family");

        var notice = templates.apply(movie);
        var discord = templates.apply(Notices.movie("n-1", "available", "family-discord"));
        var approval = templates.apply(Notices.movie("n-1", "needs-approval", "admin-ntfy"));

        assertThat(notice.title()).isEqualTo("Ready: The Matrix (Bluray-1080p)");
        assertThat(notice.text())
                .isEqualTo(
                        "Enjoy, alice!\nRelease: The.Matrix.1999.1080p.BluRay.x264\n"
                                + "https://app.plex.tv/desktop/#!/server/abc123machine/details?key=%2Flibrary%2Fmetadata%2F4711");
        assertThat(discord.title()).isEqualTo("🍿 The Matrix (1999)");
        assertThat(discord.text()).isEqualTo(notice.text());
        assertThat(approval.title()).isEqualTo("The Matrix (1999) needs approval");
        assertThat(approval.text())
                .isEqualTo(
                        "https://callsheet.example.org/a/approve-token or https://callsheet.example.org/a/decline-token");
    }

    @Test
    void leavesOutALineWhoseVariablesAreAllEmpty() {
        assertThat(NoticeTemplates.rendered(
                        "Quality: {{quality}}\nPlain line\n{{title}} {{year}}",
                        java.util.Collections.singletonMap("title", "Dune")))
                .isEqualTo("Plain line\nDune ");
    }

    @Test
    void refusesAnUnknownVariableOrPartNamingTheKey() {
        assertThatThrownBy(() -> new NoticeTemplates(
                        bound(Map.of("callsheet.notifications.templates.stuck.text", "{{titel}} is stuck")),
                        request -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("callsheet.notifications.templates.stuck.text")
                .hasMessageContaining("[titel]");
        assertThatThrownBy(() -> new NoticeTemplates(
                        bound(Map.of("callsheet.notifications.templates.stuck.body", "{{title}}")),
                        request -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("callsheet.notifications.templates.stuck.body");
    }

    private static NoticeTemplateProperties bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("callsheet.notifications.templates", NoticeTemplateProperties.class)
                .get();
    }

    private static SendNotification withReason(SendNotification command, String reason) {
        var s = command.subject();
        return new SendNotification(
                command.id(),
                command.mediaKey(),
                command.requestId(),
                command.event(),
                command.channel(),
                command.recipient(),
                new dev.callsheet.events.command.NoticeSubject(
                        s.type(),
                        s.title(),
                        s.year(),
                        s.posterUrl(),
                        s.tmdbId(),
                        s.tvdbId(),
                        s.episodes(),
                        s.seasons(),
                        reason == null ? s.release() : null,
                        s.quality(),
                        s.requestedBy(),
                        reason,
                        s.plexUrl()));
    }
}

package dev.callsheet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.notify.ChannelSettings;
import dev.callsheet.request.NoticeAudience;
import dev.callsheet.request.NoticeEvent;
import dev.callsheet.request.NoticePeople;
import dev.callsheet.request.NoticePerson;
import dev.callsheet.request.NoticeRoute;
import dev.callsheet.request.NoticeRoutes;
import dev.callsheet.request.QuietHours;
import dev.callsheet.request.SeriesPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** {@code callsheet.notifications}: bound from YAML or the environment at start, checked, given as one bean. */
class NotificationPropertiesTest {

    private static final String NTFY_TOKEN = "tk_n7fyt0kenfromtheenvironment";

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Enabled.class);

    @Test
    void theIssuesMinimalFormWorksAsWritten() {
        context.withInitializer(app -> {
                    var sources = app.getEnvironment().getPropertySources();
                    sources.addFirst(environment(Map.of("NTFY_TOKEN", NTFY_TOKEN)));
                    yaml("notifications/minimal.yaml").forEach(sources::addLast);
                })
                .run(started -> {
                    var settings = started.getBean(NotificationSettings.class);
                    assertThat(settings.channels())
                            .containsExactly(
                                    Map.entry(
                                            "family-discord",
                                            new ChannelSettings.Discord(
                                                    URI.create("https://discord.com/api/webhooks/123/abc"),
                                                    null,
                                                    null,
                                                    null)),
                                    Map.entry(
                                            "admin-ntfy",
                                            new ChannelSettings.Ntfy(
                                                    URI.create("https://ntfy.example.org"),
                                                    "callsheet-admin",
                                                    NTFY_TOKEN,
                                                    null,
                                                    null,
                                                    null,
                                                    List.of())));
                    assertThat(settings.routes())
                            .isEqualTo(new NoticeRoutes(List.of(
                                    new NoticeRoute(
                                            Set.of(NoticeEvent.AVAILABLE),
                                            NoticeAudience.REQUESTER,
                                            List.of("family-discord"),
                                            SeriesPolicy.SEASON_COMPLETE,
                                            Duration.ofMinutes(10)),
                                    new NoticeRoute(
                                            Set.of(NoticeEvent.NEEDS_APPROVAL, NoticeEvent.STUCK, NoticeEvent.FAILED),
                                            NoticeAudience.ADMINS,
                                            List.of("admin-ntfy"),
                                            SeriesPolicy.SEASON_COMPLETE,
                                            Duration.ofMinutes(10)))));
                    assertThat(settings.people()).isEqualTo(NoticePeople.NONE);
                });
    }

    @Test
    void withoutRoutesEveryChannelTellsTheRequestersOfAvailability() {
        context.withPropertyValues(
                        "callsheet.notifications.channels.family-discord.url=https://discord.com/api/webhooks/123/abc",
                        "callsheet.notifications.channels.admin-ntfy.url=ntfy://callsheet-admin")
                .run(started -> assertThat(
                                started.getBean(NotificationSettings.class).routes())
                        .isEqualTo(NoticeRoutes.byDefault(List.of("family-discord", "admin-ntfy"))));
    }

    @Test
    void withoutChannelsNobodyIsTold() {
        context.run(started -> {
            var settings = started.getBean(NotificationSettings.class);
            assertThat(settings.channels()).isEmpty();
            assertThat(settings.routes()).isEqualTo(NoticeRoutes.NONE);
        });
    }

    @Test
    void bindsRoutesAndPeopleWithTheirPolicyWindowAndQuietHours() {
        context.withInitializer(app -> {
                    var sources = app.getEnvironment().getPropertySources();
                    sources.addFirst(environment(Map.of("SMTP_PASSWORD", "pa55word")));
                    yaml("notifications/people.yaml").forEach(sources::addLast);
                })
                .run(started -> {
                    var settings = started.getBean(NotificationSettings.class);
                    assertThat(settings.routes().carrying(NoticeEvent.AVAILABLE, NoticeAudience.REQUESTER))
                            .containsExactly(new NoticeRoute(
                                    Set.of(NoticeEvent.AVAILABLE),
                                    NoticeAudience.REQUESTER,
                                    List.of("family-discord", "mail"),
                                    SeriesPolicy.EVERY_BATCH,
                                    Duration.ofMinutes(30)));
                    assertThat(settings.routes().carrying(NoticeEvent.AVAILABLE, NoticeAudience.SUBSCRIBERS))
                            .extracting(NoticeRoute::channels)
                            .containsExactly(List.of("family-discord"));
                    assertThat(settings.people())
                            .isEqualTo(new NoticePeople(List.of(
                                    new NoticePerson(
                                            "marge",
                                            "marge@example.org",
                                            "80351110224678912",
                                            null,
                                            Set.of("family-discord"),
                                            Set.of(NoticeEvent.AVAILABLE, NoticeEvent.DECLINED),
                                            new QuietHours(
                                                    LocalTime.of(22, 0),
                                                    LocalTime.of(7, 0),
                                                    ZoneId.of("Europe/London"))),
                                    new NoticePerson(
                                            "homer",
                                            null,
                                            null,
                                            "123456789",
                                            Set.of(),
                                            Set.of(),
                                            new QuietHours(
                                                    LocalTime.of(23, 30),
                                                    LocalTime.of(6, 0),
                                                    ZoneId.systemDefault())))));
                    assertThat(((ChannelSettings.Email) settings.channels().get("mail")).password())
                            .isEqualTo("pa55word");
                });
    }

    @Test
    void bindsTheEnvironmentVariableForm() {
        context.withInitializer(app -> app.getEnvironment()
                        .getPropertySources()
                        .addFirst(environment(Map.of(
                                "CALLSHEET_NOTIFICATIONS_CHANNELS_ADMINS_TYPE", "telegram",
                                "CALLSHEET_NOTIFICATIONS_CHANNELS_ADMINS_TOKEN", "123456789:AAH-bot_token",
                                "CALLSHEET_NOTIFICATIONS_CHANNELS_ADMINS_CHATIDS", "-1001234567890,42",
                                "CALLSHEET_NOTIFICATIONS_ROUTES_0_EVENTS", "stuck,failed",
                                "CALLSHEET_NOTIFICATIONS_ROUTES_0_AUDIENCE", "admins",
                                "CALLSHEET_NOTIFICATIONS_ROUTES_0_CHANNELS", "admins"))))
                .run(started -> {
                    var settings = started.getBean(NotificationSettings.class);
                    assertThat(settings.channels())
                            .containsExactly(Map.entry(
                                    "admins",
                                    new ChannelSettings.Telegram(
                                            URI.create("https://api.telegram.org"),
                                            "123456789:AAH-bot_token",
                                            List.of("-1001234567890", "42"))));
                    assertThat(settings.routes().carrying(NoticeEvent.FAILED, NoticeAudience.ADMINS))
                            .extracting(NoticeRoute::channels)
                            .containsExactly(List.of("admins"));
                });
    }

    @Test
    void readsSecretsFromFilesAtStart(@TempDir Path files) {
        Path token = write(files.resolve("ntfy-token"), NTFY_TOKEN + "\n");
        Path webhook = write(files.resolve("discord-url"), "https://discord.com/api/webhooks/123/abc\n");
        Path apprise = write(
                files.resolve("pover-url"), "pover://uQiRzpo4DXghDmr9QzzfQu27cmVRsG@azGDORePK8gMaC0QOYAMyEEuzJnyUi");
        context.withPropertyValues(
                        "callsheet.notifications.channels.admin-ntfy.type=ntfy",
                        "callsheet.notifications.channels.admin-ntfy.url=https://ntfy.example.org/callsheet-admin",
                        "callsheet.notifications.channels.admin-ntfy.token-file=" + token,
                        "callsheet.notifications.channels.family-discord.type=discord",
                        "callsheet.notifications.channels.family-discord.url-file=" + webhook,
                        "callsheet.notifications.channels.phones.url-file=" + apprise)
                .run(started -> {
                    var channels = started.getBean(NotificationSettings.class).channels();
                    assertThat(((ChannelSettings.Ntfy) channels.get("admin-ntfy")).token())
                            .isEqualTo(NTFY_TOKEN);
                    assertThat(((ChannelSettings.Discord) channels.get("family-discord")).webhookUrl())
                            .isEqualTo(URI.create("https://discord.com/api/webhooks/123/abc"));
                    assertThat(channels.get("phones"))
                            .isEqualTo(new ChannelSettings.Pushover(
                                    URI.create("https://api.pushover.net"),
                                    "azGDORePK8gMaC0QOYAMyEEuzJnyUi",
                                    "uQiRzpo4DXghDmr9QzzfQu27cmVRsG",
                                    List.of(),
                                    null));
                });
    }

    @Test
    void keysBesideAnAppriseUrlFillWhatItLeavesOut() {
        context.withPropertyValues(
                        "callsheet.notifications.channels.admin-ntfy.url=ntfys://ntfy.example.org/callsheet-admin",
                        "callsheet.notifications.channels.admin-ntfy.token=" + NTFY_TOKEN,
                        "callsheet.notifications.channels.admin-ntfy.tags=warning",
                        "callsheet.notifications.channels.family.url=discord://AbC-tok_en@123456789012345678",
                        "callsheet.notifications.channels.family.username=Callsheet")
                .run(started -> {
                    var channels = started.getBean(NotificationSettings.class).channels();
                    assertThat(channels.get("admin-ntfy"))
                            .isEqualTo(new ChannelSettings.Ntfy(
                                    URI.create("https://ntfy.example.org"),
                                    "callsheet-admin",
                                    NTFY_TOKEN,
                                    null,
                                    null,
                                    null,
                                    List.of("warning")));
                    assertThat(((ChannelSettings.Discord) channels.get("family")).username())
                            .isEqualTo("Callsheet");
                });
    }

    private static SystemEnvironmentPropertySource environment(Map<String, Object> variables) {
        return new SystemEnvironmentPropertySource(
                "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables);
    }

    private static List<PropertySource<?>> yaml(String resource) {
        try {
            return new YamlPropertySourceLoader().load(resource, new ClassPathResource(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationProperties.class)
    @Import(NotificationConfiguration.class)
    static class Enabled {}
}

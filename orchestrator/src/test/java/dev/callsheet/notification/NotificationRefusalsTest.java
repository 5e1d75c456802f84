package dev.callsheet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Settings that cannot work stop the start, with a message naming the key and never the secret: every
 * secret below holds {@value #SECRET}, and the whole failure (messages, causes, stack trace) is searched
 * for it.
 */
class NotificationRefusalsTest {

    private static final String SECRET = "Zq9SECRETvX";
    private static final String CHANNELS = "callsheet.notifications.channels.";
    private static final String ROUTES = "callsheet.notifications.routes[";
    private static final String USERS = "callsheet.notifications.users.";
    private static final String FAMILY = CHANNELS + "family-discord.url=https://discord.com/api/webhooks/123/abc";

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Enabled.class);

    static Stream<Arguments> refusals() {
        return Stream.of(
                refused(
                        CHANNELS + "pigeon.type",
                        "not one of discord, slack, telegram, ntfy, gotify, pushover, email, matrix, webhook",
                        CHANNELS + "pigeon.type=carrier-pigeon",
                        CHANNELS + "pigeon.token=" + SECRET),
                refused(
                        CHANNELS + "family-discord.url",
                        "not a Discord webhook URL",
                        CHANNELS + "family-discord.type=discord",
                        CHANNELS + "family-discord.url=https://discord.com/api/webhooks/family/" + SECRET),
                refused(
                        CHANNELS + "family-discord.url",
                        "not an absolute http(s) URL",
                        CHANNELS + "family-discord.type=discord",
                        CHANNELS + "family-discord.url=https://discord com/api/webhooks/123/" + SECRET),
                refused(
                        CHANNELS + "family-discord.url",
                        "must not hold a query",
                        CHANNELS + "family-discord.url=https://discord.com/api/webhooks/123/" + SECRET
                                + "?thread_id=1"),
                refused(
                        CHANNELS + "ntfy.url",
                        "must not hold a user or password",
                        CHANNELS + "ntfy.type=ntfy",
                        CHANNELS + "ntfy.url=https://alice:" + SECRET + "@ntfy.example.org/admins"),
                refused(
                        CHANNELS + "tg.token",
                        "missing: the bot's token",
                        CHANNELS + "tg.type=telegram",
                        CHANNELS + "tg.chat-ids=42"),
                refused(CHANNELS + "tg.url", "not a bot token", CHANNELS + "tg.url=tgram://" + SECRET + "/42"),
                refused(
                        CHANNELS + "hook.url",
                        "declare it with type: webhook",
                        CHANNELS + "hook.url=jsons://user:" + SECRET + "@hooks.example.org/callsheet"),
                refused(
                        CHANNELS + "shoutrrr.url",
                        "Shoutrrr's form is discord://token@webhook_id",
                        CHANNELS + "shoutrrr.url=discord://123456789012345678@" + SECRET),
                refused(
                        CHANNELS + "family-discord.url",
                        "its option(s) [tts]",
                        CHANNELS + "family-discord.url=discord://123456789012345678/" + SECRET + "?tts=yes"),
                refused(
                        CHANNELS + "room.url",
                        "room alias",
                        CHANNELS + "room.url=matrixs://" + SECRET + "@matrix.example.org/#family:example.org"),
                refused(
                        CHANNELS + "room.url",
                        "give an access token",
                        CHANNELS + "room.url=matrixs://callsheet:" + SECRET + "@matrix.example.org/!r:example.org"),
                refused(
                        CHANNELS + "slack.url",
                        "incoming webhooks only",
                        CHANNELS + "slack.url=slack://xoxb-" + SECRET + "/#general"),
                refused(
                        CHANNELS + "topics.url",
                        "one channel per topic",
                        CHANNELS + "topics.url=ntfys://tk_" + SECRET + "@ntfy.example.org/one/two"),
                refused(
                        CHANNELS + "scheme.url",
                        "the scheme 'pbul' is not one Callsheet reads",
                        CHANNELS + "scheme.url=pbul://" + SECRET),
                refused(
                        CHANNELS + "hook.secret",
                        "not whsec_ followed by the base64",
                        CHANNELS + "hook.type=webhook",
                        CHANNELS + "hook.url=https://hooks.example.org/callsheet",
                        CHANNELS + "hook.secret=whsec_" + SECRET),
                refused(
                        CHANNELS + "phones.priority",
                        "emergency (2) must be acknowledged",
                        CHANNELS + "phones.url=pover://uQiRzpo4DXghDmr9QzzfQu27cmVRsG@" + SECRET,
                        CHANNELS + "phones.priority=emergency"),
                refused(
                        CHANNELS + "phones.url",
                        "is not a Pushover key",
                        CHANNELS + "phones.url=pover://uQiRzpo4DXghDmr9QzzfQu27cmVRsG@" + SECRET),
                refused(
                        CHANNELS + "gotify.token",
                        "is not a key of a gotify channel (it takes [app-token, priority, url])",
                        CHANNELS + "gotify.type=gotify",
                        CHANNELS + "gotify.url=https://gotify.example.org",
                        CHANNELS + "gotify.token=" + SECRET),
                refused(
                        CHANNELS + "ntfy.token",
                        "is given twice: here and in url",
                        CHANNELS + "ntfy.url=ntfys://tk_" + SECRET + "@ntfy.example.org/admins",
                        CHANNELS + "ntfy.token=tk_other" + SECRET),
                refused(
                        CHANNELS + "ntfy.type",
                        "is 'slack' but url is a telegram URL",
                        CHANNELS + "ntfy.type=slack",
                        CHANNELS + "ntfy.url=tgram://123:" + SECRET + "/42"),
                refused(
                        CHANNELS + "ntfy.token-file",
                        "is given with token",
                        CHANNELS + "ntfy.url=https://ntfy.example.org/admins",
                        CHANNELS + "ntfy.type=ntfy",
                        CHANNELS + "ntfy.token=" + SECRET,
                        CHANNELS + "ntfy.token-file=/run/secrets/ntfy"),
                refused(
                        CHANNELS + "mail.from",
                        "missing: the sender",
                        CHANNELS + "mail.type=email",
                        CHANNELS + "mail.host=smtp.example.org",
                        CHANNELS + "mail.username=callsheet",
                        CHANNELS + "mail.password=" + SECRET),
                refused(CHANNELS + "nothing", "declares nothing", CHANNELS + "nothing.tags="),
                refused(
                        ROUTES + "0].channels[1]",
                        "names 'family-slack', which is not a channel under callsheet.notifications.channels"
                                + " [family-discord]",
                        FAMILY,
                        ROUTES + "0].events=available",
                        ROUTES + "0].audience=requester",
                        ROUTES + "0].channels=family-discord,family-slack"),
                refused(
                        ROUTES + "0].events[1]",
                        "is 'avialable', not one of [needs-approval, approved, declined, available, failed, stuck,"
                                + " download-started, source-unhealthy, dead-letter]",
                        FAMILY,
                        ROUTES + "0].events=approved,avialable",
                        ROUTES + "0].audience=requester",
                        ROUTES + "0].channels=family-discord"),
                refused(
                        ROUTES + "0].events",
                        "dead-letter concerns no request, so no requester hears it",
                        FAMILY,
                        ROUTES + "0].events=dead-letter",
                        ROUTES + "0].audience=requester",
                        ROUTES + "0].channels=family-discord"),
                refused(
                        ROUTES + "0].audience",
                        "missing: one of [requester, admins, subscribers]",
                        FAMILY,
                        ROUTES + "0].events=available",
                        ROUTES + "0].channels=family-discord"),
                refused(
                        ROUTES + "0].series",
                        "is 'weekly', not one of [season-complete, first-episode, every-batch, caught-up]",
                        FAMILY,
                        ROUTES + "0].events=available",
                        ROUTES + "0].audience=requester",
                        ROUTES + "0].channels=family-discord",
                        ROUTES + "0].series=weekly"),
                refused(
                        ROUTES + "1].channels",
                        "family-discord already tells requester of available through " + ROUTES + "0]",
                        FAMILY,
                        ROUTES + "0].events=available",
                        ROUTES + "0].audience=requester",
                        ROUTES + "0].channels=family-discord",
                        ROUTES + "1].events=available,approved",
                        ROUTES + "1].audience=requester",
                        ROUTES + "1].channels=family-discord",
                        ROUTES + "1].series=every-batch"),
                refused(
                        USERS + "marge.channels[0]",
                        "names 'marge-phone', which is not a channel",
                        FAMILY,
                        USERS + "marge.channels=marge-phone"),
                refused(
                        USERS + "marge.quiet-hours.from",
                        "is '25:00', not a time of day",
                        FAMILY,
                        USERS + "marge.quiet-hours.from=25:00",
                        USERS + "marge.quiet-hours.to=07:00"),
                refused(
                        USERS + "marge.quiet-hours.zone",
                        "not a time zone",
                        FAMILY,
                        USERS + "marge.quiet-hours.from=22:00",
                        USERS + "marge.quiet-hours.to=07:00",
                        USERS + "marge.quiet-hours.zone=Springfield/Evergreen"),
                refused(
                        USERS + "marge.email",
                        "the same e-mail as " + USERS + "homer.email",
                        FAMILY,
                        USERS + "homer.email=simpsons@example.org",
                        USERS + "marge.email=Simpsons@example.org"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusals")
    void stopsTheStartNamingTheKeyAndHidingTheSecret(String key, String problem, String[] properties) {
        String failure = failure(properties);

        assertThat(failure.lines())
                .as("a line naming %s: …%s…", key, problem)
                .anyMatch(line -> line.strip().startsWith(key + ": ") && line.contains(problem));
        assertThat(failure).doesNotContain(SECRET);
    }

    @Test
    void namesEveryProblemAtOnce() {
        String failure = failure(
                CHANNELS + "tg.type=telegram",
                CHANNELS + "hook.type=webhook",
                CHANNELS + "hook.secret=whsec_" + SECRET,
                ROUTES + "0].events=available",
                ROUTES + "0].audience=requester",
                ROUTES + "0].channels=nowhere");

        assertThat(failure)
                .contains(
                        CHANNELS + "tg.token: missing",
                        CHANNELS + "hook.url: missing",
                        CHANNELS + "hook.secret: is not whsec_",
                        ROUTES + "0].channels[0]: names 'nowhere'")
                .doesNotContain(SECRET);
    }

    @Test
    void namesASecretFileThatCannotBeReadWithoutReadingIt(@TempDir Path files) {
        Path empty = write(files.resolve("empty"), "\n");

        assertThat(failure(
                        CHANNELS + "tg.type=telegram",
                        CHANNELS + "tg.token-file=" + files.resolve("missing"),
                        CHANNELS + "mail.url-file=" + empty))
                .contains(
                        CHANNELS + "tg.token-file: cannot read the file '" + files.resolve("missing")
                                + "', or it is empty",
                        CHANNELS + "mail.url-file: cannot read the file '" + empty + "', or it is empty");
    }

    @Test
    void namesTheFileAnAppriseUrlWithAProblemCameFrom(@TempDir Path files) {
        Path url = write(files.resolve("url"), "tgram://" + SECRET + "/42\n");

        assertThat(failure(CHANNELS + "tg.url-file=" + url))
                .contains(CHANNELS + "tg.url-file: is not a bot token")
                .doesNotContain(SECRET);
    }

    /** The start's failure as the log would show it: every message, cause and stack frame. */
    private String failure(String... properties) {
        List<String> reports = new ArrayList<>();
        context.withPropertyValues(properties).run(started -> {
            assertThat(started).hasFailed();
            StringWriter trace = new StringWriter();
            started.getStartupFailure().printStackTrace(new PrintWriter(trace));
            reports.add(trace.toString());
        });
        return String.join("\n", reports);
    }

    private static Arguments refused(String key, String problem, String... properties) {
        return Arguments.of(key, problem, properties);
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

package dev.callsheet.adapters.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server on loopback that gives the replies a test scripts: a recipient unknown, a mailbox
 * busy, a greeting that turns the client away, or no answer at all after the mail's data. GreenMail
 * takes every mail, so the refusals of real servers are played here, at the protocol level.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /**
     * The replies, each a full SMTP reply line; null means "say nothing and keep the connection open".
     *
     * @param greeting sent on connect
     * @param rcpt the answer to every {@code RCPT TO}
     * @param endOfData the answer to the lone {@code .} that ends the mail
     */
    record Script(String greeting, String rcpt, String endOfData) {

        static Script accepting() {
            return new Script("220 scripted ESMTP", "250 OK", "250 OK queued");
        }

        Script withGreeting(String reply) {
            return new Script(reply, rcpt, endOfData);
        }

        Script withRcpt(String reply) {
            return new Script(greeting, reply, endOfData);
        }

        Script withEndOfData(String reply) {
            return new Script(greeting, rcpt, reply);
        }
    }

    private final ServerSocket socket;
    private final Script script;

    ScriptedSmtpServer(Script script) {
        this.script = script;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("scripted-smtp").start(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread.ofVirtual().start(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection;
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII))) {
            OutputStream out = connection.getOutputStream();
            if (!reply(out, script.greeting()) || !script.greeting().startsWith("2")) {
                in.readLine();
                return;
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.split("[ :]", 2)[0].toUpperCase(Locale.ROOT);
                boolean answered =
                        switch (command) {
                            case "EHLO", "HELO" -> reply(out, "250 scripted");
                            case "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                            case "RCPT" -> reply(out, script.rcpt());
                            case "DATA" -> reply(out, "354 go ahead") && readData(in) && reply(out, script.endOfData());
                            case "QUIT" -> {
                                reply(out, "221 bye");
                                yield false;
                            }
                            default -> reply(out, "500 unknown command");
                        };
                if (!answered) {
                    in.readLine();
                    return;
                }
            }
        } catch (IOException gone) {
            // The client hung up, or the test is over.
        }
    }

    private static boolean readData(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals(".")) {
                return true;
            }
        }
        return false;
    }

    /** Sends {@code reply}; false when it is null, so that the caller stays silent. */
    private static boolean reply(OutputStream out, String reply) throws IOException {
        if (reply == null) {
            return false;
        }
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return true;
    }
}

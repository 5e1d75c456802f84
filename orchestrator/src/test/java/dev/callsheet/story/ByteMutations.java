package dev.callsheet.story;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Mutations that know nothing of a body's structure: cut it, flip, insert or repeat bytes, put
 * invalid UTF-8 or a byte order mark in it, or write the whole text in another charset.
 */
final class ByteMutations {

    /** Byte sequences that are not UTF-8: overlong, an encoded surrogate, past U+10FFFF, stray bytes. */
    private static final byte[][] NOT_UTF8 = {
        {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0x80},
        {(byte) 0xFE, (byte) 0xFF},
        {(byte) 0xC3},
        {0}
    };

    private ByteMutations() {}

    static byte[] random(RandomGenerator random) {
        int length =
                switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(8);
                    case 1 -> random.nextInt(256);
                    case 2 -> random.nextInt(8_192);
                    default -> random.nextInt(200_000);
                };
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    static byte[] mutate(byte[] body, RandomGenerator random, StringBuilder described) {
        if (body.length == 0) {
            return random(random);
        }
        int at = random.nextInt(body.length);
        return switch (random.nextInt(8)) {
            case 0 -> {
                described.append("cut at ").append(at).append("; ");
                yield Arrays.copyOf(body, at);
            }
            case 1 -> {
                byte[] flipped = body.clone();
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                }
                described.append(flips).append(" bits flipped; ");
                yield flipped;
            }
            case 2 -> {
                byte[] sequence = NOT_UTF8[random.nextInt(NOT_UTF8.length)];
                described
                        .append("not UTF-8 ")
                        .append(Arrays.toString(sequence))
                        .append(" at ")
                        .append(at)
                        .append("; ");
                yield insert(body, at, sequence);
            }
            case 3 -> {
                int length = 1 + random.nextInt(Math.min(body.length - at, 4_096));
                described.append("bytes ").append(at).append("+").append(length).append(" repeated; ");
                yield insert(body, at, Arrays.copyOfRange(body, at, at + length));
            }
            case 4 -> {
                int length = 1 + random.nextInt(body.length - at);
                described.append("bytes ").append(at).append("+").append(length).append(" removed; ");
                byte[] shorter = Arrays.copyOf(body, body.length - length);
                System.arraycopy(body, at + length, shorter, at, body.length - at - length);
                yield shorter;
            }
            case 5 -> {
                described.append("trailing garbage; ");
                yield insert(body, body.length, random(random));
            }
            case 6 -> {
                described.append("sent twice; ");
                yield insert(body, body.length, body);
            }
            default -> {
                byte[] inserted = new byte[1 + random.nextInt(16)];
                random.nextBytes(inserted);
                described.append("random bytes at ").append(at).append("; ");
                yield insert(body, at, inserted);
            }
        };
    }

    /**
     * The UTF-8 text of {@code body} in another charset, with or without a byte order mark, or the
     * UTF-8 itself behind one.
     *
     * @return the bytes and the charset name a sender would declare with them
     */
    static Encoded reencode(byte[] body, RandomGenerator random) {
        String text = new String(body, StandardCharsets.UTF_8);
        return switch (random.nextInt(7)) {
            case 0 ->
                new Encoded(insert(body, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), "utf-8", "UTF-8 BOM");
            case 1 -> new Encoded(text.getBytes(StandardCharsets.UTF_16), "utf-16", "UTF-16 with BOM");
            case 2 -> new Encoded(text.getBytes(StandardCharsets.UTF_16LE), "utf-16le", "UTF-16LE");
            case 3 -> new Encoded(text.getBytes(Charset.forName("UTF-32BE")), "utf-32", "UTF-32BE");
            case 4 -> new Encoded(text.getBytes(StandardCharsets.ISO_8859_1), "iso-8859-1", "Latin-1");
            case 5 -> new Encoded(text.getBytes(Charset.forName("UTF-32LE")), "utf-8", "UTF-32LE declared as UTF-8");
            default ->
                new Encoded(
                        insert(text.getBytes(StandardCharsets.UTF_16BE), 0, new byte[] {(byte) 0xFE, (byte) 0xFF}),
                        "windows-1252",
                        "UTF-16BE with BOM declared as windows-1252");
        };
    }

    /** Bytes in a charset, and what is declared about them. */
    record Encoded(byte[] bytes, String charset, String description) {}

    static byte[] insert(byte[] body, int at, byte[] inserted) {
        var out = new ByteArrayOutputStream(body.length + inserted.length);
        out.write(body, 0, at);
        out.writeBytes(inserted);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }
}

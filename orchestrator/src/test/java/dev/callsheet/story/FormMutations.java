package dev.callsheet.story;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Mutations of a download client script's form: fields dropped, repeated, emptied, renamed, given odd
 * or huge values; and forms broken in their encoding (raw bytes, lone {@code %}, empty names,
 * stray {@code &} and {@code =}).
 */
final class FormMutations {

    private static final List<String> BROKEN = List.of(
            "=", "&", "&&", "==", "%", "%4", "%G1", "%%", "=x", "a=%", "a=%ZZ", "a b=c", "a=b c", "a=\u00e9", "\t");

    private FormMutations() {}

    /** Fields changed as the form's meaning goes: the result is still well-formed. */
    static byte[] mutate(byte[] seed, RandomGenerator random, StringBuilder described) {
        List<String[]> fields = fields(seed);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations && !fields.isEmpty(); i++) {
            int at = random.nextInt(fields.size());
            String name = fields.get(at)[0];
            switch (random.nextInt(6)) {
                case 0 -> {
                    described.append("dropped ").append(name).append("; ");
                    fields.remove(at);
                }
                case 1 -> {
                    described.append(name).append(" given twice; ");
                    fields.add(random.nextInt(fields.size() + 1), new String[] {name, OddText.oddString(random)});
                }
                case 2 -> {
                    described.append(name).append(" := long; ");
                    fields.get(at)[1] = OddText.longString(random);
                }
                case 3 -> {
                    String value = random.nextBoolean() ? hugeNumber(random) : OddText.oddString(random);
                    described.append(name).append(" := ").append(value.length() > 40 ? "huge number" : value);
                    described.append("; ");
                    fields.get(at)[1] = value;
                }
                case 4 -> {
                    described.append(name).append(" renamed; ");
                    fields.get(at)[0] = name.toUpperCase() + OddText.oddString(random);
                }
                default -> {
                    described.append(name).append(" := unknown word; ");
                    fields.get(at)[1] = "UNKNOWN_" + random.nextInt(1000);
                }
            }
        }
        return encode(fields);
    }

    /** A form broken where it is encoded, which intake must refuse or store as it came. */
    static byte[] breakEncoding(byte[] seed, RandomGenerator random, StringBuilder described) {
        String form = new String(seed, UTF_8);
        String broken = BROKEN.get(random.nextInt(BROKEN.size()));
        int at = random.nextInt(form.length() + 1);
        described.append("'").append(broken).append("' inserted at ").append(at).append("; ");
        return (form.substring(0, at) + broken + form.substring(at)).getBytes(UTF_8);
    }

    /** Many fields: what a script could never send, but a stranger with the token could. */
    static byte[] manyFields(RandomGenerator random, StringBuilder described) {
        int count = 1 + random.nextInt(20_000);
        described.append(count).append(" fields; ");
        var form = new StringBuilder("event=added&hash=ABC");
        for (int i = 0; i < count; i++) {
            form.append("&f").append(i).append('=').append(i);
        }
        return form.toString().getBytes(UTF_8);
    }

    private static String hugeNumber(RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> "99999999999999999999999999";
            case 1 -> "-" + random.nextInt(Integer.MAX_VALUE);
            case 2 -> "1e308";
            default -> "9".repeat(1 + random.nextInt(5_000));
        };
    }

    private static List<String[]> fields(byte[] form) {
        List<String[]> fields = new ArrayList<>();
        for (String field : new String(form, UTF_8).split("&")) {
            int equals = field.indexOf('=');
            fields.add(new String[] {
                URLDecoder.decode(field.substring(0, equals), UTF_8),
                URLDecoder.decode(field.substring(equals + 1), UTF_8)
            });
        }
        return fields;
    }

    private static byte[] encode(List<String[]> fields) {
        return fields.stream()
                .map(field -> URLEncoder.encode(field[0], UTF_8) + "=" + URLEncoder.encode(field[1], UTF_8))
                .collect(Collectors.joining("&"))
                .getBytes(UTF_8);
    }
}

package org.reconcile.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.reconcile.SituationGenerator;
import org.reconcile.json.CaseJson;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * Cases for reconcile to read, from a seed: valid ones, and valid ones spoilt in one way each
 * (wrong types, missing and unknown fields, numbers out of range or too long, unknown enum values,
 * nulls, duplicate keys, deep nesting, long strings, broken UTF-8, truncation, garbage, bytes
 * changed at random), each with what reading it must give. Case {@code i} depends only on the
 * seed and {@code i}, so any one of them can be made again on its own.
 */
public final class HostileCases {
    /** Every 1000th case is a case longer than 1 MiB: rarely, as each costs a megabyte. */
    private static final int TOO_LONG_EVERY = 1000;
    private static final List<String> FIELDS = CaseJson.FIELDS;
    private static final List<String> STAGES = names(Stage.values());
    private static final List<String> REASONS = names(BreakupReason.values());
    private static final List<String> MOTIVES = names(Motive.values());
    private static final int[][] NOT_UTF8 = {{0x80}, {0xFF}, {0xC3, 0x28}, {0xE2, 0x28, 0xA1}, {0xC0, 0xAF},
        {0xED, 0xA0, 0x80}, {0xF8, 0x88, 0x80, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xE2, 0x82}};

    private final long seed;

    public HostileCases(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** Case {@code index} as a line of JSON Lines: anything but a line end. */
    public GeneratedCase line(long index) {
        return generate(index, false);
    }

    /** Case {@code index} as a value of an array: sound JSON, though maybe beyond a limit. */
    public GeneratedCase element(long index) {
        return generate(index, true);
    }

    /** Case {@code index} left valid. */
    public GeneratedCase valid(long index) {
        Random random = random(index);
        Situation situation = new SituationGenerator(random.nextLong()).next();
        Optional<String> id = id(random, index);
        return new GeneratedCase(CaseFields.of(situation, id, random).compact(), new Expected.Valid(situation, id), "valid", index);
    }

    private GeneratedCase generate(long index, boolean soundJson) {
        Random random = random(index);
        Situation situation = new SituationGenerator(random.nextLong()).next();
        Optional<String> id = id(random, index);
        CaseFields fields = CaseFields.of(situation, id, random);
        Mutation mutation = index % TOO_LONG_EVERY == TOO_LONG_EVERY - 1 ? Mutation.TOO_LONG : Mutation.choose(random, soundJson);
        Made made = mutation.apply(new Base(situation, id, fields, random));
        return new GeneratedCase(made.bytes(), made.expected(), mutation.name().toLowerCase().replace('_', ' '), index);
    }

    private Random random(long index) {
        return new Random(seed * 0x9E3779B97F4A7C15L + index);
    }

    private static Optional<String> id(Random random, long index) {
        return switch (random.nextInt(10)) {
            case 0, 1 -> Optional.empty();
            case 2 -> Optional.of(Strings.anyText(random, 30));
            default -> Optional.of("c" + index);
        };
    }

    /** What a mutation starts from: a valid case. */
    private record Base(Situation situation, Optional<String> id, CaseFields fields, Random random) {
        Expected.Valid valid() {
            return new Expected.Valid(situation, id);
        }
    }

    /** What a mutation made: bytes, and what reading them must give. */
    private record Made(byte[] bytes, Expected expected) {
        Made(String text, Expected expected) {
            this(text.getBytes(StandardCharsets.UTF_8), expected);
        }
    }

    private enum Mutation {
        NONE(20, true) {
            Made apply(Base b) {
                return new Made(b.fields().compact(), b.valid());
            }
        },
        SPACED(6, true) {
            Made apply(Base b) {
                return new Made(b.fields().spaced(b.random()), b.valid());
            }
        },
        DAYS_WRITTEN_OTHERWISE(3, true) {
            Made apply(Base b) {
                int days = b.situation().daysSinceBreakup();
                List<String> ways = new ArrayList<>(List.of(days + ".0", days + ".000", days + "e0", days + "E+0", days * 10L + "e-1"));
                if (days == 0) {
                    ways.add("-0");
                } else if (days % 10 == 0) {
                    ways.add(days / 10 + "e1");
                }
                return new Made(b.fields().set("daysSinceBreakup", pick(b.random(), ways), b.random()).compact(), b.valid());
            }
        },
        BYTE_ORDER_MARK_AT_LINE_START(1, false) {
            Made apply(Base b) {
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                return new Made(concat(bom, b.fields().compact()), b.valid());
            }
        },
        NULL_FOR_EVERY_FACT_NOT_STATED(2, true) {
            Made apply(Base b) {
                for (String field : FIELDS) {
                    if (!b.fields().has(field)) {
                        b.fields().set(field, "null", b.random());
                    }
                }
                return new Made(b.fields().compact(), b.valid());
            }
        },
        NULL_DAYS(1, true) {
            Made apply(Base b) {
                return new Made(b.fields().set("daysSinceBreakup", "null", b.random()).compact(),
                        Expected.Invalid.of("daysSinceBreakup", "is required"));
            }
        },
        MISSING_DAYS(3, true) {
            Made apply(Base b) {
                return new Made(b.fields().remove("daysSinceBreakup").compact(), Expected.Invalid.of("daysSinceBreakup", "missing"));
            }
        },
        WRONG_TYPE(8, true) {
            Made apply(Base b) {
                String field = pick(b.random(), FIELDS);
                String value = pick(b.random(), wrongValues(field));
                return new Made(b.fields().set(field, value, b.random()).compact(), Expected.Invalid.of(field));
            }
        },
        UNKNOWN_FIELD(5, true) {
            Made apply(Base b) {
                String name = b.random().nextBoolean() ? Strings.typo(pick(b.random(), FIELDS), b.random()) : Strings.anyText(b.random(), 12);
                if (FIELDS.contains(name) || name.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                    name = pick(b.random(), FIELDS) + "X";
                }
                String value = pick(b.random(), List.of("true", "1", "\"x\"", "null", "[]", "{}"));
                return new Made(b.fields().insertRaw(Strings.quote(name, b.random()), value, b.random()).compact(),
                        Expected.Invalid.of(name, "is not a known field"));
            }
        },
        DAYS_OUT_OF_RANGE(5, true) {
            Made apply(Base b) {
                Random r = b.random();
                String days = pick(r, List.of("-" + (1 + r.nextInt(1000)), Integer.toString(36_501 + r.nextInt(1_000_000)),
                        Strings.digits(r, 6 + r.nextInt(95)), "-" + Strings.digits(r, 1 + r.nextInt(99)), r.nextInt(36_500) + ".5",
                        "-0.5", "1e-400", "1e400", "1e9999999999", "-1e-9999999999", "36500.000001", "36501.0", "3.65001e4"));
                return new Made(b.fields().set("daysSinceBreakup", days, r).compact(),
                        Expected.Invalid.of("daysSinceBreakup", "must be an integer from 0 to 36500, was "));
            }
        },
        NUMBER_TOO_LONG(3, true) {
            Made apply(Base b) {
                Random r = b.random();
                String field = pick(r, List.of("daysSinceBreakup", "daysSinceBreakup", "id", "stage", "motives", pick(r, FIELDS)));
                String number = (r.nextBoolean() ? "-" : "") + Strings.digits(r, 101 + r.nextInt(2000)) + (r.nextBoolean() ? ".5" : "");
                String value = field.equals("motives") ? "[" + number + "]" : number;
                return new Made(b.fields().set(field, value, r).compact(), Expected.Invalid.of(field, "a number of more than 100 digits"));
            }
        },
        UNKNOWN_ENUM_VALUE(5, true) {
            Made apply(Base b) {
                Random r = b.random();
                String field = pick(r, List.of("stage", "breakupReasons", "motives"));
                List<String> known = field.equals("stage") ? STAGES : field.equals("motives") ? MOTIVES : REASONS;
                String name = pick(r, known);
                String wrong = switch (r.nextInt(5)) {
                    case 0 -> Strings.typo(name, r);
                    case 1 -> name.toLowerCase();
                    case 2 -> "";
                    case 3 -> Strings.anyText(r, 20);
                    default -> r.nextInt(10) == 0 ? Strings.letters(r, 65_537 + r.nextInt(1000)) : Strings.letters(r, r.nextInt(3000));
                };
                if (known.contains(wrong)) {
                    wrong = name + "_";
                }
                String quoted = Strings.quote(wrong, r);
                String value = field.equals("stage") ? quoted : r.nextBoolean() ? "[" + quoted + "]" : "[\"" + name + "\"," + quoted + "]";
                return new Made(b.fields().set(field, value, r).compact(), Expected.Invalid.of(field));
            }
        },
        NULL_ITEM(2, true) {
            Made apply(Base b) {
                String field = pick(b.random(), List.of("breakupReasons", "motives"));
                String value = b.random().nextBoolean() ? "[null]" : "[\"" + pick(b.random(), field.equals("motives") ? MOTIVES : REASONS) + "\",null]";
                return new Made(b.fields().set(field, value, b.random()).compact(), Expected.Invalid.of(field, "item"));
            }
        },
        DUPLICATE_KEY(4, true) {
            Made apply(Base b) {
                CaseFields.Field field = pick(b.random(), b.fields().fields());
                String value = field.name().equals("daysSinceBreakup") && b.random().nextBoolean()
                        ? Integer.toString(b.random().nextInt(36_501)) : field.json();
                return new Made(b.fields().insertRaw("\"" + field.name() + "\"", value, b.random()).compact(),
                        Expected.Invalid.of(field.name(), "must be given only once"));
            }
        },
        DEEP_NESTING(3, true) {
            Made apply(Base b) {
                Random r = b.random();
                int depth = 1 + r.nextInt(250);
                StringBuilder open = new StringBuilder();
                StringBuilder close = new StringBuilder();
                for (int i = 0; i < depth; i++) {
                    boolean array = r.nextBoolean();
                    open.append(array ? "[" : "{\"k\":");
                    close.insert(0, array ? "]" : "}");
                }
                String field = r.nextInt(5) == 0 ? pick(r, FIELDS) + "Nested" : pick(r, FIELDS);
                // The case is level 1: a value wrapped 100 times reaches level 101.
                String hint = depth >= 100 ? "nested more than 100 levels deep" : "";
                return new Made(b.fields().set(field, open + "1" + close, r).compact(), Expected.Invalid.of(field, hint));
            }
        },
        LONG_STRING(2, true) {
            Made apply(Base b) {
                Random r = b.random();
                int length = pick(r, List.of(r.nextInt(5000), 65_536, 65_537 + r.nextInt(5000)));
                String id = Strings.letters(r, length);
                byte[] bytes = b.fields().set("id", Strings.quote(id, null), r).compact();
                return new Made(bytes, length <= 65_536 ? new Expected.Valid(b.situation(), Optional.of(id))
                        : Expected.Invalid.of("id", "a string of more than 65536 characters"));
            }
        },
        NAME_TOO_LONG(1, true) {
            Made apply(Base b) {
                String name = Strings.letters(b.random(), 65_537 + b.random().nextInt(3000));
                return new Made(b.fields().insertRaw("\"" + name + "\"", "1", b.random()).compact(),
                        Expected.Invalid.whole("a field name may have at most 65536 characters"));
            }
        },
        NOT_AN_OBJECT(3, true) {
            Made apply(Base b) {
                String value = pick(b.random(), List.of("[]", "[" + new String(b.fields().compact(), StandardCharsets.UTF_8) + "]",
                        "\"text\"", "\"\"", "42", "-1.5e3", "true", "false", "null"));
                return new Made(value, Expected.Invalid.whole("a case must be a JSON object"));
            }
        },
        TOO_LONG(0, true) {
            Made apply(Base b) {
                String id = Strings.letters(b.random(), 1_100_000);
                return new Made(b.fields().set("id", "\"" + id + "\"", b.random()).compact(), Expected.Invalid.whole("1048576 bytes"));
            }
        },
        RANDOM_JSON(3, true) {
            Made apply(Base b) {
                return new Made(RandomJson.value(b.random(), 0), new Expected.Any());
            }
        },
        TRUNCATED(4, false) {
            Made apply(Base b) {
                byte[] bytes = b.fields().compact();
                return new Made(Arrays.copyOf(bytes, 1 + b.random().nextInt(bytes.length - 1)), Expected.Invalid.whole("not valid JSON"));
            }
        },
        BROKEN_UTF8(4, false) {
            Made apply(Base b) {
                String marker = "@@broken@@";
                if (b.random().nextBoolean()) {
                    b.fields().set("id", "\"ab" + marker + "cd\"", b.random());
                } else {
                    b.fields().insertRaw("\"ab" + marker + "cd\"", "1", b.random());
                }
                byte[] bad = toBytes(NOT_UTF8[b.random().nextInt(NOT_UTF8.length)]);
                return new Made(replace(b.fields().compact(), marker, bad), Expected.Invalid.whole("Invalid UTF-8"));
            }
        },
        GARBAGE_LINE(3, false) {
            Made apply(Base b) {
                Random r = b.random();
                ByteArrayOutputStream garbage = new ByteArrayOutputStream();
                garbage.write(badStart(r));
                for (int i = r.nextInt(200); i > 0; i--) {
                    garbage.write(anyByteButNewline(r));
                }
                return new Made(garbage.toByteArray(), Expected.Invalid.whole("not valid JSON"));
            }
        },
        GARBAGE_AFTER(3, false) {
            Made apply(Base b) {
                Random r = b.random();
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                line.writeBytes(b.fields().compact());
                String more = "0123456789{[\"tfn";
                line.write(r.nextBoolean() ? badStart(r) : more.charAt(r.nextInt(more.length())));
                for (int i = r.nextInt(50); i > 0; i--) {
                    line.write(anyByteButNewline(r));
                }
                return new Made(line.toByteArray(), Expected.Invalid.whole(""));
            }
        },
        FLIPPED_BYTES(6, false) {
            Made apply(Base b) {
                Random r = b.random();
                byte[] bytes = b.fields().compact();
                for (int edits = 1 + r.nextInt(3); edits > 0; edits--) {
                    int at = r.nextInt(bytes.length);
                    bytes = switch (r.nextInt(3)) {
                        case 0 -> withByte(bytes, at, anyByteButNewline(r));
                        case 1 -> concat(concat(Arrays.copyOf(bytes, at), new byte[] {(byte) anyByteButNewline(r)}),
                                Arrays.copyOfRange(bytes, at, bytes.length));
                        default -> concat(Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, at + 1, bytes.length));
                    };
                }
                return new Made(bytes, new Expected.Any());
            }
        };

        private final int weight;
        private final boolean soundJson;

        Mutation(int weight, boolean soundJson) {
            this.weight = weight;
            this.soundJson = soundJson;
        }

        abstract Made apply(Base base);

        static Mutation choose(Random random, boolean soundJson) {
            int total = Arrays.stream(values()).filter(m -> m.soundJson || !soundJson).mapToInt(m -> m.weight).sum();
            int chosen = random.nextInt(total);
            for (Mutation mutation : values()) {
                if (mutation.soundJson || !soundJson) {
                    chosen -= mutation.weight;
                    if (chosen < 0) {
                        return mutation;
                    }
                }
            }
            throw new AssertionError("weights add up to " + total);
        }
    }

    // Values of the wrong type for each field; null is never one, as it is allowed (except for the days).
    private static List<String> wrongValues(String field) {
        return switch (field) {
            case "id" -> List.of("1", "true", "[]", "{}", "[\"x\"]", "-0.5");
            case "daysSinceBreakup" -> List.of("\"10\"", "true", "[]", "{}", "[10]", "\"\"");
            case "stage" -> List.of("1", "true", "[]", "{}", "[\"TALKED\"]", "0");
            case "breakupReasons", "motives" -> List.of("\"OTHER\"", "1", "true", "{}", "[1]", "[true]", "[[]]", "[{}]",
                    "{\"0\":\"OTHER\"}");
            default -> List.of("0", "1", "\"true\"", "\"yes\"", "[]", "{}", "[true]", "\"\"");
        };
    }

    // A first byte that cannot start a JSON value, is not white space, and is not the start of a byte-order mark.
    private static int badStart(Random random) {
        String punctuation = "#@%&*)}],:;<>=~|?!'`^$\\/";
        return switch (random.nextInt(3)) {
            case 0 -> punctuation.charAt(random.nextInt(punctuation.length()));
            case 1 -> pick(random, List.of(0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x0E, 0x1B, 0x1F, 0x7F));
            default -> 0x80 + random.nextInt(0x6F); // 0x80 to 0xEE
        };
    }

    private static int anyByteButNewline(Random random) {
        int b = random.nextInt(256);
        return b == '\n' ? '\r' : b;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static byte[] toBytes(int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] withByte(byte[] bytes, int at, int b) {
        byte[] copy = bytes.clone();
        copy[at] = (byte) b;
        return copy;
    }

    private static byte[] replace(byte[] bytes, String marker, byte[] with) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(marker);
        return concat(concat(Arrays.copyOf(bytes, at), with), Arrays.copyOfRange(bytes, at + marker.length(), bytes.length));
    }
}

package org.reconcile.json;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON value into a tree, notes the first key given twice in the case, and names the
 * case's field in which a value went beyond one of {@link Json}'s limits.
 *
 * <p>Jackson's strict duplicate detection throws in the middle of a token, so it could not say
 * which field of the case is at fault; here the whole value is read first.
 */
final class TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private String duplicate;
    private String id;
    // The field of the case whose value is being read; null between fields.
    private String field;

    private TreeReader() {
    }

    /**
     * A JSON value and the first key that appeared twice in one of its objects, if any.
     *
     * @param node the value
     * @param duplicate the first field of the case given twice, or that holds an object giving a key twice
     */
    record Value(JsonNode node, Optional<String> duplicate) {
    }

    /** A value went beyond one of {@link Json}'s limits; the parser cannot be trusted to go on. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        private final Json.Limit limit;
        private final transient Optional<String> field;
        private final transient Optional<String> id;
        private final long offset;

        LimitExceeded(Json.Limit limit, String field, String id, long offset, StreamConstraintsException cause) {
            super(cause.getOriginalMessage(), cause);
            this.limit = limit;
            this.field = Optional.ofNullable(field);
            this.id = Optional.ofNullable(id);
            this.offset = offset;
        }

        Json.Limit limit() {
            return limit;
        }

        /** The field of the case the value belongs to, if it is inside one. */
        Optional<String> field() {
            return field;
        }

        /** The case's id, if it was read before the limit was hit. */
        Optional<String> id() {
            return id;
        }

        /** Where, as a byte offset: the start of the value, or for a number, just past its end; -1 if unknown. */
        long offset() {
            return offset;
        }
    }

    /** Reads the next value of {@code parser}, leaving the parser on its last token. */
    static Value readNext(JsonParser parser) throws IOException {
        TreeReader reader = new TreeReader();
        reader.next(parser, 0);
        JsonNode node = reader.value(parser, 0);
        return new Value(node, Optional.ofNullable(reader.duplicate));
    }

    /** Reads the value whose first token {@code parser} is on, leaving the parser on its last token. */
    static Value readCurrent(JsonParser parser) throws IOException {
        TreeReader reader = new TreeReader();
        JsonNode node = reader.value(parser, 0);
        return new Value(node, Optional.ofNullable(reader.duplicate));
    }

    private JsonNode value(JsonParser parser, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new JsonParseException(parser, "Unexpected end-of-input: expected a JSON value");
        }
        return switch (token) {
            case START_OBJECT -> object(parser, depth + 1);
            case START_ARRAY -> array(parser, depth + 1);
            case VALUE_STRING -> NODES.textNode(text(parser));
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> decimal(parser);
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("a JSON value cannot start with " + token);
        };
    }

    private ObjectNode object(JsonParser parser, int depth) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (next(parser, depth) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (depth == 1) {
                field = name;
            }
            next(parser, depth);
            JsonNode value = value(parser, depth);
            if (object.has(name) && duplicate == null) {
                duplicate = depth == 1 ? name : field;
            }
            if (depth == 1 && name.equals("id") && value.isTextual() && id == null) {
                id = value.textValue();
            }
            object.set(name, value);
            if (depth == 1) {
                field = null;
            }
        }
        return object;
    }

    private ArrayNode array(JsonParser parser, int depth) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (next(parser, depth) != JsonToken.END_ARRAY) {
            array.add(value(parser, depth));
        }
        return array;
    }

    // Exact, so that 1e-400 is not taken for 0; an exponent beyond BigDecimal's range is kept as written.
    private static JsonNode decimal(JsonParser parser) throws IOException {
        try {
            return NODES.numberNode(parser.getDecimalValue());
        } catch (NumberFormatException e) {
            return NODES.pojoNode(new HugeNumber(parser.getText()));
        }
    }

    /** A number whose exponent is beyond any use, such as {@code 1e9999999999}: shown as written. */
    record HugeNumber(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private JsonToken next(JsonParser parser, int depth) throws IOException {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException e) {
            Json.Limit limit = Json.Limit.of(e);
            // Jackson reads a number along with the name before it: the name is already known.
            String in = field == null && depth == 1 && limit == Json.Limit.NUMBER ? parser.currentName() : field;
            // Jackson stops just past the bracket one level too deep, or past the number too long.
            long offset = parser.currentLocation().getByteOffset();
            throw new LimitExceeded(limit, in, id, limit == Json.Limit.DEPTH ? offset - 1 : offset, e);
        }
    }

    private String text(JsonParser parser) throws IOException {
        try {
            return parser.getText();
        } catch (StreamConstraintsException e) {
            throw new LimitExceeded(Json.Limit.of(e), field, id, parser.currentTokenLocation().getByteOffset(), e);
        }
    }
}

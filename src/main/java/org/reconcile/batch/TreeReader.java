package org.reconcile.batch;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON value into a tree and notes the first key given twice in an object.
 *
 * <p>Jackson's strict duplicate detection throws in the middle of a token, after which an array
 * cannot be read on; here the whole value is read, so the next case of an array still can be.
 */
final class TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private String duplicate;

    private TreeReader() {
    }

    /**
     * A JSON value and the first key that appeared twice in one of its objects, if any.
     *
     * @param node the value
     * @param duplicate the first key given twice
     */
    record Value(JsonNode node, Optional<String> duplicate) {
    }

    /** Reads the value that starts at {@code parser}'s current token, leaving the parser on its last token. */
    static Value read(JsonParser parser) throws IOException {
        TreeReader reader = new TreeReader();
        JsonNode node = reader.value(parser);
        return new Value(node, Optional.ofNullable(reader.duplicate));
    }

    private JsonNode value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new JsonParseException(parser, "Unexpected end-of-input: expected a JSON value");
        }
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("a JSON value cannot start with " + token);
        };
    }

    private ObjectNode object(JsonParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            JsonNode value = value(parser);
            if (object.has(name) && duplicate == null) {
                duplicate = name;
            }
            object.set(name, value);
        }
        return object;
    }

    private ArrayNode array(JsonParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser));
        }
        return array;
    }
}

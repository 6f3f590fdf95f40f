package waitlist.scenarios.io;

import tools.jackson.databind.JsonNode;

/** A value written with its source note, {@code {"value": x, "source": "..."}}, stands for x. */
final class Wrappers {
    private Wrappers() {
    }

    static boolean isWrapper(JsonNode node) {
        return node != null && node.isObject() && node.size() == 2 && node.has(ShapeCheck.VALUE)
                && node.has(ShapeCheck.SOURCE) && node.get(ShapeCheck.SOURCE).isString();
    }

    static JsonNode unwrap(JsonNode node) {
        return isWrapper(node) ? node.get(ShapeCheck.VALUE) : node;
    }
}

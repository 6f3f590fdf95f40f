package waitlist.scenarios.io;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;

import waitlist.scenarios.Dated;
import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.NonNegative;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.Share;

/**
 * What the record types look like as JSON: field names, the variants of a sealed interface,
 * enum spellings, and a phrase for what a value must be. Shared by the shape check and the
 * JSON Schema generator so the two cannot drift apart.
 */
final class TypeShapes {
    private TypeShapes() {
    }

    static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    static Map<String, RecordComponent> components(Class<?> record) {
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            JsonProperty renamed = c.getAnnotation(JsonProperty.class);
            byName.put(renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName(), c);
        }
        return byName;
    }

    /** The variants of a sealed interface written as {@code {"name": {...}}}, by name. */
    static Map<String, Class<?>> variants(Class<?> sealed) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        JsonSubTypes subTypes = sealed.getAnnotation(JsonSubTypes.class);
        if (subTypes == null) {
            throw new IllegalStateException(sealed + " needs @JsonSubTypes to be read from JSON");
        }
        for (JsonSubTypes.Type t : subTypes.value()) {
            byName.put(t.name(), t.value());
        }
        return byName;
    }

    /** Enum constants by their JSON spelling ({@code @JsonProperty} or the constant's name). */
    static Map<String, Object> enumNames(Class<?> type) {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                JsonProperty p = type.getField(name).getAnnotation(JsonProperty.class);
                byName.put(p != null ? p.value() : name, constant);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return byName;
    }

    static boolean isIntegral(Class<?> t) {
        return t == int.class || t == Integer.class || t == long.class || t == Long.class;
    }

    static boolean isNumber(Class<?> t) {
        return t == double.class || t == Double.class || t == float.class || t == Float.class;
    }

    static boolean isLeaf(Type type) {
        Class<?> t = raw(type);
        return t == String.class || t == boolean.class || t == Boolean.class || t == LocalDate.class
                || t == LocalTime.class || t.isEnum() || isIntegral(t) || isNumber(t);
    }

    /** A bound as people write it: 1040, 0.5, 100000. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A phrase for what a value must be: "a whole number greater than 0", "a date YYYY-MM-DD". */
    static String describe(Type type, AnnotatedElement bounds) {
        Class<?> t = raw(type);
        String bound = "";
        if (bounds != null) {
            AtMost most = bounds.getAnnotation(AtMost.class);
            String upper = most == null ? "" : " and at most " + number(most.value());
            if (bounds.isAnnotationPresent(Positive.class)) {
                bound = " greater than 0" + upper;
            } else if (bounds.isAnnotationPresent(NonNegative.class)) {
                bound = most == null ? " of 0 or more" : " from 0 to " + number(most.value());
            } else if (bounds.isAnnotationPresent(Share.class)) {
                bound = " between 0 and 1";
            } else if (most != null) {
                bound = " of at most " + number(most.value());
            }
        }
        if (t == Dated.class) {
            return "a number" + bound + " (or {\"value\": ..., \"changes\": [{\"from\": date, \"value\": ...}]} if it changes on dates)";
        }
        if (isIntegral(t)) {
            return "a whole number" + bound;
        }
        if (isNumber(t)) {
            return "a number" + bound;
        }
        if (t == String.class) {
            return "a string";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (t == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (t == LocalTime.class) {
            return "a time written HH:MM";
        }
        if (t.isEnum()) {
            return "one of " + String.join(", ", enumNames(t).keySet().stream().map(n -> "\"" + n + "\"").toList());
        }
        if (List.class.isAssignableFrom(t) || Set.class.isAssignableFrom(t)) {
            return "a list of " + describe(((ParameterizedType) type).getActualTypeArguments()[0], bounds);
        }
        if (Map.class.isAssignableFrom(t)) {
            return "an object of name: " + describe(((ParameterizedType) type).getActualTypeArguments()[1], bounds);
        }
        if (t.isSealed()) {
            return "an object with one of " + String.join(", ", variants(t).keySet().stream().map(n -> "\"" + n + "\"").toList());
        }
        return "an object with " + String.join(", ", components(t).keySet());
    }
}

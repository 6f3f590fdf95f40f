package waitlist.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonSubTypes;

import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MaxItems;
import waitlist.scenarios.rules.Share;
import waitlist.scenarios.snapshot.Snapshot;

/**
 * Every number and every list a scenario or snapshot can hold has a stated upper bound (issue:
 * "no input hangs the tool"). A new field without one fails here, naming it.
 */
class BoundsTest {

    @Test
    void everyNumberAndListInScenariosAndSnapshotsIsBoundedAbove() {
        List<String> unbounded = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        walk(Scenario.class, seen, unbounded);
        walk(Snapshot.class, seen, unbounded);
        assertThat(seen).hasSizeGreaterThan(30);
        assertThat(unbounded).isEmpty();
    }

    private static void walk(Class<?> type, Set<Class<?>> seen, List<String> unbounded) {
        if (!seen.add(type)) {
            return;
        }
        if (type.isSealed()) {
            for (JsonSubTypes.Type t : type.getAnnotation(JsonSubTypes.class).value()) {
                walk(t.value(), seen, unbounded);
            }
            return;
        }
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            check(c.getGenericType(), c, type.getSimpleName() + "." + c.getName(), seen, unbounded);
        }
    }

    private static void check(Type t, RecordComponent c, String name, Set<Class<?>> seen, List<String> unbounded) {
        Class<?> raw = t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
        if (List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            if (!c.isAnnotationPresent(MaxItems.class)) {
                unbounded.add(name + " (list without @MaxItems)");
            }
            Type[] args = ((ParameterizedType) t).getActualTypeArguments();
            check(args[args.length - 1], c, name + "[]", seen, unbounded);
        } else if (raw == Dated.class || Number.class.isAssignableFrom(raw) || raw == int.class || raw == long.class || raw == double.class) {
            if (!c.isAnnotationPresent(AtMost.class) && !c.isAnnotationPresent(Share.class)) {
                unbounded.add(name + " (number without @AtMost)");
            }
        } else {
            walk(raw, seen, unbounded);
        }
    }
}

package waitlist.scenarios.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest value a number may take (also each element of a list or map of numbers). Every
 * count, rate, duration and size in a scenario or snapshot has one, so no input can ask the tool
 * for more work or memory than it can do: the bound says what a real service could need, with room.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface AtMost {
    double value();
}
